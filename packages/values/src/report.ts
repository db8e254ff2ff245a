import type { IndicatorKey } from '@fazhi/catalog';
import { combineMentions } from './combine.ts';
import { DERIVED_RATES, deriveRate } from './derive.ts';
import type { Mention, UnitYearValue } from './types.ts';

export type UnitYearValues = Partial<Record<IndicatorKey, UnitYearValue>>;

/**
 * The unit-year value of each key for `year`, from one report's facts (the engine's view of a report it
 * just read); a rate the report does not state is derived where the catalog says how.
 */
export function unitYearValues(
  facts: (Mention & { key: IndicatorKey; year: number | null })[],
  year: number | null,
): UnitYearValues {
  const ofYear = facts.filter((f) => f.year === year);
  const values: UnitYearValues = {};
  for (const key of new Set(ofYear.map((f) => f.key))) {
    const combined = combineMentions(key, ofYear);
    if (combined) values[key] = { value: combined.value, qualifier: combined.qualifier };
  }
  for (const rate of DERIVED_RATES) {
    if (values[rate.key]) continue;
    const derived = deriveRate(rate, (k) => values[k]);
    if (derived) values[rate.key] = derived;
  }
  return values;
}
