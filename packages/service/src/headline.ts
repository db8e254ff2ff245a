import type { Qualifier } from '@fazhi/catalog';

/** Counts are summed over the units, rates are the median of the unit rates. */
export type HeadlineMeasure = 'sum' | 'median';

/** A total is exact, or over or about when one of its parts is. */
export type TotalQualifier = Extract<Qualifier, 'exact' | 'over' | 'about'>;

/** Against last year, on the units that reported in both years only (同口径). */
export interface HeadlineChange {
  abs: number;
  /** null when last year's figure was 0 */
  pct: number | null;
  units: number;
  /** the figure of those units this year and last year, the two ends of the change */
  current: number;
  previous: number;
}

/** A county-wide figure of one indicator from its units' values. */
export interface HeadlineFigures {
  measure: HeadlineMeasure;
  /** null: no unit reported it (never 0) */
  value: number | null;
  qualifier: TotalQualifier | null;
  units: number;
  /** for rates: the lowest and highest unit rate */
  min: number | null;
  max: number | null;
  change: HeadlineChange | null;
}

interface UnitValue {
  value: number;
  qualifier: string;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The middle value (the mean of the two middle ones for an even count); callers pass a non-empty list. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** exact when every part is exact; over when the rest are 余/多/以上; about otherwise. */
function sumQualifier(parts: UnitValue[]): TotalQualifier {
  let over = false;
  for (const p of parts) {
    if (p.qualifier === 'over') over = true;
    else if (p.qualifier !== 'exact' && p.qualifier !== 'derived') return 'about';
  }
  return over ? 'over' : 'exact';
}

/**
 * One county-wide figure from the units' values this year and last: counts are summed, rates are the
 * median of the unit rates. The change compares only units that reported in both years (同口径).
 */
export function headlineFigures(
  measure: HeadlineMeasure,
  now: Map<number, UnitValue>,
  before: Map<number, UnitValue>,
): HeadlineFigures {
  const values = [...now.values()];
  const of = (list: UnitValue[]) =>
    measure === 'sum' ? list.reduce((a, v) => a + v.value, 0) : median(list.map((v) => v.value));
  const both = [...now.keys()].filter((id) => before.has(id));
  let change: HeadlineChange | null = null;
  if (both.length > 0) {
    const a = of(both.map((id) => now.get(id) as UnitValue));
    const b = of(both.map((id) => before.get(id) as UnitValue));
    const abs = round(a - b, 2);
    change = {
      abs,
      pct: b === 0 ? null : round((abs / b) * 100, 1),
      units: both.length,
      current: round(a, 2),
      previous: round(b, 2),
    };
  }
  const rates = values.map((v) => v.value);
  return {
    measure,
    value: values.length === 0 ? null : round(of(values), 2),
    qualifier: values.length === 0 ? null : measure === 'sum' ? sumQualifier(values) : 'exact',
    units: values.length,
    min: measure === 'median' && rates.length > 0 ? Math.min(...rates) : null,
    max: measure === 'median' && rates.length > 0 ? Math.max(...rates) : null,
    change,
  };
}
