import { UNIT_GROUP_LABEL } from '@fazhi/catalog/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { EChart } from '../../lib/EChart.tsx';
import { formatDate } from '../../lib/format.ts';
import { GroupPicker, parseGroup } from '../../lib/GroupPicker.tsx';
import { useNarrow } from '../../lib/narrow.ts';
import { href, Link, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { EmptyYear, NoReports, QueryState, SampleBadge } from '../../lib/states.tsx';
import { Headline } from './HeadlineCard.tsx';
import { focusChartHeight, focusPanels, toFocusChangeOption, toFocusTable } from './options.ts';
import { overviewQuery } from './query.ts';

export default function OverviewView() {
  const scope = useScope();
  const group = parseGroup(useLocation().params.get('group'));
  const { county, year } = scope;
  const columns = useNarrow() ? 2 : 4;
  const query = useQuery({
    ...overviewQuery({ county: county ?? '', year: year ?? 0, group }),
    enabled: county !== null && year !== null,
  });
  if (!scope.loading && (county === null || year === null)) {
    return <NoReports />;
  }
  return (
    <section className="view" data-view="overview">
      <div className="view-head">
        <h1>
          {county} {year}年 总览 <SampleBadge show={query.data?.sample ?? false} />
        </h1>
        <GroupPicker value={group} />
      </div>
      <QueryState query={query} what="总览">
        {() => {
          const o = query.data;
          if (!o || county === null || year === null) return null;
          if (o.reported === 0 && o.units > 0) return <EmptyYear year={year} />;
          // each focus group's main figure, the first of its headlines
          const panels = focusPanels(o.groups.flatMap((g) => g.headlines.slice(0, 1)));
          return (
            <>
              <p className="summary-line" data-testid="completeness-line">
                已收到 <strong>{o.reported}</strong> / {o.units} 个{UNIT_GROUP_LABEL[group].noun}的 {year}{' '}
                年报告。
                <Link to={href('/completeness', { county })}>查看报告完整性</Link>
                <span className="muted meta-after">数据更新于 {formatDate(o.asOf)}</span>
              </p>
              <figure className="panel" data-testid="focus-chart">
                <figcaption>
                  重点指标：{year}年与{year - 1}年（{UNIT_GROUP_LABEL[group].noun}，两年都填报的单位）
                </figcaption>
                {panels.length > 0 ? (
                  <EChart
                    option={toFocusChangeOption(panels, year, Math.min(columns, panels.length))}
                    height={focusChartHeight(panels.length, Math.min(columns, panels.length))}
                    label="重点指标本年与上年对比图"
                    table={toFocusTable(panels, year)}
                  />
                ) : (
                  <p className="muted">
                    没有单位在 {year - 1} 年和 {year}{' '}
                    年都报告了重点指标，暂无可比数据；可在“对比”中查看各单位的历年数据。
                  </p>
                )}
              </figure>
              <div className="cards">
                {o.groups.map((g) => (
                  <article className="card" key={g.key} data-group={g.key}>
                    <h2>{g.label}</h2>
                    <div className="headlines">
                      {g.headlines.map((h) => (
                        <Headline key={h.indicator.key} h={h} county={county} year={year} />
                      ))}
                    </div>
                  </article>
                ))}
              </div>
              <p className="muted footnote">
                合计只计填报了该项的单位，比率取各单位的中位数；较上年变化只比较两年都填报的单位。点击数字查看排名，点击单位后的数字查看原文。
              </p>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
