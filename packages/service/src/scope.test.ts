import { describe, expect, test } from 'vitest';
import { regionCovers, regionWithin, scopeIn, WHOLE } from './scope.ts';

// 河南省 → 周口市 → 沈丘县, 郸城县; 河南省 → 开封市 → 杞县; 示例县 stands alone
const PLACES = [
  { id: 1, name: '河南省', level: 'province' as const, parentId: null },
  { id: 2, name: '周口市', level: 'city' as const, parentId: 1 },
  { id: 3, name: '沈丘县', level: 'county' as const, parentId: 2 },
  { id: 4, name: '郸城县', level: 'county' as const, parentId: 2 },
  { id: 5, name: '开封市', level: 'city' as const, parentId: 1 },
  { id: 6, name: '杞县', level: 'county' as const, parentId: 5 },
  { id: 7, name: '示例县', level: 'county' as const, parentId: null },
];

describe('regionCovers', () => {
  test.each([
    ['no region (the whole installation) reads every county', null, 3, true],
    ['no region also reads a unit whose county is not known yet', null, null, true],
    ['a province reads a county two levels below it', 1, 6, true],
    ['a province does not read a county outside it', 1, 7, false],
    ['a city reads its own counties', 2, 4, true],
    ['a city does not read a county of a sibling city', 2, 6, false],
    ['a county reads itself', 3, 3, true],
    ['a county does not read its neighbour', 3, 4, false],
    ['a region does not read a unit whose county is not known yet', 1, null, false],
    ['an unknown region reads nothing', 99, 3, false],
  ])('%s', (_, region, county, covered) => {
    expect(regionCovers(scopeIn(PLACES, region), county)).toBe(covered);
  });
});

describe('regionWithin', () => {
  test.each([
    ['the whole installation gives any region', null, 6, true],
    ['the whole installation gives the whole installation', null, null, true],
    ['a province gives one of its cities', 1, 2, true],
    ['a province gives itself', 1, 1, true],
    ['a city does not give its province', 2, 1, false],
    ['a city does not give the whole installation', 2, null, false],
    ['a county does not give a sibling county', 3, 4, false],
  ])('%s', (_, admin, given, ok) => {
    expect(regionWithin(scopeIn(PLACES, admin), given)).toBe(ok);
  });
});

test('the scope of no region is the whole installation', () => {
  expect(scopeIn(PLACES, null)).toBe(WHOLE);
});

test('a city scope lists its counties and names itself', () => {
  const scope = scopeIn(PLACES, 2);
  expect(scope.kind === 'region' && [...scope.countyIds].sort()).toEqual([3, 4]);
  expect(scope.kind === 'region' && scope.region.name).toBe('周口市');
});
