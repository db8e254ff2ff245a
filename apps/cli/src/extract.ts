import { extractReport } from '@fazhi/extract';
import { userPath } from './env.ts';
import { ReadError, readReportText } from './read-text.ts';
import { toReportJson } from './report-json.ts';

// Usage: pnpm -s extract <file...>  → a JSON array on stdout (nothing else); problems on stderr, exit ≠ 0.
const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('用法：pnpm -s extract <报告文件…>（.txt / .md，UTF-8、UTF-16 或 GBK 编码）');
  process.exit(2);
}

// a reader that stops early (| head) is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const out: ReturnType<typeof toReportJson>[] = [];
let failures = 0;
for (const file of files) {
  try {
    out.push(toReportJson(file, extractReport(readReportText(userPath(file), file))));
  } catch (err) {
    failures++;
    console.error(err instanceof ReadError ? err.message : `${file}：提取失败：${String(err)}`);
  }
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
process.exitCode = failures > 0 ? 1 : 0;
