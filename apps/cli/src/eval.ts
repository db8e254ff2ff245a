import path from 'node:path';
import { fixturesDir, repoRoot } from '@fazhi/config';
import { extractReport } from '@fazhi/extract';
import { type GoldSet, loadCorpus, loadDevSet, loadGoldSets } from './eval/gold.ts';
import { type EntryScore, scoreByGroup, scoreEntry, summarise } from './eval/score.ts';
import { reportUnread } from './eval/unread-report.ts';

// pnpm eval [--verbose] [--by-group] [--sealed] [--unread] [--only g12-,g13-]
// Prints seeds, the shared real fixtures, the corpus's train part, its sealed part and the dev set apart. --sealed prints
// the sealed part alone; its misses are never listed (rules are written from train only).
const argv = process.argv.slice(2);
const args = new Set(argv);
// --only g12-,g13-: the files of some batches alone (a batch's first contact); the others are left out
const only = argv[argv.indexOf('--only') + 1]?.split(',') ?? null;
const picked = (set: GoldSet): GoldSet =>
  only && args.has('--only')
    ? { ...set, entries: set.entries.filter((e) => only.some((p) => e.gold.file.startsWith(p))) }
    : set;
const CORPUS = path.join(repoRoot, 'packages', 'extract', 'corpus');
const pct = (n: number) => n.toFixed(3);
const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? '-' : ((100 * n) / of).toFixed(0)}%)`;

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
  if (!s.unitRight) console.log('    单位不对');
  if (!s.yearRight) console.log('    年度不对');
  if (s.county === 'wrong') console.log('    县区识别错误');
  for (const f of s.misses) console.log(`    漏  ${f.key} ${f.value} (${f.year}) 「${f.text}」`);
  for (const f of s.extras) console.log(`    多  ${f.key} ${f.value} (${f.year}) 「${f.text}」`);
  for (const w of s.values.wrong) console.log(`    值  ${w}`);
  for (const n of s.notFactsHit) console.log(`    误  不应成为指标：${n}`);
}

function report(set: GoldSet): void {
  const results = set.entries.map(({ text }) => extractReport(text));
  const scores = set.entries.map(({ gold, text }, i) =>
    scoreEntry(gold, text, results[i] ?? extractReport(text)),
  );
  const sum = summarise(scores);
  console.log(
    `${set.name.padEnd(8)} ${String(sum.reports).padStart(3)} 份 · facts P ${pct(sum.precision)} R ${pct(sum.recall)} ` +
      `F1 ${pct(sum.f1)} (tp ${sum.tp} fp ${sum.fp} fn ${sum.fn}) · unit ${share(sum.unit, sum.reports)} · ` +
      `year ${share(sum.year, sum.reports)} · county right ${sum.county.right} unknown ${sum.county.unknown} ` +
      `wrong ${sum.county.wrong} · values ${sum.values.right}/${sum.values.total}`,
  );
  // per-group figures of the sealed part only when it is asked for alone
  if (args.has('--by-group') && (set.name !== 'sealed' || args.has('--sealed'))) {
    for (const g of scoreByGroup(scores)) {
      console.log(
        `    ${g.group.padEnd(9)} P ${pct(g.precision)} R ${pct(g.recall)} F1 ${pct(g.f1)} (tp ${g.tp} fp ${g.fp} fn ${g.fn})`,
      );
    }
  }
  if (args.has('--verbose') && set.name !== 'sealed') for (const s of scores) printDetails(s);
  // how unread figures serve a reader; never for the sealed part (its texts are not to be read)
  if (args.has('--unread') && set.name !== 'sealed')
    reportUnread(set, results, scores, args.has('--verbose'));
}

let failed = false;
try {
  const corpus = loadCorpus(CORPUS);
  const sets = args.has('--sealed')
    ? [corpus.sealed]
    : [...loadGoldSets(fixturesDir()), corpus.train, corpus.sealed, loadDevSet(CORPUS)];
  for (const set of sets.map(picked)) if (set.entries.length > 0) report(set);
} catch (err) {
  console.error(`评测失败：${err instanceof Error ? err.message : String(err)}`);
  console.error(`（评测数据应位于 ${path.resolve(fixturesDir())} 与 ${CORPUS}）`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
