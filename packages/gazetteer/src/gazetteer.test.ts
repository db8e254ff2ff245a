import { describe, expect, test } from 'vitest';
import {
  chainLabel,
  divisionByCode,
  findByStem,
  findDivisions,
  findMentions,
  findPrefix,
  isDivision,
  loadGazetteer,
  regionOf,
  resolveCounty,
  resolveTown,
} from './index.ts';

const codes = (name: string, level?: Parameters<typeof findDivisions>[1]) =>
  findDivisions(name, level).map((d) => d.code);

describe('the gazetteer', () => {
  test('holds the four levels of the 2023 codes and no villages', () => {
    expect(loadGazetteer().divisions).toBeGreaterThan(44_000);
    expect(divisionByCode('500240')?.name).toBe('石柱土家族自治县');
    expect(divisionByCode('500240210')?.name).toBe('石家乡');
    expect(divisionByCode('500240210001')).toBeNull();
  });

  test.each<[name: string, written: string, official: string, code: string]>([
    ['an autonomous county by its short form', '石柱县', '石柱土家族自治县', '500240'],
    ['an autonomous county by its full name', '石柱土家族自治县', '石柱土家族自治县', '500240'],
    ['an ethnic township by its short form', '铁石乡', '铁石苗族彝族乡', '520581203'],
    ['a street by 街 for 街道', '龙归街', '龙归街道', '440111020'],
    ['a street the data writes 街 by 街道', '吴家山街道', '吴家山街', '420112001'],
    ['a county-level city as a county', '天长市', '天长市', '341181'],
    ['an autonomous prefecture by 州', '楚雄州', '楚雄彝族自治州', '5323'],
    ['an autonomous region by its short name', '广西', '广西壮族自治区', '45'],
    ['a municipality by its short name', '重庆', '重庆市', '50'],
  ])('finds %s', (_name, written, official, code) => {
    const [d] = findDivisions(written);
    expect([d?.name, d?.code]).toEqual([official, code]);
  });

  test.each([
    ['a verb phrase ending in 镇', '要求镇'],
    ['a word ending in 镇', '城镇'],
    ['an old county name', '梅县'],
  ])('does not take %s for a division', (_name, written) => {
    expect(isDivision(written)).toBe(false);
  });

  test('finds bare stems apart from names', () => {
    expect(findByStem('上城', 'county').map((d) => d.name)).toEqual(['上城区']);
    expect(codes('上城')).toEqual([]);
  });

  test.each<[name: string, code: string, label: string]>([
    ['a municipality without a city level', '500240210', '重庆市·石柱土家族自治县·石家乡'],
    ['a province, city, county and town', '441625112', '广东省·河源市·东源县·黄村镇'],
    ['a city without counties', '441900003', '广东省·东莞市·东城街道'],
    ['a county under its province directly', '429004', '湖北省·仙桃市'],
  ])('labels the chain of %s', (_name, code, label) => {
    const d = divisionByCode(code);
    expect(d && chainLabel(d)).toBe(label);
  });

  test('gives the region of a town, level by level', () => {
    const d = divisionByCode('441625112');
    const r = d ? regionOf(d) : null;
    expect([r?.province?.name, r?.city?.name, r?.county?.name, r?.town?.name]).toEqual([
      '广东省',
      '河源市',
      '东源县',
      '黄村镇',
    ]);
  });
});

describe('resolving a name among its namesakes', () => {
  test.each<
    [
      name: string,
      town: string,
      context: Parameters<typeof resolveTown>[1],
      code: string | null,
      count: number,
    ]
  >([
    ['leaves 城关镇 open without a context', '城关镇', {}, null, 91],
    ['settles 城关镇 by its county', '城关镇', { county: '嵩县' }, '410325100', 1],
    ['settles a town by its province', '黄村镇', { province: '广东' }, '441625112', 1],
    ['settles a town by a short county name', '石家乡', { county: '石柱县' }, '500240210', 1],
    ['settles a town by a city and a county code', '北和镇', { county: '440882' }, '440882114', 1],
    ['takes a unique name without a context', '北和镇', {}, '440882114', 1],
    ['ignores a context that names no division', '北和镇', { county: '示例县' }, '440882114', 1],
    ['finds none when the context excludes every namesake', '北和镇', { province: '浙江' }, null, 0],
  ])('%s', (_name, town, context, code, count) => {
    const r = resolveTown(town, context);
    expect([r.division?.code ?? null, r.candidates.length]).toEqual([code, count]);
  });

  test('settles a county shared by two cities by the city', () => {
    expect(resolveCounty('朝阳区').candidates.length).toBe(2);
    expect(resolveCounty('朝阳区', { city: '长春市' }).division?.code).toBe('220104');
  });
});

describe('a name at the start of a text', () => {
  test.each<[name: string, text: string, level: 'city' | 'county', found: string | null]>([
    ['takes the longest county name', '梅县区人民政府', 'county', '梅县区'],
    ['takes a short form', '石柱县石家乡', 'county', '石柱县'],
    ['takes a city before its county', '湛江市雷州市', 'city', '湛江市'],
    ['finds none where no name begins', '要求镇村干部', 'county', null],
  ])('%s', (_name, text, level, found) => {
    expect(findPrefix(text, level)?.name ?? null).toBe(found);
  });
});

describe('division names in a text', () => {
  test.each<[name: string, text: string, found: string[]]>([
    ['finds county and town names apart', '中共渠县县委：宝城镇', ['渠县', '宝城镇']],
    ['takes the longest name at a place', '石柱土家族自治县石家乡', ['石柱土家族自治县', '石家乡']],
    ['finds a city before its county', '湛江市雷州市北和镇', ['湛江市', '雷州市', '北和镇']],
    ['finds nothing in a verb phrase', '要求镇村干部带头学法', []],
  ])('%s', (_name, text, found) => {
    expect(findMentions(text).map((m) => m.name)).toEqual(found);
  });

  test('keeps the levels asked for', () => {
    expect(findMentions('渠县宝城镇', ['town']).map((m) => [m.name, m.start, m.end])).toEqual([
      ['宝城镇', 2, 5],
    ]);
  });
});
