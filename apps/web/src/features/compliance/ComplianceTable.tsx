import { REPORT_PART_LABEL } from '@fazhi/catalog';
import type { ComplianceEntry } from '@fazhi/contract';
import { formatDate } from '../../lib/format.ts';
import { href, Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.ts';
import { formatShare, highestReuse, partMarks, timeliness } from './rows.ts';
import { SubmissionForm } from './SubmissionForm.tsx';

function PartsCell({ row }: { row: ComplianceEntry }) {
  const marks = partMarks(row);
  if (row.reportId === null) return <td className="muted">—</td>;
  if (!marks) return <td className="muted small">尚未识别（需重新抽取）</td>;
  return (
    <td className="parts" data-testid="parts">
      {marks.map((m) => (
        <span key={m.key} className={`part-mark ${m.status}`} title={m.title} role="img" aria-label={m.title}>
          {m.mark}
        </span>
      ))}
    </td>
  );
}

function ReuseCell({ row }: { row: ComplianceEntry }) {
  const top = highestReuse(row);
  if (row.reportId === null || !top) return <td className="muted">—</td>;
  return (
    <td className={top.share >= 0.5 ? 'reuse high' : 'reuse'}>
      <Link
        to={href('/reuse', { report: row.reportId, against: top.against })}
        data-testid="reuse-link"
        title="并排查看相同段落"
      >
        {formatShare(top.share)}
      </Link>
      <div className="muted small">{top.source}</div>
    </td>
  );
}

/** One row per unit: received on time or not, the five parts, publication, the highest reuse, the report. */
export function ComplianceTable({ rows, year }: { rows: readonly ComplianceEntry[]; year: number }) {
  const { canEdit } = useSession();
  return (
    <div className="table-wrap">
      <table className="data compliance-table">
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">报送日期</th>
            <th scope="col">是否按时</th>
            <th scope="col" title={Object.values(REPORT_PART_LABEL).join('、')}>
              五个部分
            </th>
            <th scope="col">公开</th>
            <th scope="col">重复率</th>
            <th scope="col">报告</th>
            {canEdit && <th scope="col">报送情况</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const t = timeliness(row);
            return (
              <tr key={row.unitId} data-unit={row.unit}>
                <th scope="row">
                  <Link to={`/units/${row.unitId}`}>{row.unit}</Link>
                </th>
                <td className="received">{formatDate(row.received)}</td>
                <td className={`timeliness ${t.tone}`} data-testid="timeliness">
                  {t.text}
                </td>
                <PartsCell row={row} />
                <td data-testid="published">
                  {row.published === null ? (
                    '—'
                  ) : row.published && row.publishedUrl ? (
                    <a href={row.publishedUrl} target="_blank" rel="noreferrer">
                      是
                    </a>
                  ) : (
                    <span className="not-published">否</span>
                  )}
                </td>
                <ReuseCell row={row} />
                <td>{row.reportId === null ? '—' : <Link to={`/reports/${row.reportId}`}>查看报告</Link>}</td>
                {canEdit && <td>{row.reportId !== null && <SubmissionForm row={row} year={year} />}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
