import path from 'node:path';
import { fixturesDir } from '@fazhi/config';
import { extractReport } from '@fazhi/extract';
import { loadGoldSets } from './eval/gold.ts';
import { type EntryScore, scoreEntry, summarise } from './eval/score.ts';

const verbose = process.argv.includes('--verbose');
const pct = (n: number) => n.toFixed(3);

function printDetails(s: EntryScore): void {
  const clean =
    s.misses.length + s.extras.length + s.values.wrong.length + s.notFactsHit.length === 0 &&
    s.unitRight &&
    s.yearRight &&
    s.county !== 'wrong';
  if (clean) return;
  console.log(
    `  ${s.file}  单位 ${s.got.unit ?? '未识别'}  年度 ${s.got.year ?? '未识别'}  县 ${s.got.county ?? '未识别'}`,
  );
  if (!s.unitRight || !s.yearRight) console.log('    单位或年度不对');
  if (s.county === 'wrong') console.log('    县区识别错误');
  for (const f of s.misses) console.log(`    漏  ${f.key} ${f.value} (${f.year}) 「${f.text}」`);
  for (const f of s.extras) console.log(`    多  ${f.key} ${f.value} (${f.year}) 「${f.text}」`);
  for (const w of s.values.wrong) console.log(`    值  ${w}`);
  for (const n of s.notFactsHit) console.log(`    误  不应成为指标：${n}`);
}

let failed = false;
try {
  for (const set of loadGoldSets(fixturesDir())) {
    const scores = set.entries.map(({ gold, text }) => scoreEntry(gold, text, extractReport(text)));
    const sum = summarise(scores);
    console.log(
      `${set.name.padEnd(5)} facts P ${pct(sum.precision)} R ${pct(sum.recall)} F1 ${pct(sum.f1)} ` +
        `(tp ${sum.tp} fp ${sum.fp} fn ${sum.fn}) · values ${sum.values.right}/${sum.values.total} · ` +
        `unit+year ${sum.unitAndYear}/${sum.reports} · county right ${sum.county.right} unknown ${sum.county.unknown} wrong ${sum.county.wrong}`,
    );
    if (verbose) for (const s of scores) printDetails(s);
  }
} catch (err) {
  console.error(`评测失败：${err instanceof Error ? err.message : String(err)}`);
  console.error(`（评测数据应位于 ${path.resolve(fixturesDir())}）`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
