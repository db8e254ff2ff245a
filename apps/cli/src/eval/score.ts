import type { ExtractResult, Fact } from '@fazhi/extract';
import { findDivisions } from '@fazhi/gazetteer';
import type { GoldEntry } from './gold.ts';

export interface FactRef {
  key: string;
  value: number;
  year: number | null;
  text: string;
}

export interface EntryScore {
  file: string;
  tp: number;
  /** the engine's facts the gold holds */
  hits: FactRef[];
  misses: FactRef[];
  extras: FactRef[];
  /** extras that match a number the gold lists as unmapped: neither right nor wrong */
  neutral: FactRef[];
  values: { right: number; total: number; wrong: string[] };
  unitRight: boolean;
  yearRight: boolean;
  /** right: equal; unknown: null where the gold has one; wrong: a different county stated */
  county: 'right' | 'unknown' | 'wrong';
  notFactsHit: string[];
  got: { unit: string | null; year: number | null; county: string | null };
}

const sig = (key: string, value: number, year: number | null) =>
  `${key}|${Math.round(value * 100) / 100}|${year}`;

function overlaps(text: string, evidence: string, fact: Fact): boolean {
  for (let i = text.indexOf(evidence); i >= 0; i = text.indexOf(evidence, i + 1)) {
    if (fact.start < i + evidence.length && fact.end > i) return true;
  }
  return false;
}

/** 石柱县 and 石柱土家族自治县 are one county (issue 12): names the gazetteer gives one county code for. */
function sameCounty(got: string | null, gold: string | null): boolean {
  if (got === gold) return true;
  if (got === null || gold === null) return false;
  const codes = new Set(findDivisions(got, 'county').map((d) => d.code));
  return findDivisions(gold, 'county').some((d) => codes.has(d.code));
}

export function scoreEntry(gold: GoldEntry, text: string, result: ExtractResult): EntryScore {
  const expected = [...gold.facts, ...(gold.derived ?? [])].map((f) => ({
    key: f.key,
    value: f.value,
    year: f.year ?? gold.year,
    text: f.evidence,
  }));
  const pool = new Map<string, number>();
  for (const e of expected)
    pool.set(sig(e.key, e.value, e.year), (pool.get(sig(e.key, e.value, e.year)) ?? 0) + 1);
  let tp = 0;
  const hits: FactRef[] = [];
  const extras: FactRef[] = [];
  const neutral: FactRef[] = [];
  for (const f of result.facts) {
    const s = sig(f.key, f.value, f.year);
    const left = pool.get(s) ?? 0;
    const ref = { key: f.key, value: f.value, year: f.year, text: f.text };
    if (left > 0) {
      pool.set(s, left - 1);
      tp++;
      hits.push(ref);
    } else if ((gold.unmapped ?? []).some((u) => u.value === f.value && overlaps(text, u.evidence, f))) {
      neutral.push(ref);
    } else extras.push(ref);
  }
  const misses = expected.filter((e) => {
    const s = sig(e.key, e.value, e.year);
    const left = pool.get(s) ?? 0;
    if (left <= 0) return false;
    pool.set(s, left - 1);
    return true;
  });

  const wrongValues: string[] = [];
  const entries = Object.entries(gold.expected ?? {});
  for (const [key, want] of entries) {
    const got = result.values[key as keyof ExtractResult['values']];
    const ok = got && Math.abs(got.value - want.value) < 0.01 && got.qualifier === want.qualifier;
    if (!ok)
      wrongValues.push(
        `${key}: 应为 ${want.value} ${want.qualifier}，得到 ${got ? `${got.value} ${got.qualifier}` : '无'}`,
      );
  }

  const notFactsHit = (gold.not_facts ?? [])
    .filter(({ phrase, value }) =>
      result.facts.some(
        (f) =>
          (value === null || f.value === value) &&
          overlaps(text, phrase, f) &&
          f.text.includes(phrase.replace(/[“”（）()]/g, '')),
      ),
    )
    .map((n) => n.phrase);

  const m = result.meta;
  const county = sameCounty(m.county, gold.county) ? 'right' : m.county === null ? 'unknown' : 'wrong';
  return {
    file: gold.file,
    tp,
    hits,
    misses,
    extras,
    neutral,
    values: { right: entries.length - wrongValues.length, total: entries.length, wrong: wrongValues },
    unitRight: m.unit === gold.unit,
    yearRight: m.year === gold.year,
    county,
    notFactsHit,
    got: { unit: m.unit, year: m.year, county: m.county },
  };
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  values: { right: number; total: number };
  unitAndYear: number;
  unit: number;
  year: number;
  county: { right: number; unknown: number; wrong: number };
  reports: number;
}

const prf = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

/** Fact scores per indicator group (the part of the key before the dot): train, dispute, pub … */
export function scoreByGroup(
  scores: EntryScore[],
): { group: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const add = (refs: FactRef[], field: 'tp' | 'fp' | 'fn') => {
    for (const r of refs) {
      const group = r.key.split('.')[0] ?? r.key;
      const c = counts.get(group) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      counts.set(group, c);
    }
  };
  for (const s of scores) {
    add(s.hits, 'tp');
    add(s.extras, 'fp');
    add(s.misses, 'fn');
  }
  return [...counts]
    .map(([group, c]) => ({ group, ...c, ...prf(c.tp, c.fp, c.fn) }))
    .sort((a, b) => b.tp + b.fn - (a.tp + a.fn));
}

export function summarise(scores: EntryScore[]): SetScore {
  const tp = scores.reduce((s, e) => s + e.tp, 0);
  const fp = scores.reduce((s, e) => s + e.extras.length, 0);
  const fn = scores.reduce((s, e) => s + e.misses.length, 0);
  const { precision, recall, f1 } = prf(tp, fp, fn);
  const countOf = (c: EntryScore['county']) => scores.filter((e) => e.county === c).length;
  return {
    precision,
    recall,
    f1,
    tp,
    fp,
    fn,
    values: {
      right: scores.reduce((s, e) => s + e.values.right, 0),
      total: scores.reduce((s, e) => s + e.values.total, 0),
    },
    unitAndYear: scores.filter((e) => e.unitRight && e.yearRight).length,
    unit: scores.filter((e) => e.unitRight).length,
    year: scores.filter((e) => e.yearRight).length,
    county: { right: countOf('right'), unknown: countOf('unknown'), wrong: countOf('wrong') },
    reports: scores.length,
  };
}
