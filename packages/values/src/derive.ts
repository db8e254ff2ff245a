import { INDICATORS, type Indicator, type IndicatorKey } from '@fazhi/catalog';
import { round2 } from './combine.ts';
import type { UnitYearValue } from './types.ts';

interface DerivedRate {
  key: IndicatorKey;
  base: IndicatorKey;
  parts: readonly IndicatorKey[];
}

const isDerivedRate = (i: Indicator): i is Indicator & DerivedRate =>
  i.combine === 'derived' && i.base !== undefined && i.parts !== undefined;

/** The rates computed from other keys when a report does not state them, as the catalog defines them. */
export const DERIVED_RATES: readonly DerivedRate[] = INDICATORS.filter(isDerivedRate).map((i) => ({
  key: i.key,
  base: i.base,
  parts: i.parts,
}));

/** Every key some derived rate is computed from (its base and its parts). */
export const DERIVATION_INPUTS: ReadonlySet<IndicatorKey> = new Set(
  DERIVED_RATES.flatMap((r) => [r.base, ...r.parts]),
);

/** sum(parts) / base in %, when the base is above 0 and some part is known; otherwise none. */
export function deriveRate(
  rate: DerivedRate,
  valueFor: (key: IndicatorKey) => UnitYearValue | undefined,
): UnitYearValue | undefined {
  const base = valueFor(rate.base);
  const stated = rate.parts.map(valueFor).filter((v): v is UnitYearValue => v !== undefined);
  if (!base || base.value <= 0 || stated.length === 0) return undefined;
  const sum = stated.reduce((s, v) => s + v.value, 0);
  return { value: round2((sum / base.value) * 100), qualifier: 'derived' };
}
