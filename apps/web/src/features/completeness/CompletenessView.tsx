import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import type { Completeness } from '@fazhi/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatDate, UNIT_TYPE_LABEL } from '../../lib/format.ts';
import { indicatorsQuery } from '../../lib/queries.ts';
import { href, Link } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { NoReports, QueryState, SampleBadge } from '../../lib/states.tsx';
import { AttributesImport } from './AttributesImport.tsx';
import { completenessQuery } from './query.ts';

type UnitYear = Completeness['units'][number]['years'][number];

function YearCell({ y, labelOf }: { y: UnitYear; labelOf: (k: string) => string }) {
  if (y.reportId === null) return <td className="missing">{ABSENT_LABEL.no_report}</td>;
  const missing = y.focusMissing.map(labelOf);
  return (
    <td className={y.flags.length > 0 ? 'has-flags' : ''}>
      <Link to={`/reports/${y.reportId}`}>{y.facts} 项</Link>
      {y.reviewed && (
        <span className="badge reviewed" title="全部重点指标均已人工审核">
          已审核
        </span>
      )}
      <div className="muted small">签发 {formatDate(y.signedDate)}</div>
      {missing.length > 0 && (
        <div className="small" title={`未提及的重点指标：${missing.join('、')}`}>
          缺重点指标 {missing.length} 项
        </div>
      )}
      {y.flags.map((f, i) => (
        <div key={`${f.type}-${i}`} className="flag small" title={f.message}>
          ⚠ {f.message}
        </div>
      ))}
    </td>
  );
}

/** Units × years: which reports are in, how many facts each gave, what is missing or looks wrong. */
export default function CompletenessView() {
  const { county, loading } = useScope();
  const query = useQuery({ ...completenessQuery(county ?? ''), enabled: county !== null });
  const catalog = useQuery(indicatorsQuery());
  const labelOf = useMemo(() => {
    const m = new Map(
      catalog.data?.groups.flatMap((g) => g.indicators.map((i) => [i.key, i.label] as const)),
    );
    return (k: string) => m.get(k as never) ?? k;
  }, [catalog.data]);
  if (!loading && county === null) return <NoReports />;
  return (
    <section className="view" data-view="completeness">
      <QueryState query={query} what="完整性">
        {() => {
          const d = query.data;
          if (!d) return null;
          const received = (year: number) =>
            d.units.filter((u) => u.years.find((y) => y.year === year)?.reportId !== null).length;
          return (
            <>
              <div className="view-head">
                <h1>
                  {d.county.name} 报告完整性 <SampleBadge show={d.units.some((u) => u.unit.sample)} />
                </h1>
              </div>
              <div className="table-wrap">
                <table className="data completeness-table">
                  <thead>
                    <tr>
                      <th scope="col">单位</th>
                      {d.years.map((y) => (
                        <th scope="col" key={y}>
                          {y}年
                          <div className="muted small">
                            收到 {received(y)}/{d.units.length}
                          </div>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {d.units.map((u) => (
                      <tr key={u.unit.id}>
                        <th scope="row">
                          <Link to={`/units/${u.unit.id}`}>{u.unit.name}</Link>
                          <div className="muted small">{UNIT_TYPE_LABEL[u.unit.type]}</div>
                        </th>
                        {u.years.map((y) => (
                          <YearCell key={y.year} y={y} labelOf={labelOf} />
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <AttributesImport county={d.county.name} />
              <h2>县区待指定的单位（{d.unitsWithoutCounty.length}）</h2>
              {d.unitsWithoutCounty.length === 0 ? (
                <p className="muted">没有。每份报告都已归入县区。</p>
              ) : (
                <ul className="report-list">
                  {d.unitsWithoutCounty.map((u) => (
                    <li key={u.id}>
                      <Link to={href(`/units/${u.id}`)}>{u.name}</Link>
                      <span className="muted meta-after">
                        报告中未写明所属县区，请在上传时指定县区后重新导入
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
