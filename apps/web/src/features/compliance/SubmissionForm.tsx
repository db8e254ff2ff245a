import type { ComplianceEntry } from '@fazhi/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage, sendJson } from '../../lib/api.ts';
import { refreshAfterWrite } from '../review/query.ts';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * An editor records what the office knows of a report beyond its text: the real 报送日期 (empty: the first
 * upload's day), where it is published and the day that was checked. Written to the audit log with the reason.
 */
export function SubmissionForm({ row, year }: { row: ComplianceEntry; year: number }) {
  const client = useQueryClient();
  const [received, setReceived] = useState(row.receivedSet ? (row.received ?? '') : '');
  const [url, setUrl] = useState(row.publishedUrl ?? '');
  const [checked, setChecked] = useState(row.publishedCheckedOn ?? '');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      sendJson('PUT', `/api/submissions/${row.unitId}/${year}`, {
        receivedOn: orNull(received),
        publishedUrl: orNull(url),
        publishedCheckedOn: orNull(checked),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: () => {
      setReason('');
      void refreshAfterWrite(client);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <details className="submission-edit">
      <summary>记录</summary>
      <form onSubmit={submit} aria-label={`${row.unit}的报送情况`}>
        <label>
          报送日期（空：按上传日）
          <input
            type="date"
            name="receivedOn"
            value={received}
            onChange={(e) => setReceived(e.target.value)}
          />
        </label>
        <label>
          公开网址
          <input type="url" name="publishedUrl" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          核查日期
          <input
            type="date"
            name="publishedCheckedOn"
            value={checked}
            onChange={(e) => setChecked(e.target.value)}
          />
        </label>
        <label>
          理由（写入修改记录）
          <input
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="如：以收文登记为准"
          />
        </label>
        <button type="submit" className="primary" disabled={save.isPending}>
          保存
        </button>
        {save.isError && (
          <p className="state-inline error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
        {save.isSuccess && <p className="state-inline saved">已保存</p>}
      </form>
    </details>
  );
}
