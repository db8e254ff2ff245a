import { RULES } from '../classify/rules.ts';
import { hasVerb } from '../classify/shared-verb.ts';
import type { Draft, Item } from './draft.ts';

/** What opens the next item of a breakdown: 、 ， 和 及 */
const OPENER = /^(?:[、,，;；]|以及|和|及)?/;
/** The head noun an item ends with: 路政方面案件 → 案件. Only nouns that name what a figure counts. */
const HEAD = /(案件|案卷|合同|文件|事项|信息|纠纷|活动|会议)$/;

const drafted = (item: Item) => item.drafts.find((d) => d.ctx === item.ctx);

/** 法律援助案件210件，法律帮助案件75件: an item the key's own rules refuse (法律帮助) is not a part of it. */
const refused = (key: string, phrase: string) =>
  RULES.some((r) => r.key === key && !r.right && r.not?.test(phrase));

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
      if (refused(source.key, next.ctx.phrase)) break;
      // 司法所长列席政府领导会议2次: meetings someone attended are not the unit's own
      if (head === '会议' && (next.ctx.phrase.length > 8 || /列席|出席|参加|参与/.test(next.ctx.phrase)))
        break;
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
    // 委员会会议2次，各小组会议4次: meetings of other bodies are more meetings, never a breakdown of the first
    if (head !== '会议' && parts.reduce((sum, p) => sum + p.value, 0) <= source.value) {
      source.role = 'total';
      for (const p of parts) p.role = 'part';
    }
    i += parts.length;
  }
}

/** 其中重大案件129件 / 其中非法行医9件: a breakdown that names only a kind, no verb of its own */
const AMONG = /^[,，。;；]?其中[:：]?([\u4e00-\u9fff“”"]{1,12})$/;
/** 其中胜诉3起, 其中已结案4件: an outcome or a state, not a kind of what was counted */
const OUTCOME =
  /胜诉|败诉|维持|撤销|驳回|纠错|违法|调解|和解|结案|办结|审结|终止|撤诉|履行|成功|未|尚|在审|审理|完成|达成/;
/** 、渣土类案件669件: the next item of the same breakdown */
const NEXT_KIND = /^[、,，;；]?([\u4e00-\u9fff“”"]{1,12})$/;

/**
 * 一般程序案件共办理2326件……。其中重大案件129件，渣土类案件669件: items after 其中 with no key and no verb of
 * their own count part of the figure before them (in the same or the sentence before, with the same measure).
 */
export function partsAfterAmong(items: Item[], clean: string): void {
  for (let i = 1; i < items.length; i++) {
    const first = items[i] as Item;
    const kind = AMONG.exec(first.ctx.phrase)?.[1];
    if (!kind || first.drafts.length > 0 || first.ctx.token.masked || hasVerb(kind) || OUTCOME.test(kind))
      continue;
    const measure = first.ctx.token.measure;
    let j = i - 1;
    while (j >= 0 && (items[j] as Item).ctx.token.measure !== measure) j--;
    const before = items[j];
    const source = before ? drafted(before) : undefined;
    if (!before || !source || measure === '%' || source.role === 'part') continue;
    const gap = clean.slice(before.ctx.token.end, first.ctx.phraseStart);
    if ((gap.match(/[。;；]/g)?.length ?? 0) > 1) continue;
    const parts: { item: Item; draft: Draft }[] = [];
    for (let k = i; k < items.length; k++) {
      const next = items[k] as Item;
      const words = k === i ? kind : NEXT_KIND.exec(next.ctx.phrase)?.[1];
      const after = (items[k - 1] as Item).ctx.token.end;
      const sameBreakdown = k === i || /^[、,，;；]?$/.test(clean.slice(after, next.ctx.phraseStart));
      if (!words || !sameBreakdown || next.drafts.length > 0 || next.ctx.token.measure !== measure) break;
      if (hasVerb(words) || OUTCOME.test(words) || next.ctx.token.masked) break;
      const draft: Draft = {
        ...source,
        value: next.ctx.token.value,
        qualifier: next.ctx.token.qualifier,
        role: 'part',
        spanStart: next.ctx.phraseStart,
        spanEnd: next.ctx.token.end,
        ctx: next.ctx,
      };
      parts.push({ item: next, draft });
    }
    // parts that add up to more than the figure are a breakdown of something else (纠错236件 … 确认违法150件。其中…)
    if (parts.length === 0 || parts.reduce((sum, p) => sum + p.draft.value, 0) > source.value) continue;
    for (const p of parts) p.item.drafts.push(p.draft);
    if (source.role === null) source.role = 'total';
    i += Math.max(0, parts.length - 1);
  }
}
