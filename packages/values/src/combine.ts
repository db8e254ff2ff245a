import { getIndicator, type IndicatorKey, type Qualifier } from '@fazhi/catalog';
import type { Mention, UnitYearValue } from './types.ts';

export interface Combined<F extends Mention> extends UnitYearValue {
  /** the facts the value was made from */
  used: F[];
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** The looser of two qualifiers: exact yields to any other; two different loose ones (近十余次) make about. */
export function looserQualifier(a: Qualifier, b: Qualifier): Qualifier {
  if (a === 'exact') return b;
  if (b === 'exact' || a === b) return a;
  return 'about';
}

/** Where a rate's wording ranks among the catalog's preferred wordings (lower wins). */
function preferenceRank(key: IndicatorKey, fact: Mention): number {
  const prefer = getIndicator(key).prefer ?? [];
  const i = prefer.findIndex((label) => fact.text.includes(label));
  return i < 0 ? prefer.length : i;
}

function sumOf<F extends Mention>(facts: F[]): Combined<F> {
  const seen = new Map<number, Set<string>>();
  let value = 0;
  let qualifier: Qualifier = 'exact';
  const used: F[] = [];
  for (const f of facts) {
    const texts = seen.get(f.value) ?? new Set<string>();
    if (texts.has(f.text)) continue;
    seen.set(f.value, texts.add(f.text));
    used.push(f);
    value += f.value;
    qualifier = looserQualifier(qualifier, f.qualifier);
  }
  return { value: round2(value), qualifier, used };
}

function preferredRate<F extends Mention>(key: IndicatorKey, facts: F[]): Combined<F> {
  let best = facts[0] as F;
  for (const f of facts) {
    if (preferenceRank(key, f) < preferenceRank(key, best)) best = f;
  }
  return { value: best.value, qualifier: best.qualifier, used: [best] };
}

/**
 * One key's unit-year value from its mentions, by the catalog's rules: counts are the sum of the distinct
 * mentions with parts of a stated total left out; rates are not summed, the preferred wording wins.
 */
export function combineMentions<F extends Mention>(key: IndicatorKey, facts: F[]): Combined<F> | undefined {
  const mentions = facts.filter((f) => f.key === key && f.role !== 'part');
  if (mentions.length === 0) return undefined;
  return getIndicator(key).combine === 'sum' ? sumOf(mentions) : preferredRate(key, mentions);
}
