import { DIRECTION_LABEL } from '@fazhi/catalog/vocabulary';
import { rankingFileName } from '@fazhi/catalog/wording';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { EChart } from '../../lib/EChart.tsx';
import type { EChartsType } from '../../lib/echarts.ts';
import { openChartPoint } from '../../lib/evidence.tsx';
import { formatDate } from '../../lib/format.ts';
import { GroupPicker, parseGroup } from '../../lib/GroupPicker.tsx';
import { IndicatorSelect } from '../../lib/IndicatorPicker.tsx';
import { setParams, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, EmptyYear, NoReports, QueryState, SampleBadge } from '../../lib/states.tsx';
import { toRankingBarOption } from './options.ts';
import { rankingExportHref, rankingQuery } from './query.ts';
import { RankingTable } from './RankingTable.tsx';
import { parseSort, sortRows } from './sort.ts';

export default function RankingView() {
  const { county, year, loading } = useScope();
  const { params } = useLocation();
  const q = {
    county: county ?? '',
    indicator: params.get('indicator') ?? 'dispute.cases',
    year: year ?? 0,
    group: parseGroup(params.get('group')),
    per10k: params.get('per10k') === 'true',
  };
  const sort = parseSort(params.get('sort'), params.get('dir'));
  const query = useQuery({ ...rankingQuery(q), enabled: county !== null && year !== null });
  const data = query.data;
  const option = useMemo(() => (data ? toRankingBarOption(data) : null), [data]);
  const rows = useMemo(
    () => (data ? sortRows(data.rows, sort.key, sort.dir) : []),
    [data, sort.key, sort.dir],
  );
  const chart = useRef<EChartsType | null>(null);
  const onReady = useCallback((c: EChartsType) => {
    chart.current = c;
  }, []);

  const downloadPng = () => {
    if (!chart.current || !data) return;
    const a = document.createElement('a');
    a.href = chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const name = { county: data.county.name, year: data.year, indicator: data.indicator.label };
    a.download = `${rankingFileName({ ...name, group: data.group, per10k: data.per10k })}.png`;
    a.click();
  };

  if (!loading && county === null) return <NoReports />;
  const counts = data?.indicator.combine === 'sum';
  return (
    <section className="view" data-view="ranking">
      <div className="view-head">
        <h1>
          {county} {year}年 排名 <SampleBadge show={data?.rows.some((r) => r.unit.sample) ?? false} />
        </h1>
        <GroupPicker value={q.group} />
      </div>
      <div className="controls">
        <IndicatorSelect value={q.indicator} onChange={(k) => setParams({ indicator: k, per10k: null })} />
        <label className={counts ? '' : 'disabled'} title={counts ? '' : '比率不折算'}>
          <input
            type="checkbox"
            checked={q.per10k}
            disabled={!counts}
            onChange={(e) => setParams({ per10k: e.target.checked })}
          />
          按每万人口折算
        </label>
        <a className="button" href={rankingExportHref(q, 'xlsx')} download data-testid="export-xlsx">
          导出 Excel
        </a>
        <a className="button" href={rankingExportHref(q, 'csv')} download data-testid="export-csv">
          导出 CSV
        </a>
        <button type="button" className="button" onClick={downloadPng} disabled={!data}>
          下载图表 PNG
        </button>
      </div>
      <QueryState query={query} what="排名">
        {() =>
          data && data.reported === 0 && data.rows.length === 0 ? (
            <EmptyYear year={data.year} />
          ) : !data || data.rows.length === 0 ? (
            <Empty>该范围内没有单位。</Empty>
          ) : (
            <>
              {data.reported === 0 && <EmptyYear year={data.year} />}
              <p className="summary-line">
                {DIRECTION_LABEL[data.indicator.direction].ranking}；并列者名次相同；
                报告未提及的单位和未报送报告的单位列在最后，不计为 0。已人工审核{' '}
                {Math.round(data.reviewedShare * 100)}%
                <span className="muted meta-after">数据更新于 {formatDate(data.asOf)}</span>
              </p>
              <div className="grid-ranking">
                <RankingTable data={data} rows={rows} sort={sort} />
                <figure className="panel">
                  {option && (
                    <EChart
                      option={option}
                      height={Math.max(260, data.rows.length * 24 + 70)}
                      label="排名柱状图"
                      tableCorner="单位"
                      onClick={openChartPoint}
                      onReady={onReady}
                    />
                  )}
                </figure>
              </div>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
