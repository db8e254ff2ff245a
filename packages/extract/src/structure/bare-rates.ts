import type { IndicatorKey } from '@fazhi/catalog';
import type { Item } from './draft.ts';

/** A rate with no topic of its own: 成功率达92%. */
const BARE_RATE = /^[,，、;；]?(?:其中|且)?(?:成功率|成功比例)(?:达到|达|为|高达|均达|保持|实现)?$/;
/** The rate of the count a bare rate follows. */
const RATE_OF: Partial<Record<IndicatorKey, IndicatorKey>> = {
  'dispute.cases': 'dispute.rate',
  'dispute.resolved': 'dispute.rate',
};
const LOOK_BACK = 3;

/** 调解纠纷45件，成功率达92%: a bare rate takes the topic of the count before it in the sentence. */
export function bareRatesTakeTopic(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as Item;
    if (
      item.ctx.token.masked ||
      item.ctx.token.measure !== '%' ||
      item.drafts.length > 0 ||
      !BARE_RATE.test(item.ctx.phrase)
    )
      continue;
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
      const before = items[j] as Item;
      if (before.ctx.sentenceStart !== item.ctx.sentenceStart) break;
      const count = before.drafts.find((d) => d.ctx === before.ctx && before.ctx.token.measure !== '%');
      if (!count) continue;
      const key = RATE_OF[count.key];
      if (key) {
        item.drafts.push({
          ...count,
          key,
          value: item.ctx.token.value,
          qualifier: item.ctx.token.qualifier,
          role: null,
          rank: 0,
          spanStart: item.ctx.phraseStart,
          spanEnd: item.ctx.token.end,
          ctx: item.ctx,
        });
      }
      break;
    }
  }
}
