import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage, sendJson } from '../../lib/api.ts';
import { useSession } from '../../lib/session.ts';
import { refreshAfterWrite } from '../review/query.ts';

/** An administrator sets the year's deadlines (报送期限, 公开期限); written to the audit log. */
export function DeadlineForm({
  year,
  reportBy,
  publishBy,
}: {
  year: number;
  reportBy: string;
  publishBy: string;
}) {
  const { isAdmin } = useSession();
  const client = useQueryClient();
  const [report, setReport] = useState(reportBy);
  const [publish, setPublish] = useState(publishBy);
  const save = useMutation({
    mutationFn: () => sendJson('PUT', `/api/deadlines/${year}`, { reportBy: report, publishBy: publish }),
    onSuccess: () => void refreshAfterWrite(client),
  });
  if (!isAdmin) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <details className="deadline-edit">
      <summary>设置 {year} 年度报告的期限</summary>
      <form onSubmit={submit} className="inline-form">
        <label>
          报送期限
          <input
            type="date"
            name="reportBy"
            value={report}
            onChange={(e) => setReport(e.target.value)}
            required
          />
        </label>
        <label>
          公开期限
          <input
            type="date"
            name="publishBy"
            value={publish}
            onChange={(e) => setPublish(e.target.value)}
            required
          />
        </label>
        <button type="submit" className="primary" disabled={save.isPending}>
          保存
        </button>
        {save.isError && (
          <span className="state-inline error" role="alert">
            {errorMessage(save.error)}
          </span>
        )}
      </form>
    </details>
  );
}
