import type { ExtractResult } from '@fazhi/extract';
import type { GoldSet } from './gold.ts';
import type { EntryScore } from './score.ts';
import { scoreUnread } from './unread.ts';

const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? '-' : ((100 * n) / of).toFixed(0)}%)`;

/** pnpm eval --unread: one line per set, and with --verbose the figures wanted and not offered, and the rest offered. */
export function reportUnread(
  set: GoldSet,
  results: ExtractResult[],
  scores: EntryScore[],
  verbose: boolean,
): void {
  let wanted = 0;
  let offered = 0;
  let all = 0;
  let onGold = 0;
  let onNotFacts = 0;
  const lines: string[] = [];
  set.entries.forEach(({ gold, text }, i) => {
    const result = results[i];
    const facts = scores[i];
    if (!result || !facts) return;
    const s = scoreUnread(gold, text, result, facts);
    wanted += s.wanted.length;
    offered += s.offered.length;
    all += result.unread.length;
    onGold += s.onGold.length;
    onNotFacts += s.onNotFacts.length;
    if (!verbose) return;
    const notOffered = s.wanted.filter((w) => !s.offered.includes(w));
    if (notOffered.length + s.onNotFacts.length + s.other.length === 0) return;
    lines.push(`  ${gold.file}`);
    for (const w of notOffered) lines.push(`    未列  ${w.value} 「${w.text}」`);
    for (const u of s.onNotFacts) lines.push(`    非指标 ${u.value}${u.measure} 「${u.text}」`);
    for (const u of s.other) lines.push(`    其他  ${u.value}${u.measure} 「${u.text}」`);
  });
  console.log(
    `  unread: gold figures not read as facts, offered ${share(offered, wanted)} · ` +
      `${all} offered: on gold figures ${onGold}, on not-facts ${onNotFacts}, other ${all - onGold - onNotFacts}`,
  );
  for (const l of lines) console.log(l);
}
