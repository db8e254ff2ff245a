import { getIndicator, type IndicatorKey, type Qualifier } from '@fazhi/catalog';
import { looserQualifier } from './numbers/qualifier.ts';
import type { Fact, UnitYearValue } from './types.ts';

type Values = Partial<Record<IndicatorKey, UnitYearValue>>;

const CORRECTING: IndicatorKey[] = [
  'recon.revoked',
  'recon.changed',
  'recon.confirmed_illegal',
  'recon.ordered',
];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where a rate's wording ranks among the catalog's preferred wordings (lower wins). */
function preferenceRank(fact: Fact): number {
  const prefer = getIndicator(fact.key).prefer ?? [];
  const i = prefer.findIndex((label) => fact.text.includes(label));
  return i < 0 ? prefer.length : i;
}

function sumOf(facts: Fact[]): UnitYearValue {
  // one figure stated twice in the same words is one mention
  const seen = new Set<string>();
  let value = 0;
  let qualifier: Qualifier = 'exact';
  for (const f of facts) {
    const sig = `${f.value}|${f.text}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    value += f.value;
    qualifier = looserQualifier(qualifier, f.qualifier);
  }
  return { value: round2(value), qualifier };
}

function preferredRate(facts: Fact[]): UnitYearValue {
  let best = facts[0] as Fact;
  for (const f of facts) {
    if (preferenceRank(f) < preferenceRank(best)) best = f;
  }
  return { value: best.value, qualifier: best.qualifier };
}

/** (撤销 + 变更 + 确认违法 + 责令履行) / 审结, when the report gives the closed count and some outcome. */
function derivedCorrectionRate(values: Values): UnitYearValue | undefined {
  const closed = values['recon.closed'];
  const stated = CORRECTING.map((k) => values[k]).filter((v): v is UnitYearValue => v !== undefined);
  if (!closed || closed.value <= 0 || stated.length === 0) return undefined;
  const corrected = stated.reduce((s, v) => s + v.value, 0);
  return { value: round2((corrected / closed.value) * 100), qualifier: 'derived' };
}

/**
 * The unit-year value of each key for `year`, by the catalog's rules: counts are the sum of the
 * distinct mentions with parts of a stated total left out; rates are not summed, the preferred wording wins.
 */
export function unitYearValues(facts: Fact[], year: number | null): Values {
  const byKey = new Map<IndicatorKey, Fact[]>();
  for (const f of facts) {
    if (f.year !== year || f.role === 'part') continue;
    const list = byKey.get(f.key);
    if (list) list.push(f);
    else byKey.set(f.key, [f]);
  }
  const values: Values = {};
  for (const [key, list] of byKey) {
    values[key] = getIndicator(key).combine === 'sum' ? sumOf(list) : preferredRate(list);
  }
  if (!values['recon.correction_rate']) {
    const derived = derivedCorrectionRate(values);
    if (derived) values['recon.correction_rate'] = derived;
  }
  return values;
}
