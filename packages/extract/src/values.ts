import { getIndicator, type IndicatorKey, type Qualifier } from '@fazhi/catalog';
import { looserQualifier } from './numbers/qualifier.ts';
import type { Fact, UnitYearValue } from './types.ts';

type Values = Partial<Record<IndicatorKey, UnitYearValue>>;

/** What combining needs of a fact; stored facts (with ids and statuses) fit as well as extracted ones. */
export type ValueFact = Pick<Fact, 'value' | 'qualifier' | 'role' | 'text'> & { key: string };

export interface Combined<F extends ValueFact> extends UnitYearValue {
  /** the facts the value was made from */
  used: F[];
}

const CORRECTING: IndicatorKey[] = [
  'recon.revoked',
  'recon.changed',
  'recon.confirmed_illegal',
  'recon.ordered',
];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where a rate's wording ranks among the catalog's preferred wordings (lower wins). */
function preferenceRank(key: IndicatorKey, fact: ValueFact): number {
  const prefer = getIndicator(key).prefer ?? [];
  const i = prefer.findIndex((label) => fact.text.includes(label));
  return i < 0 ? prefer.length : i;
}

function sumOf<F extends ValueFact>(facts: F[]): Combined<F> {
  // one figure stated twice in the same words is one mention
  const seen = new Set<string>();
  let value = 0;
  let qualifier: Qualifier = 'exact';
  const used: F[] = [];
  for (const f of facts) {
    const sig = `${f.value}|${f.text}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    used.push(f);
    value += f.value;
    qualifier = looserQualifier(qualifier, f.qualifier);
  }
  return { value: round2(value), qualifier, used };
}

function preferredRate<F extends ValueFact>(key: IndicatorKey, facts: F[]): Combined<F> {
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
export function combineMentions<F extends ValueFact>(key: IndicatorKey, facts: F[]): Combined<F> | undefined {
  const mentions = facts.filter((f) => f.key === key && f.role !== 'part');
  if (mentions.length === 0) return undefined;
  return getIndicator(key).combine === 'sum' ? sumOf(mentions) : preferredRate(key, mentions);
}

/** (撤销 + 变更 + 确认违法 + 责令履行) / 审结, when the closed count and some outcome are known. */
export function derivedCorrectionRate(
  values: Partial<Record<IndicatorKey, UnitYearValue>>,
): UnitYearValue | undefined {
  const closed = values['recon.closed'];
  const stated = CORRECTING.map((k) => values[k]).filter((v): v is UnitYearValue => v !== undefined);
  if (!closed || closed.value <= 0 || stated.length === 0) return undefined;
  const corrected = stated.reduce((s, v) => s + v.value, 0);
  return { value: round2((corrected / closed.value) * 100), qualifier: 'derived' };
}

/** The unit-year value of each key for `year`, from one report's facts. */
export function unitYearValues(facts: Fact[], year: number | null): Values {
  const ofYear = facts.filter((f) => f.year === year);
  const values: Values = {};
  for (const key of new Set(ofYear.map((f) => f.key))) {
    const combined = combineMentions(key, ofYear);
    if (combined) values[key] = { value: combined.value, qualifier: combined.qualifier };
  }
  if (!values['recon.correction_rate']) {
    const derived = derivedCorrectionRate(values);
    if (derived) values['recon.correction_rate'] = derived;
  }
  return values;
}
