import { looserQualifier } from '@fazhi/values';
import { isCountable } from '../classify/countable.ts';
import type { Draft, Item } from './draft.ts';

const MAX_PARTS = 30;
const LEVEL = /^[、,，]?(?:其中)?(?:国家|省|自治区|市|州|县|区|旗|镇|乡|街道)级(?:的)?$/;
const PENDING = /胜诉|审理中|未结|尚未|在审|待审/;
/** 立案撤销8件, 不予处罚3件: cases dropped are no part of what was counted */
const DROPPED = /撤销|撤案|撤回|不予|免予|终止/;
const PART_OPENER = /^[,，]?(?:其中[,，:]?|\((?:其中)?)/;

const sameSentence = (a: Item, b: Item) => a.ctx.sentenceStart === b.ctx.sentenceStart;
const drafted = (item: Item) => item.drafts.find((d) => d.ctx === item.ctx);

/** 国家级民主法治示范村1个，省级1个，市级2个: a level with no noun counts what the figure before it counted. */
export function inheritLevels(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as Item;
    if (item.drafts.length > 0 || !LEVEL.test(item.ctx.phrase)) continue;
    const prev = items[i - 1] as Item;
    const source = drafted(prev);
    if (!source || !sameSentence(prev, item) || prev.ctx.token.measure !== item.ctx.token.measure) continue;
    item.drafts.push({
      ...source,
      value: item.ctx.token.value,
      qualifier: item.ctx.token.qualifier,
      spanStart: item.ctx.phraseStart,
      spanEnd: item.ctx.token.end,
      ctx: item.ctx,
    });
  }
}

const RESOLVED = /^[、,，]?(?:共|已|均|成功|其中)?(?:化解|调处|调解|调结|办结|解决)(?:成功)?(?:了)?$/;

/** 排查矛盾纠纷75件，化解71件: after the disputes found, a bare 化解 counts those resolved. */
export function resolvedAfterCases(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as Item;
    if (!RESOLVED.test(item.ctx.phrase)) continue;
    const found = items
      .slice(Math.max(0, i - 4), i)
      .some((p) => sameSentence(p, item) && p.drafts.some((d) => d.key === 'dispute.cases'));
    if (!found) continue;
    const own = drafted(item);
    if (own?.key === 'dispute.cases') own.key = 'dispute.resolved';
  }
}

/**
 * 共19次，其中集中宣传9次、… and 88件（结案63件…）: figures of the same key after 其中 or inside the
 * parenthesis are parts of the total before them. A figure there with no key of its own takes the total's.
 */
export function markTotals(items: Item[], clean: string): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const total = drafted(item);
    if (!total || total.ctx?.token.measure === '%') continue;
    const after = clean.slice(item.ctx.token.end, item.ctx.token.end + 5);
    const opener = PART_OPENER.exec(after);
    if (!opener) continue;
    const inParens = opener[0].includes('(');
    const parts: Draft[] = [];
    for (let j = i + 1; j < Math.min(items.length, i + MAX_PARTS + 1); j++) {
      const next = items[j] as Item;
      if (!sameSentence(item, next)) break;
      if (inParens && clean.slice(item.ctx.token.end, next.ctx.token.start).includes(')')) break;
      const own = drafted(next);
      if (own && own.key !== total.key) break;
      if (!own && next.ctx.token.measure !== item.ctx.token.measure) break;
      // (每个季度进行一次): a frequency or a bare 一 in the breakdown is wording, not a part;
      // 其中胜诉3起，1起正在审理中: court outcomes and pending cases are not parts of the count;
      // (…立案撤销8件): nor are cases withdrawn or dropped
      if (!own && (!isCountable(next.ctx, clean) || PENDING.test(next.ctx.phrase + next.ctx.right))) continue;
      if (!own && DROPPED.test(next.ctx.phrase)) continue;
      if (own) parts.push(own);
      // 办结法律援助案件165件，其中民事案件152件，刑事案件13件，代书200余件: a breakdown in running text ends
      // where its items would add up to more than the total (one in brackets ends at the bracket)
      else if (!inParens && parts.reduce((sum, p) => sum + p.value, next.ctx.token.value) > total.value)
        break;
      else {
        const part: Draft = {
          ...total,
          value: next.ctx.token.value,
          qualifier: next.ctx.token.qualifier,
          spanStart: next.ctx.phraseStart,
          spanEnd: next.ctx.token.end,
          ctx: next.ctx,
        };
        next.drafts.push(part);
        parts.push(part);
      }
    }
    if (parts.length === 0) continue;
    total.role = 'total';
    for (const p of parts) p.role = 'part';
  }
}

