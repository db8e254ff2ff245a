import type { Upload } from '@fazhi/contract';
import { postForm } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

export interface UploadHints {
  county?: string;
  unit?: string;
  year?: string;
}

/** POST the files as one multipart request; the API answers file by file. */
export function uploadFiles(files: readonly File[], hints: UploadHints): Promise<Upload> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  const q = { county: hints.county?.trim(), unit: hints.unit?.trim(), year: hints.year?.trim() };
  return postForm<Upload>(href('/api/reports', q), form);
}

export const OUTCOME_LABEL = {
  ingested: '已导入',
  replaced: '已替换旧版本',
  unchanged: '未变化（已导入过）',
  rejected: '已拒绝',
} as const;
