import type { IndicatorKey, Qualifier } from '@fazhi/catalog';
import { expect } from 'vitest';
import { extractReport } from './index.ts';
import type { ExtractResult } from './types.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.
// A fact row is [key, value, qualifier] or [key, value, qualifier, year] when the year is not the report year.
export type ExpectedFact = [IndicatorKey, number, Qualifier] | [IndicatorKey, number, Qualifier, number];
export type Row = [name: string, sentence: string, facts: ExpectedFact[]];

export const YEAR = 2023;
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万]/;

export const extract = (text: string): ExtractResult => extractReport(text, { year: YEAR });
const sig = (key: string, value: number, qualifier: string, year: number | null) =>
  `${key} ${+value.toFixed(4)} ${qualifier} ${year}`;

/** The facts of `sentence` equal `expected` as a multiset, and every fact points at its own span. */
export function expectFacts(sentence: string, expected: ExpectedFact[]): void {
  const { facts } = extract(sentence);
  const got = facts.map((f) => sig(f.key, f.value, f.qualifier, f.year)).sort();
  const want = expected
    .map(([key, value, qualifier, year = YEAR]) => sig(key, value, qualifier, year))
    .sort();
  expect(got).toEqual(want);
  for (const f of facts) {
    expect(f.text.length).toBeGreaterThan(0);
    expect(sentence.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toMatch(NUMERAL);
  }
}

export const checkFacts = (_name: string, sentence: string, facts: ExpectedFact[]) =>
  expectFacts(sentence, facts);
