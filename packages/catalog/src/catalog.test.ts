import { describe, expect, test } from 'vitest';
import {
  GROUPS,
  getIndicator,
  INDICATOR_KEYS,
  INDICATORS,
  indicatorsByGroup,
  isIndicatorKey,
} from './index.ts';

describe('indicator catalog', () => {
  test('has exactly one entry per key, in the order of the key list', () => {
    expect(INDICATORS.map((i) => i.key)).toEqual([...INDICATOR_KEYS]);
  });

  test('every indicator belongs to a known group and has a Chinese label and unit', () => {
    const groups = new Set(GROUPS.map((g) => g.key));
    for (const i of INDICATORS) {
      expect(groups.has(i.group), i.key).toBe(true);
      expect(i.label).toMatch(/[\u4e00-\u9fff]/);
      expect(i.unit.length).toBeGreaterThan(0);
    }
  });

  test.each([
    ['dispute.rate', 'rate', 'higher'],
    ['litig.lost_rate', 'rate', 'lower'],
    ['litig.lost', 'sum', 'lower'],
    ['recon.correction_rate', 'derived', 'lower'],
    ['pub.events', 'sum', 'higher'],
    ['dispute.cases', 'sum', 'neither'],
    ['recon.received', 'sum', 'neither'],
    ['litig.cases', 'sum', 'neither'],
  ] as const)('%s combines by %s and is better %s', (key, combine, direction) => {
    const i = getIndicator(key);
    expect(i.combine).toBe(combine);
    expect(i.direction).toBe(direction);
  });

  test('caseloads are neither better high nor low: 复议受理件数, 矛盾纠纷件数, 诉讼案件数 and their like', () => {
    const neutral = INDICATORS.filter((i) => i.direction === 'neither').map((i) => i.key);
    expect(neutral).toEqual([
      'dispute.cases',
      'dispute.resolved',
      'svc.consultations',
      'svc.legal_aid',
      'recon.received',
      'recon.closed',
      'recon.upheld',
      'recon.rejected',
      'recon.withdrawn',
      'recon.applications',
      'recon.mediated',
      'litig.cases',
      'litig.closed',
      'court.judgments_performed',
      'decision.major_decisions',
      'docs.normative',
      'open.requests',
      'enforce.inspections',
      'enforce.penalties',
    ]);
  });

  test('every rate says which way is better: a share is never a mere volume', () => {
    for (const i of INDICATORS.filter((x) => x.unit === '%')) expect(i.direction, i.key).not.toBe('neither');
  });

  test('rates use % and counts do not', () => {
    for (const i of INDICATORS) expect(i.unit === '%', i.key).toBe(i.combine !== 'sum');
  });

  test('groups cover every indicator once', () => {
    const grouped = indicatorsByGroup().flatMap((g) => g.indicators.map((i) => i.key));
    expect(grouped.sort()).toEqual([...INDICATOR_KEYS].sort());
  });

  test('rejects unknown keys', () => {
    expect(isIndicatorKey('pub.events')).toBe(true);
    expect(isIndicatorKey('pub.nope')).toBe(false);
    expect(() => getIndicator('pub.nope' as never)).toThrow(/unknown indicator/);
  });
});
