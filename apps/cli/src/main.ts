import { readdirSync } from 'node:fs';
import path from 'node:path';
import { INDICATORS } from '@fazhi/catalog';
import { type ExtractResult, extractReport } from '@fazhi/extract';
import { repoRoot } from './env.ts';
import { formatValue, UNIT_TYPE_LABEL } from './format.ts';
import { ReadError, readReportText } from './read-text.ts';
import { renderTable } from './table.ts';

// The main job for now: read every report under data/reports and show what the engine found.
const dir = path.join(repoRoot, 'data', 'reports');
const files = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/i.test(f))
  .sort();
const reports: { file: string; result: ExtractResult }[] = [];
for (const file of files) {
  try {
    reports.push({ file, result: extractReport(readReportText(path.join(dir, file), file)) });
  } catch (err) {
    console.error(err instanceof ReadError ? err.message : `${file}：提取失败：${String(err)}`);
    process.exitCode = 1;
  }
}

console.log(
  `法治指标看板 · 共读取 ${reports.length} 份报告（${path.relative(process.cwd(), dir) || dir}）\n`,
);
console.log(
  renderTable(
    ['文件', '单位', '类型', '县（区）', '年度', '签发日期', '指标数', '提示'],
    reports.map(({ file, result: { meta, facts, flags } }) => [
      file,
      meta.unit ?? '未识别',
      meta.unitType ? UNIT_TYPE_LABEL[meta.unitType] : '—',
      meta.county ?? '待指定',
      meta.year ? String(meta.year) : '未识别',
      meta.reportDate ?? '—',
      String(facts.length),
      flags.length > 0 ? `${flags.length} 条` : '—',
    ]),
    new Set([6]),
  ),
);

const shown = INDICATORS.filter((i) => reports.some((r) => r.result.values[i.key]));
console.log('\n各单位指标（当年值；未提及≠0）\n');
console.log(
  renderTable(
    ['指标', '单位', ...reports.map((r) => `${r.result.meta.unit ?? r.file}${r.result.meta.year ?? ''}`)],
    shown.map((i) => [i.label, i.unit, ...reports.map((r) => formatValue(r.result.values[i.key], i.unit))]),
    new Set(reports.map((_, i) => i + 2)),
  ),
);

const flagged = reports.flatMap((r) =>
  r.result.flags.map((f) => `· ${r.result.meta.unit ?? r.file}：${f.message}`),
);
if (flagged.length > 0) console.log(`\n需人工核对\n${flagged.join('\n')}`);
