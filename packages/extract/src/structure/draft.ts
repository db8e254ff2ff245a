import type { Reading } from '../classify/classify.ts';
import type { TokenContext } from '../classify/context.ts';
import type { Fact } from '../types.ts';

/** A fact before its span is mapped back to the original text. Spans are clean-text indices. */
export interface Draft extends Omit<Fact, 'start' | 'end' | 'text'> {
  /** for rates: lower is the preferred wording */
  rank: number;
  spanStart: number;
  spanEnd: number;
  /** the number it was read from; null for facts that stand for a phrase (无败诉案件) */
  ctx: TokenContext | null;
}

/** A fact a phrase states in words (无败诉案件 → 0, 参考率、合格率“双百” → 100), with no number of its own. */
export function phraseDraft(
  key: Fact['key'],
  value: number,
  spanStart: number,
  spanEnd: number,
  year: number | null,
): Draft {
  return {
    key,
    value,
    qualifier: 'exact',
    year,
    derived: false,
    role: null,
    rank: 0,
    spanStart,
    spanEnd,
    ctx: null,
  };
}

/** One number of the text with what the classifier made of it. */
export interface Item {
  ctx: TokenContext;
  drafts: Draft[];
}

/** The year of a figure: the report's, unless its clause opens with an earlier year (2022年度…败诉2件). */
function yearOf(r: Reading, reportYear: number | null): number | null {
  const y = r.ctx.clauseYear;
  return y !== null && reportYear !== null && y < reportYear && y >= reportYear - 5 ? y : reportYear;
}

export function draftsFrom(readings: Reading[], year: number | null): Draft[] {
  return readings.map((r) => ({
    key: r.key,
    value: r.ctx.token.value,
    qualifier: r.ctx.token.qualifier,
    year: yearOf(r, year),
    derived: false,
    role: null,
    rank: r.rank,
    spanStart: r.spanStart,
    spanEnd: r.spanEnd,
    ctx: r.ctx,
  }));
}
