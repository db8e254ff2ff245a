import type { IndicatorKey } from '@fazhi/catalog';
import { type Draft, type Item, phraseDraft } from './draft.ts';

/** ，均已审结 / ，已全部办结: the clause after a count of cases says every one of them was closed */
const ALL_CLOSED = /^[,，]?(?:且|并)?(?:均|全部|已全部|均已|全部已)(?:已)?(?:审结|办结|结案|审理终结)/;
/** …并胜诉 / ，均胜诉 / ，全部胜诉: and none of them was lost */
const ALL_WON = /^[^。;；]{0,8}?(?:并|且|均|全部)(?:已)?胜诉/;
const CLOSED_OF: Partial<Record<IndicatorKey, IndicatorKey>> = {
  'litig.cases': 'litig.closed',
  'recon.received': 'recon.closed',
};

/**
 * 新增行政诉讼案件2件，均已审结并胜诉: the cases all closed are as many as the cases, and lawsuits all won were
 * none lost. Stated in words, so the facts take the count's value and the words' span.
 */
export function allClosedAfterCases(items: Item[], clean: string, year: number | null): void {
  for (const item of items) {
    const c = item.ctx;
    const own = item.drafts.find((d) => d.ctx === c);
    const closedKey = own ? CLOSED_OF[own.key] : undefined;
    if (!own || !closedKey) continue;
    const after = clean.slice(c.rightEnd, c.rightEnd + 20);
    const closed = ALL_CLOSED.exec(after);
    if (!closed) continue;
    if (
      items.some((i) => i.drafts.some((d) => d.key === closedKey && d.ctx?.sentenceStart === c.sentenceStart))
    )
      continue;
    const end = c.rightEnd + closed[0].length;
    const all: Draft = { ...own, key: closedKey, role: null, spanStart: c.phraseStart, spanEnd: end };
    item.drafts.push(all);
    const won = own.key === 'litig.cases' ? ALL_WON.exec(after) : null;
    // the whole words (均已审结并胜诉) say it: the span starts where they do
    const start = c.rightEnd + (/^[,，]/.test(after) ? 1 : 0);
    if (won)
      item.drafts.push(phraseDraft('litig.lost', 0, start, c.rightEnd + won[0].length, own.year ?? year));
  }
}
