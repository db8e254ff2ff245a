import { describe, expect, test } from 'vitest';
import { ambiguousUnit, CANDIDATES_SHOWN, candidatesOf, type UnitPlace, unitDivision } from './division.ts';

const at = (
  county: string | null,
  city: string | null = null,
  province: string | null = null,
): UnitPlace => ({
  county,
  city,
  province,
});

describe('a unit’s division by its name and place', () => {
  test.each<
    [string, string, 'town' | 'township' | 'subdistrict' | 'county' | 'county_dept', UnitPlace, string | null]
  >([
    ['settles a town inside the county named', '城关镇', 'town', at('嵩县'), '410325100'],
    [
      'settles a town whose name only one county has, with no county named',
      '邢庄镇',
      'town',
      at(null),
      '411624113',
    ],
    ['settles a county by its city', '鼓楼区', 'county', at(null, '福州市'), '350102'],
    ['gives a department its county’s code', '沈丘县人民政府办公室', 'county_dept', at('沈丘县'), '411624'],
    [
      'gives a department of a county with namesakes no code',
      '鼓楼区司法局',
      'county_dept',
      at('鼓楼区'),
      null,
    ],
    ['gives a department whose county is unknown no code', '司法局', 'county_dept', at(null), null],
    [
      'gives a town in a county the gazetteer does not know no code, not a namesake',
      '石桥镇',
      'town',
      at('云岭县'),
      null,
    ],
    ['gives a town its county does not have no code', '城关镇', 'town', at('宜阳县'), null],
    ['gives a name no division has no code', '望山镇', 'town', at(null), null],
  ])('%s', (_what, name, type, place, code) => {
    const d = unitDivision({ name, type }, place);
    expect(d.code).toBe(code);
    expect(d.candidates).toEqual([]);
  });

  test('leaves a town that many counties have open when no county is named, with every namesake', () => {
    const d = unitDivision({ name: '城关镇', type: 'town' }, at(null));
    expect(d.code).toBeNull();
    expect(d.candidates.length).toBeGreaterThan(80);
  });

  test('narrows the namesakes by the province named', () => {
    const d = unitDivision({ name: '城关镇', type: 'town' }, at(null, null, '河南'));
    expect(d.candidates.length).toBeGreaterThan(1);
    expect(d.candidates.every((c) => c.code.startsWith('41'))).toBe(true);
  });
});

describe('the refusal for an ambiguous name', () => {
  test('lists the first chains, says how many more, and carries them all as data', () => {
    const { candidates } = unitDivision({ name: '城关镇', type: 'town' }, at(null));
    const err = ambiguousUnit('a.txt', '城关镇', candidatesOf(candidates));
    expect(err.code).toBe('ambiguous_unit');
    expect(err.message).toMatch(/^a\.txt：“城关镇”在 \d+ 个县（区）都有，请指定所属县（区）：/);
    expect(err.message.split('；')).toHaveLength(CANDIDATES_SHOWN + 1);
    expect(err.message).toContain(`另有 ${candidates.length - CANDIDATES_SHOWN} 处未列出`);
    expect(err.candidates).toHaveLength(candidates.length);
    expect(err.candidates?.[0]).toEqual({
      code: candidates[0]?.code,
      label: expect.stringMatching(/·城关镇$/),
    });
  });

  test('lists two namesakes without a remainder', () => {
    const { candidates } = unitDivision({ name: '东关镇', type: 'town' }, at(null));
    expect(ambiguousUnit('b.txt', '东关镇', candidatesOf(candidates)).reason).toBe(
      '“东关镇”在 2 个县（区）都有，请指定所属县（区）：山西省·忻州市·保德县·东关镇；福建省·泉州市·永春县·东关镇',
    );
  });
});
