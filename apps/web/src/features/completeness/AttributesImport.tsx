import type { AttributesImport as ImportResult } from '@fazhi/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage, postForm } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.ts';
import { refreshAfterWrite } from '../review/query.ts';

/** Admins import each unit's population and village count from a table (.xlsx or .csv). */
export function AttributesImport({ county }: { county: string }) {
  const { isAdmin } = useSession();
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return postForm<ImportResult>(href('/api/units/attributes', { county }), form);
    },
    onSuccess: (r) => r.applied && refreshAfterWrite(client),
  });
  if (!isAdmin) return null;
  const result = upload.data;
  return (
    <details className="unit-admin">
      <summary>导入人口与行政村数</summary>
      <p className="muted small">
        表格（.xlsx 或
        .csv）第一行为表头：“单位”列，以及“人口”和/或“行政村数”列。任何一行有问题时整表不导入，并列出问题所在的行。
      </p>
      <input
        type="file"
        accept=".xlsx,.csv"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) upload.mutate(f);
          e.target.value = '';
        }}
      />
      {upload.isError && <div className="state error">{errorMessage(upload.error)}</div>}
      {result && (
        <div className={result.applied ? 'state ok' : 'state error'}>
          {result.message}
          {!result.applied && (
            <ul>
              {result.rows
                .filter((r) => r.problem)
                .map((r) => (
                  <li key={r.row}>
                    第 {r.row} 行（{r.unit || '空'}）：{r.problem}
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
