import { UNIT_GROUP_LABEL } from '@fazhi/catalog/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../lib/format.ts';
import { GroupPicker, parseGroup } from '../../lib/GroupPicker.tsx';
import { href, Link, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { EmptyYear, NoReports, QueryState, SampleBadge } from '../../lib/states.tsx';
import { Headline } from './HeadlineCard.tsx';
import { overviewQuery } from './query.ts';

export default function OverviewView() {
  const scope = useScope();
  const group = parseGroup(useLocation().params.get('group'));
  const { county, year } = scope;
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
          return (
            <>
              <p className="summary-line" data-testid="completeness-line">
                已收到 <strong>{o.reported}</strong> / {o.units} 个{UNIT_GROUP_LABEL[group].noun}的 {year}{' '}
                年报告。
                <Link to={href('/completeness', { county })}>查看报告完整性</Link>
                <span className="muted meta-after">数据更新于 {formatDate(o.asOf)}</span>
              </p>
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
