import { PART_STATUS_LABEL } from '@fazhi/catalog';
import { useQuery } from '@tanstack/react-query';
import { setParams, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, EmptyYear, NoReports, QueryState } from '../../lib/states.tsx';
import { ComplianceTable } from './ComplianceTable.tsx';
import { DeadlineForm } from './DeadlineForm.tsx';
import { complianceExportHref, complianceQuery } from './query.ts';
import { filterRows, filtersFrom, PART_MARK } from './rows.ts';
import './compliance.css';

const FILTERS = [
  { param: 'late', key: 'late', label: '迟交' },
  { param: 'missing', key: 'missingParts', label: '缺少部分' },
  { param: 'reused', key: 'reused', label: '重复率≥50%' },
] as const;

/** 报送与质量: for a county's year, which units reported on time, in the required form, in public, in their own words. */
export default function ComplianceView() {
  const { county, year, loading } = useScope();
  const { params } = useLocation();
  const q = { county: county ?? '', year: year ?? 0 };
  const query = useQuery({ ...complianceQuery(q), enabled: county !== null && year !== null });
  const filters = filtersFrom(params);
  if (!loading && county === null) return <NoReports />;
  return (
    <section className="view compliance-view" data-view="compliance">
      <div className="view-head">
        <h1>
          {county} {year}年 报送与质量
        </h1>
        <a className="button" href={complianceExportHref(q)} download data-testid="export-compliance">
          导出通报（Excel）
        </a>
      </div>
      <QueryState query={query} what="报送与质量">
        {() => {
          const d = query.data;
          if (!d) return null;
          if (d.rows.length === 0) return <Empty>该县区还没有单位。</Empty>;
          const shown = filterRows(d.rows, filters);
          const filtered = FILTERS.some((f) => filters[f.key]);
          return (
            <>
              {d.rows.every((r) => r.reportId === null) && <EmptyYear year={d.year} />}
              <p className="summary-line" data-testid="deadlines">
                报送期限 {d.deadlines.reportBy} · 公开期限 {d.deadlines.publishBy}
                {!d.deadlines.custom && (
                  <span className="muted meta-after">（按督察工作规定的默认期限）</span>
                )}
              </p>
              <DeadlineForm
                key={`${d.year}-${d.deadlines.reportBy}-${d.deadlines.publishBy}`}
                year={d.year}
                reportBy={d.deadlines.reportBy}
                publishBy={d.deadlines.publishBy}
              />
              <div className="controls">
                <span className="muted">只看：</span>
                {FILTERS.map((f) => (
                  <label key={f.param}>
                    <input
                      type="checkbox"
                      name={f.param}
                      checked={filters[f.key]}
                      onChange={(e) => setParams({ [f.param]: e.target.checked ? 1 : null })}
                    />
                    {f.label}
                  </label>
                ))}
                <span className="muted small part-legend">
                  {PART_MARK.present} {PART_STATUS_LABEL.present} · {PART_MARK.token}{' '}
                  {PART_STATUS_LABEL.token} · {PART_MARK.missing} {PART_STATUS_LABEL.missing}
                </span>
              </div>
              {shown.length === 0 ? (
                <Empty>{filtered ? '没有符合所选条件的单位。' : '该县区还没有单位。'}</Empty>
              ) : (
                <ComplianceTable rows={shown} year={year ?? 0} />
              )}
              <p className="muted small">
                重复率：报告中（除通用套话外）与本单位上年报告或本县同年另一份报告相同的文字所占比例，取两者中较高者；点击比例并排查看相同段落。
              </p>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
