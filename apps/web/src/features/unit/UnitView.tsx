import { valueState } from '@fazhi/catalog/wording';
import { CellTable } from '@fazhi/values/table';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Absent } from '../../lib/absent.tsx';
import { EvidenceLink } from '../../lib/evidence.tsx';
import { formatDate, formatValue, UNIT_TYPE_LABEL } from '../../lib/format.ts';
import { indicatorsQuery } from '../../lib/queries.ts';
import { href, Link } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, QueryState, SampleBadge } from '../../lib/states.tsx';
import { UnitChain } from '../../lib/UnitChain.tsx';
import { unitQuery } from './query.ts';
import { sparklinePath } from './sparkline.ts';
import { UnitAdmin } from './UnitAdmin.tsx';

function Sparkline({ values }: { values: (number | null)[] }) {
  const d = sparklinePath(values, 96, 24);
  return (
    <svg width="96" height="24" className="sparkline" aria-hidden="true">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** One unit: every indicator it reported over the years, with small trend lines, and its reports. */
export default function UnitView({ id }: { id: number }) {
  const query = useQuery(unitQuery(id));
  const { counties } = useScope();
  const catalog = useQuery(indicatorsQuery());
  const table = useMemo(() => {
    const p = query.data;
    if (!p || !catalog.data) return null;
    // the county's years too, so a year the unit sent no report shows as 未报送, not as a missing column
    const known = [...p.countyYears, ...p.cells.map((c) => c.year), ...p.reports.map((r) => r.year)];
    const years = [...new Set(known)].sort();
    const reported = new Set(p.reports.map((r) => r.year));
    const cells = new CellTable(p.cells);
    const has = new Set(p.cells.map((c) => c.key));
    const groups = catalog.data.groups
      .map((g) => ({ ...g, indicators: g.indicators.filter((i) => has.has(i.key)) }))
      .filter((g) => g.indicators.length > 0);
    return { years, cells, groups, reported };
  }, [query.data, catalog.data]);

  return (
    <section className="view" data-view="unit">
      <QueryState query={query} what="单位档案">
        {() => {
          const p = query.data;
          if (!p || !table) return null;
          const u = p.unit;
          return (
            <>
              <div className="view-head">
                <h1>
                  {u.name} <span className="muted">{UNIT_TYPE_LABEL[u.type]}</span>{' '}
                  <SampleBadge show={u.sample} />
                </h1>
              </div>
              <UnitChain chain={u.chain} />
              <p className="summary-line meta">
                <span>
                  县区：
                  {p.county ? (
                    <Link to={href('/', { county: p.county.name })}>{p.county.name}</Link>
                  ) : (
                    '待指定'
                  )}
                </span>
                <span>
                  人口：{u.population === null ? '未登记' : `${u.population.toLocaleString('zh-CN')} 人`}
                </span>
                <span>行政村：{u.villages === null ? '未登记' : `${u.villages} 个`}</span>
                {u.aliases.length > 0 && <span>曾用名：{u.aliases.join('、')}</span>}
              </p>
              <UnitAdmin key={`${p.unit.id}-${p.unit.name}`} profile={p} counties={counties} />
              <h2>报告</h2>
              <ul className="report-list">
                {p.reports.map((r) => (
                  <li key={r.id}>
                    <Link to={`/reports/${r.id}`}>
                      {r.year}年 {r.title ?? r.sourceName}
                    </Link>
                    <span className="muted meta-after">
                      签发 {formatDate(r.signedDate)} · {r.format} · 导入 {formatDate(r.ingestedAt)}
                    </span>
                  </li>
                ))}
              </ul>
              <h2>历年指标</h2>
              {table.groups.length === 0 && <Empty>该单位的报告中还没有提取到任何指标。</Empty>}
              <div className="table-wrap" hidden={table.groups.length === 0}>
                <table className="data unit-table">
                  <thead>
                    <tr>
                      <th scope="col">指标</th>
                      {table.years.map((y) => (
                        <th scope="col" key={y} className="num">
                          {y}
                        </th>
                      ))}
                      <th scope="col">趋势</th>
                    </tr>
                  </thead>
                  {table.groups.map((g) => (
                    <tbody key={g.key}>
                      <tr className="group-row">
                        <th colSpan={table.years.length + 2}>{g.label}</th>
                      </tr>
                      {g.indicators.map((i) => (
                        <tr key={i.key}>
                          <th scope="row">
                            {i.label}（{i.unit}）
                          </th>
                          {table.years.map((y) => {
                            const c = table.cells.get(u.id, y, i.key);
                            return (
                              <td key={y} className={c ? 'num' : 'num missing'}>
                                {c ? (
                                  <EvidenceLink factIds={c.factIds} status={c.status}>
                                    {formatValue(c.value, c.qualifier, i.unit)}
                                  </EvidenceLink>
                                ) : (
                                  <Absent state={valueState(false, table.reported.has(y))} />
                                )}
                              </td>
                            );
                          })}
                          <td>
                            <Sparkline
                              values={table.years.map((y) => table.cells.get(u.id, y, i.key)?.value ?? null)}
                            />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  ))}
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
