import { describe, expect, test } from 'vitest';
import { regionGroups, regionLabel } from './regionGroups.ts';

const r = (id: number, name: string, level: 'province' | 'city' | 'county', parentId: number | null) => ({
  id,
  name,
  level,
  parentId,
});
const REGIONS = [
  r(1, '河南', 'province', null),
  r(2, '周口市', 'city', 1),
  r(3, '沈丘县', 'county', 2),
  r(4, '郸城县', 'county', 2),
  r(5, '汉中市', 'city', null),
  r(6, '南郑区', 'county', 5),
  r(7, '示例县', 'county', null),
  r(8, '项城市', 'county', 1),
];
const labels = (within: number | null) =>
  regionGroups(REGIONS, within).map((g) => `${g.label}: ${g.choices.map((c) => c.label).join('、')}`);

describe('regionGroups', () => {
  test.each([
    [
      'groups counties by city for a whole-installation admin, provinces first, loose counties last',
      null,
      [
        '省: 河南（全省）',
        '汉中市: 汉中市（全市）、南郑区',
        '河南 周口市: 周口市（全市）、郸城县、沈丘县',
        '其他县区: 示例县、项城市',
      ],
    ],
    [
      'offers a province admin only the province and what lies below it',
      1,
      ['省: 河南（全省）', '河南 周口市: 周口市（全市）、郸城县、沈丘县', '其他县区: 项城市'],
    ],
    ['offers a city admin the city and its counties', 2, ['河南 周口市: 周口市（全市）、郸城县、沈丘县']],
    ['offers a county admin only the county, under its city', 3, ['河南 周口市: 沈丘县']],
  ])('%s', (_, within, expected) => {
    expect(labels(within)).toEqual(expected);
  });
});

test.each([
  ['names no region as the whole installation', null, '全部地区'],
  ['marks a city as the whole city', { name: '周口市', level: 'city' as const }, '周口市（全市）'],
  ['names a county plainly', { name: '沈丘县', level: 'county' as const }, '沈丘县'],
])('regionLabel %s', (_, region, label) => {
  expect(regionLabel(region)).toBe(label);
});
