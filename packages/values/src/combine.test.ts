import type { IndicatorKey, Qualifier } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { combineMentions, looserQualifier } from './combine.ts';
import type { Mention } from './types.ts';

const mention = (
  key: IndicatorKey,
  value: number,
  text: string,
  qualifier: Qualifier = 'exact',
  role: Mention['role'] = null,
): Mention => ({ key, value, text, qualifier, role });

describe('looserQualifier', () => {
  test.each([
    ['exact yields to over', 'exact', 'over', 'over'],
    ['over stays over beside exact', 'over', 'exact', 'over'],
    ['two equal loose ones stay as they are', 'near', 'near', 'near'],
    ['two different loose ones (近十余次) make about', 'near', 'over', 'about'],
  ] as const)('%s', (_name, a, b, want) => {
    expect(looserQualifier(a, b)).toBe(want);
  });
});

describe('combineMentions', () => {
  test.each([
    [
      'sums the distinct mentions of a count',
      'pub.events',
      [mention('pub.events', 10, '宣传10次'), mention('pub.events', 5, '讲座5次')],
      { value: 15, qualifier: 'exact', used: 2 },
    ],
    [
      'counts one figure stated twice in the same words once',
      'pub.events',
      [mention('pub.events', 10, '宣传10次'), mention('pub.events', 10, '宣传10次')],
      { value: 10, qualifier: 'exact', used: 1 },
    ],
    [
      'lets a stated total stand over its parts (共19次，其中集中宣传9次)',
      'pub.events',
      [
        mention('pub.events', 19, '共19次', 'exact', 'total'),
        mention('pub.events', 9, '集中宣传9次', 'exact', 'part'),
        mention('pub.events', 4, '法律进农村4次', 'exact', 'part'),
      ],
      { value: 19, qualifier: 'exact', used: 1 },
    ],
    [
      'gives a sum the loosest qualifier of its parts (100余次 + 6次 = 106, over)',
      'pub.events',
      [mention('pub.events', 100, '100余次', 'over'), mention('pub.events', 6, '6次')],
      { value: 106, qualifier: 'over', used: 2 },
    ],
    [
      'never sums rates: the wording the catalog prefers wins (调解成功率 over 调解率)',
      'dispute.rate',
      [mention('dispute.rate', 90, '调解率90%'), mention('dispute.rate', 98, '调解成功率98%')],
      { value: 98, qualifier: 'exact', used: 1 },
    ],
    [
      'reads only the mentions of the key asked for',
      'pub.reach',
      [mention('pub.events', 10, '宣传10次'), mention('pub.reach', 3000, '受众3000人次')],
      { value: 3000, qualifier: 'exact', used: 1 },
    ],
  ] as const)('%s', (_name, key, facts, want) => {
    const combined = combineMentions(key, [...facts]);
    expect(combined && { ...combined, used: combined.used.length }).toEqual(want);
  });

  test('makes no value of parts alone', () => {
    expect(combineMentions('pub.events', [mention('pub.events', 9, '9次', 'exact', 'part')])).toBeUndefined();
  });
});