const COMPARE =
  /(?:相较于|相较|相比于|相比|较之|较|比|同比)(去年同期|上年同期|去年|上年度|上一年度|上一年|上年|(20\d\d)年(?:度|同期)?)?(?:的)?/g;
const CHANGE = /^[^,，。;]{0,4}?(增加|增长|上升|提高|多|减少|下降|降低|少)了?$/;

/**
 * Previous-year figures: 较2022年558件 states one; 受理88件…相较于去年减少了339件 implies 427 (derived).
 * The figure compared is the nearest one before, in the same sentence, outside any parenthesis it closed.
 */
export function compareYears(items: Item[], clean: string, reportYear: number | null): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const from = Math.max(item.ctx.sentenceStart, item.ctx.token.start - 60);
    const before = clean.slice(from, item.ctx.token.start);
    COMPARE.lastIndex = 0;
    let m: RegExpExecArray | null = null;
    for (let x = COMPARE.exec(before); x !== null; x = COMPARE.exec(before)) m = x;
    if (!m || !(m[1] || m[0].startsWith('同比'))) continue;
    const compareAt = from + m.index;
    const gap = clean.slice(compareAt + m[0].length, item.ctx.token.start);
    const change = CHANGE.exec(gap);
    if (gap.length > 0 && !change) continue;
    // 同比下降12.5%: a relative change gives no exact previous-year figure
    if (item.ctx.token.measure === '%') continue;
    const current = currentFigure(items, i, compareAt, clean);
    if (!current) continue;
    const year = m[2] ? Number(m[2]) : reportYear === null ? null : reportYear - 1;
    const token = item.ctx.token;
    item.drafts = [];
    if (!change) {
      out.push({
        ...current,
        value: token.value,
        qualifier: token.qualifier,
        year,
        role: null,
        derived: false,
        spanStart: compareAt,
        spanEnd: token.end,
        ctx: item.ctx,
      });
      continue;
    }
    const explicitBefore = out.some(
      (d) => d.key === current.key && d.year === year && d.spanStart === compareAt,
    );
    if (explicitBefore) continue;
    const up = /增加|增长|上升|提高|多/.test(change[1] ?? '');
    const value = up ? current.value - token.value : current.value + token.value;
    if (value < 0) continue;
    out.push({
      ...current,
      value,
      qualifier: looserQualifier(current.qualifier, token.qualifier),
      year,
      role: null,
      derived: true,
      spanStart: compareAt,
      spanEnd: token.end,
      ctx: item.ctx,
    });
  }
  return out;
}

function currentFigure(items: Item[], i: number, compareAt: number, clean: string): Draft | undefined {
  const item = items[i] as Item;
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const prev = items[j] as Item;
    if (!sameSentence(prev, item)) return undefined;
    const d = drafted(prev);
    if (!d || d.derived || prev.ctx.token.measure !== item.ctx.token.measure) continue;
    const between = clean.slice(prev.ctx.token.end, compareAt);
    const depth = (between.match(/\(/g)?.length ?? 0) - (between.match(/\)/g)?.length ?? 0);
    if (depth < 0) continue; // the figure sits inside a parenthesis that closed before the comparison
    return d;
  }
  return undefined;
}

/** 调解率100%，调解成功率100%: only the preferred wording of a rate is kept within one sentence. */
export function preferRates(drafts: Draft[]): Draft[] {
  return drafts.filter(
    (d) =>
      d.rank === 0 ||
      !drafts.some(
        (o) => o.key === d.key && o.rank < d.rank && o.ctx?.sentenceStart === d.ctx?.sentenceStart,
      ),
  );
}
