import { hasVerb } from '../classify/shared-verb.ts';
import type { Draft, Item } from './draft.ts';

/** What opens the next item of a breakdown: 、 ， 和 及 */
const OPENER = /^(?:[、,，;；]|以及|和|及)?/;
/** The head noun an item ends with: 路政方面案件 → 案件. Only nouns that name what a figure counts. */
const HEAD = /(案件|案卷|合同|文件|事项|信息|纠纷|活动)$/;

const drafted = (item: Item) => item.drafts.find((d) => d.ctx === item.ctx);

function headOf(phrase: string): string | null {
  return HEAD.exec(phrase.replace(OPENER, ''))?.[1] ?? null;
}

/**
 * 共办理行政处罚案件1301件，路政方面案件122件、道路运输案件1058件: an item with no key of its own whose head
 * noun is the head noun of the figure before it counts the same thing, as a breakdown of that figure. When the
 * items add up to no more than the first figure, it is their total.
 */
export function inheritHeadNoun(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as Item;
    const source = drafted(first);
    const head = headOf(first.ctx.phrase);
    if (!source || !head || first.ctx.token.measure === '%') continue;
    const parts: Draft[] = [];
    for (let j = i + 1; j < items.length; j++) {
      const next = items[j] as Item;
      const sameSentence = next.ctx.sentenceStart === first.ctx.sentenceStart;
      if (
        !sameSentence ||
        next.ctx.token.masked ||
        next.drafts.length > 0 ||
        next.ctx.token.measure !== first.ctx.token.measure
      )
        break;
      if (headOf(next.ctx.phrase) !== head || hasVerb(next.ctx.phrase)) break;
      const part: Draft = {
        ...source,
        value: next.ctx.token.value,
        qualifier: next.ctx.token.qualifier,
        role: null,
        spanStart: next.ctx.phraseStart,
        spanEnd: next.ctx.token.end,
        ctx: next.ctx,
      };
      next.drafts.push(part);
      parts.push(part);
    }
    if (parts.length === 0) continue;
    if (parts.reduce((sum, p) => sum + p.value, 0) <= source.value) {
      source.role = 'total';
      for (const p of parts) p.role = 'part';
    }
    i += parts.length;
  }
}
