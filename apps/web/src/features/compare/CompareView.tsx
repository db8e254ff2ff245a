import { MAIN_KEYS } from '@fazhi/catalog/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { AbsentLegend } from '../../lib/absent.tsx';
import { EChart } from '../../lib/EChart.tsx';
import { openChartPoint } from '../../lib/evidence.tsx';
import { GroupPicker, inGroup, parseGroup } from '../../lib/GroupPicker.tsx';
import { IndicatorChecklist, IndicatorSelect } from '../../lib/IndicatorPicker.tsx';
import { useNarrow } from '../../lib/narrow.ts';
import { setParams, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, EmptyYear, NoReports, QueryState, SampleBadge } from '../../lib/states.tsx';
import { ChangeTable } from './ChangeTable.tsx';
import { toHeatmapOption, toHeatmapTable } from './heatmap.ts';
import { barsHeight, toTrendOption, toYearBarsOption } from './options.ts';
import { compareExportHref, compareQuery } from './query.ts';
import { changeRows, chosenUnits, indexCells, isEmptyYear } from './table.ts';
import { parseUnitIds, UnitPicker } from './UnitPicker.tsx';

/** Each focus group's main and second figure. */
export const DEFAULT_KEYS: string[] = [...MAIN_KEYS];

export default function CompareView() {
  const { county, year, loading } = useScope();
  const { params } = useLocation();
  const group = parseGroup(params.get('group'));
  const keys = params.get('indicators')?.split(',').filter(Boolean) ?? DEFAULT_KEYS;
  const asked = params.get('indicator');
  const primary = asked && keys.includes(asked) ? asked : (keys[0] ?? '');
  const askedBase = Number(params.get('base'));
  const base =
    year !== null && Number.isInteger(askedBase) && askedBase < year && askedBase > 1900
      ? askedBase
      : (year ?? 0) - 1;
  const unitsParam = params.get('units');
  const chosen = useMemo(() => parseUnitIds(unitsParam), [unitsParam]);
  const horizontal = useNarrow();
  const query = useQuery({
    ...compareQuery({ county: county ?? '', indicators: keys }),
    enabled: county !== null,
  });
  const data = query.data;

  const view = useMemo(() => {
    if (!data || year === null) return null;
    const units = data.units.filter((u) => inGroup(u.type, group));
    const charted = chosenUnits(units, chosen);
    const index = indexCells(data.cells);
    const indicator = data.indicators.find((i) => i.key === primary) ?? data.indicators[0];
    if (!indicator) return null;
    return {
      units,
      charted,
      empty: isEmptyYear(units, year),
      indicator,
      bars: toYearBarsOption(charted, index, indicator, year, base, horizontal),
      trend: toTrendOption(charted, index, indicator, data.years),
      heat: toHeatmapOption(units, index, data.indicators, year),
      heatColumns: data.indicators.length,
      heatTable: toHeatmapTable(units, index, data.indicators, year),
      rows: changeRows(units, data.indicators, index, year, base),
    };
  }, [data, year, group, primary, base, chosen, horizontal]);

  if (!loading && county === null) return <NoReports />;
  const exportQuery = { county, indicators: keys, year, base, group };
  return (
    <section className="view" data-view="compare">
      <div className="view-head">
        <h1>
          {county} 单位对比 · {year}年较{base}年{' '}
          <SampleBadge show={view?.units.some((u) => u.sample) ?? false} />
        </h1>
        <GroupPicker value={group} />
      </div>
      <div className="controls">
        <IndicatorChecklist value={keys} onChange={(k) => setParams({ indicators: k.join(',') })} />
        <IndicatorSelect
          label="图表指标"
          value={primary}
          only={keys}
          onChange={(k) => setParams({ indicator: k })}
        />
        <label>
          对比年度
          <select
            value={base}
            onChange={(e) =>
              setParams({ base: Number(e.target.value) === (year ?? 0) - 1 ? null : e.target.value })
            }
          >
            {(data?.years ?? [])
              .filter((y) => year !== null && y < year)
              .reverse()
              .map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            {year !== null && !(data?.years ?? []).includes(year - 1) && (
              <option value={year - 1}>{year - 1}年</option>
            )}
          </select>
        </label>
        {view && (
          <UnitPicker
            units={view.units}
            value={chosen}
            onChange={(ids) => setParams({ units: ids.join(',') })}
          />
        )}
        <a
          className="button"
          href={compareExportHref(exportQuery, 'xlsx')}
          download
          data-testid="export-xlsx"
        >
          导出 Excel
        </a>
        <a className="button" href={compareExportHref(exportQuery, 'csv')} download data-testid="export-csv">
          导出 CSV
        </a>
      </div>
      <QueryState query={query} what="对比数据">
        {() =>
          !view || view.units.length === 0 ? (
            <Empty>该范围内没有单位。</Empty>
          ) : (
            <>
              {view.empty && <EmptyYear year={year ?? 0} />}
              <div className="grid-2">
                {!view.empty && (
                  <figure className="panel">
                    <figcaption>
                      {view.indicator.label}：{year}年与{base}年
                    </figcaption>
                    <EChart
                      option={view.bars}
                      height={horizontal ? barsHeight(view.charted.length) : 340}
                      label="本年与上年对比柱状图"
                      tableCorner="单位"
                      onClick={openChartPoint}
                    />
                  </figure>
                )}
                <figure className="panel">
                  <figcaption>{view.indicator.label}：历年趋势</figcaption>
                  <EChart
                    option={view.trend}
                    height={340}
                    label="历年趋势折线图"
                    tableCorner="年度"
                    onClick={openChartPoint}
                  />
                </figure>
              </div>
              {!view.empty && (
                <>
                  <figure className="panel">
                    <figcaption>
                      {year}年各单位 × 指标（颜色越深，在该指标中越靠前） <AbsentLegend />
                    </figcaption>
                    {/* on a phone the grid keeps legible cells and scrolls sideways inside its own box */}
                    <div className="chart-scroll">
                      <div style={horizontal ? { minWidth: 100 + view.heatColumns * 76 } : undefined}>
                        <EChart
                          option={view.heat}
                          height={Math.max(240, view.units.length * 30 + 90)}
                          label="单位与指标热力图"
                          table={view.heatTable}
                          onClick={openChartPoint}
                        />
                      </div>
                    </div>
                  </figure>
                  <ChangeTable rows={view.rows} year={year ?? 0} base={base} chosen={chosen} />
                </>
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}
