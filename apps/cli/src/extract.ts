import { FORMATS_TEXT } from '@fazhi/catalog';
import { userPath } from '@fazhi/config';
import { extractReport } from '@fazhi/extract';
import { IngestError, readDocument, readReportFile } from '@fazhi/ingest';
import { toReportJson } from './report-json.ts';

// Usage: pnpm -s extract <file...>  → a JSON array on stdout (nothing else); problems on stderr, exit ≠ 0.
// Files are read as by the ingest (the catalog's formats); nothing is stored.
const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error(`用法：pnpm -s extract <报告文件…>（${FORMATS_TEXT}）`);
  process.exit(2);
}

// a reader that stops early (| head) is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function readText(file: string): Promise<string> {
  return (await readDocument(file, await readReportFile(userPath(file), file))).text;
}

const out: ReturnType<typeof toReportJson>[] = [];
let failures = 0;
for (const file of files) {
  try {
    out.push(toReportJson(file, extractReport(await readText(file))));
  } catch (err) {
    failures++;
    console.error(err instanceof IngestError ? err.message : `${file}：提取失败：${String(err)}`);
  }
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
process.exitCode = failures > 0 ? 1 : 0;
