import type { Item } from './draft.ts';

/** Disputes found by screening (排查); those taken up for mediation (接案调处) are some of them. */
const SCREENED = /排查/;
const TAKEN_UP = /^[、,，]?(?:共|已)?(?:接案|受理|接收)?(?:调处|调解|受理)$/;
const LOOK_BACK = 3;

const drafted = (item: Item) => item.drafts.find((d) => d.ctx === item.ctx);

/**
 * 共排查矛盾纠纷186起，接案调处167起，成功化解156起: the disputes taken up are part of those screened, not more
 * disputes (the resolved ones are read by `resolvedAfterCases`).
 */
export function takenUpOfScreened(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as Item;
    const part = drafted(item);
    if (part?.key !== 'dispute.cases' || !TAKEN_UP.test(item.ctx.phrase)) continue;
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
      const prev = items[j] as Item;
      if (prev.ctx.sentenceStart !== item.ctx.sentenceStart) break;
      const total = drafted(prev);
      if (total?.key !== 'dispute.cases' || !SCREENED.test(prev.ctx.phrase)) continue;
      if (total.value >= part.value) {
        total.role = 'total';
        part.role = 'part';
      }
      break;
    }
  }
}
