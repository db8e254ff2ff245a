import type { ExtractResult, Fact } from '@fazhi/extract';
import { describe, expect, test } from 'vitest';
import type { GoldEntry } from './gold.ts';
import { scoreEntry, summarise } from './score.ts';

const TEXT = '全年开展普法宣传活动12场，发放资料500份，接受法律咨询30人次。';

const gold: GoldEntry = {
  file: 'x.txt',
  unit: '石桥镇',
  unit_type: 'town',
  county: '云岭县',
  year: 2023,
  facts: [
    { key: 'pub.events', value: 12, qualifier: 'exact', evidence: '普法宣传活动12场' },
    { key: 'pub.materials', value: 500, qualifier: 'exact', evidence: '发放资料500份' },
  ],
  expected: { 'pub.events': { value: 12, qualifier: 'exact' } },
  unmapped: [{ value: 30, evidence: '法律咨询30人次' }],
  not_facts: [{ phrase: '2023年', value: null }],
};

function fact(key: Fact['key'], value: number, evidence: string): Fact {
  const start = TEXT.indexOf(evidence);
  return {
    key,
    value,
    qualifier: 'exact',
    year: 2023,
    derived: false,
    role: null,
    start,
    end: start + evidence.length,
    text: evidence,
  };
}

function result(facts: Fact[], county: string | null): ExtractResult {
  return {
    meta: {
      unit: '石桥镇',
      unitType: 'town',
      county,
      city: null,
      province: null,
      year: 2023,
      signedOn: null,
      reportDate: null,
    },
    facts,
    values: { 'pub.events': { value: 12, qualifier: 'exact' } },
    flags: [],
    unread: [],
  };
}

describe('scoring against the gold', () => {
  test.each([
    ['counts a fact that matches key, value and year', [fact('pub.events', 12, '普法宣传活动12场')], 1, 0, 1],
    ['counts a wrong key as both a miss and an extra', [fact('pub.reach', 12, '普法宣传活动12场')], 0, 1, 2],
    [
      'ignores an extra that the gold lists as unmapped',
      [fact('svc.consultations', 30, '法律咨询30人次')],
      0,
      0,
      2,
    ],
    [
      'matches a repeated fact only once',
      [fact('pub.events', 12, '普法宣传活动12场'), fact('pub.events', 12, '普法宣传活动12场')],
      1,
      1,
      1,
    ],
  ])('%s', (_name, facts, tp, extras, misses) => {
    const s = scoreEntry(gold, TEXT, result(facts, '云岭县'));
    expect([s.tp, s.extras.length, s.misses.length]).toEqual([tp, extras, misses]);
  });

  test.each([
    ['right when equal', '云岭县', 'right'],
    ['unknown when not found', null, 'unknown'],
    ['wrong when another county is stated', '沈丘县', 'wrong'],
  ] as const)('calls a county %s', (_name, county, verdict) => {
    expect(scoreEntry(gold, TEXT, result([], county)).county).toBe(verdict);
  });

  test.each([
    ['石柱县', '石柱土家族自治县', 'right'],
    ['屏边苗族自治县', '屏边县', 'right'],
    ['石柱县', '彭水县', 'wrong'],
  ] as const)(
    'calls %s against a gold %s %s: one county by its short or official name',
    (got, county, verdict) => {
      expect(scoreEntry({ ...gold, county }, TEXT, result([], got)).county).toBe(verdict);
    },
  );

  test('computes precision, recall and F1 over a set', () => {
    const a = scoreEntry(gold, TEXT, result([fact('pub.events', 12, '普法宣传活动12场')], '云岭县'));
    const sum = summarise([a]);
    expect(sum).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(sum.f1).toBeCloseTo(2 / 3);
  });
});
