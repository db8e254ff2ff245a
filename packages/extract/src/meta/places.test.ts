import { describe, expect, test } from 'vitest';
import { extractReport } from '../index.ts';
import type { ReportMeta } from '../types.ts';

// Openings written for these tests, with real places of the 2023 codes (and one example county).
type Place = Pick<ReportMeta, 'unit' | 'unitType' | 'county' | 'city' | 'province' | 'divisionCode'>;

const lines = (...l: string[]) => l.join('\n');

function placeOf(text: string): Place {
  const { unit, unitType, county, city, province, divisionCode } = extractReport(text).meta;
  return { unit, unitType, county, city, province, divisionCode };
}

const none: Place = {
  unit: null,
  unitType: null,
  county: null,
  city: null,
  province: null,
  divisionCode: null,
};

describe('units are real divisions', () => {
  test.each<[name: string, text: string, expected: Partial<Place>]>([
    [
      'does not make a town of a verb phrase',
      '2024年，镇党委要求镇村干部带头学法，以镇为单位组建镇村法律顾问团队。',
      { unit: null },
    ],
    [
      'does not name a town the codes lack when only the body names it',
      '2023年，白鹭岭镇深入推进依法行政，开展普法活动12场。',
      { unit: null },
    ],
    [
      'names a town the body names, with the county, city and province of its only namesake',
      '2024年是收官之年，北和镇在市委、市政府的领导下推进依法行政。',
      {
        unit: '北和镇',
        unitType: 'town',
        county: '雷州市',
        city: '湛江市',
        province: '广东',
        divisionCode: '440882114',
      },
    ],
    [
      'writes an ethnic township by its official name',
      lines('黔西市铁石乡2024年度法治政府建设工作情况报告', '2024年，铁石乡坚持依法行政。'),
      { unit: '铁石苗族彝族乡', unitType: 'township', county: '黔西市', divisionCode: '520581203' },
    ],
    [
      'reads 街 as the street of that name',
      '2022年，在区委、区政府的领导下，龙归街始终坚持依法行政。',
      { unit: '龙归街道', unitType: 'subdistrict', county: '白云区', city: '广州市' },
    ],
    [
      'writes an autonomous county by its official name',
      lines('石柱县人民政府关于2023年度法治政府建设情况的报告', '2023年，我县深入推进依法行政。'),
      { unit: '石柱土家族自治县', unitType: 'county', county: '石柱土家族自治县', city: '重庆市' },
    ],
    [
      'reads a county-level city as a county',
      lines('天长市人民政府关于2022年度法治政府建设情况的报告', '2022年，我市深入推进依法行政。'),
      { unit: '天长市', unitType: 'county', county: '天长市', city: '滁州市', province: '安徽' },
    ],
    [
      'takes a county by its longest name',
      '一年来，梅县区坚持依法行政，法治政府建设取得新成效。',
      { unit: '梅县区', unitType: 'county', county: '梅县区', divisionCode: '441403' },
    ],
    [
      'names a town that was a township in the codes by its level of now',
      '2025年，黎场镇在县委的领导下推进依法行政，为石柱县经济社会发展提供法治保障。',
      { unit: '黎场镇', unitType: 'town', county: '石柱土家族自治县', divisionCode: '500240203' },
    ],
    [
      'names a street that was a town in the codes, settled by its county',
      lines('中共石柱县委：', '2025年，黄水街道在县委的领导下推进依法行政。'),
      { unit: '黄水街道', unitType: 'subdistrict', county: '石柱土家族自治县' },
    ],
    [
      'takes the county a street is in from the text when the codes file the street under a zone',
      '2025年，银杏大街街道在文峰区委、区政府的领导下推进依法行政。',
      { unit: '银杏大街街道', county: '文峰区', city: '安阳市' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(placeOf(text)).toMatchObject(expected);
  });
});

describe('a name many counties share', () => {
  test('leaves the county to a person and lists the namesakes', () => {
    const meta = extractReport(
      lines('城关镇人民政府关于2023年度法治政府建设情况的报告', '全镇推进依法行政。'),
    ).meta;
    expect([meta.unit, meta.county, meta.divisionCode]).toEqual(['城关镇', null, null]);
    expect(meta.candidates?.length).toBeGreaterThan(80);
    expect(meta.candidates).toContainEqual({ code: '410325100', label: '河南省·洛阳市·嵩县·城关镇' });
  });

  test.each<[name: string, text: string, expected: Partial<Place>]>([
    [
      'settles it by the county in the addressee',
      lines(
        '城关镇2023年法治政府建设情况报告',
        '中共嵩县县委、嵩县人民政府：',
        '2023年，城关镇推进依法行政。',
      ),
      { unit: '城关镇', county: '嵩县', city: '洛阳市', province: '河南', divisionCode: '410325100' },
    ],
    [
      'settles it by the province the text names',
      '2025年，黄村镇在县委的领导下，深入学习贯彻对广东系列重要讲话精神，推进依法行政。',
      { unit: '黄村镇', county: '东源县', city: '河源市', divisionCode: '441625112' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(placeOf(text)).toMatchObject(expected);
  });
});

describe('departments', () => {
  test.each<[name: string, text: string, expected: Partial<Place>]>([
    [
      'writes out a short body name',
      '2023年，通城县人社局坚持以习近平法治思想为指导，推进依法行政。',
      { unit: '通城县人力资源和社会保障局', unitType: 'county_dept', county: '通城县' },
    ],
    [
      'writes the county once when the text repeats its level',
      '2022年，元谋县县卫生健康局在县委、县政府的领导下推进依法行政。',
      { unit: '元谋县卫生健康局', county: '元谋县', city: '楚雄彝族自治州' },
    ],
    [
      'makes a city bureau’s county branch a department of the county',
      '2025年，岳阳市生态环境局岳阳县分局（以下简称“我局”）坚持依法行政。',
      { unit: '岳阳县生态环境分局', unitType: 'county_dept', county: '岳阳县' },
    ],
    [
      'completes a subject without its county by the county the addressee names',
      lines('中共三门县委、三门县人民政府：', '2021年，县公安局在县委县政府的领导下推进依法行政。'),
      { unit: '三门县公安局', county: '三门县', city: '台州市' },
    ],
    [
      'takes the department a 我局 report names in full',
      '2024年，我局认真履职。制定《龙岩市永定区卫生健康局2024年法治工作要点》，我局全年开展执法检查20次。',
      { unit: '永定区卫生健康局', county: '永定区', divisionCode: '350803' },
    ],
    [
      'reads the county whose opening follows the addressee on the same line',
      '中共嘉兴市委、嘉兴市人民政府: 2022年,海宁市坚持以习近平法治思想为指导，推进依法行政。',
      { unit: '海宁市', unitType: 'county', county: '海宁市' },
    ],
    [
      'names no unit for a report that speaks as a town and names none, though its county is the addressee',
      lines(
        '中共通城县委、通城县人民政府：',
        '2022年，在县委、县政府的正确领导下，我镇坚持依法行政，全镇推进法治建设。',
      ),
      { unit: null, county: '通城县' },
    ],
    [
      'completes a title’s body without its county by the county the text names',
      lines(
        '区城市管理局关于2022年法治政府建设情况的报告',
        '对照《2022年重庆市九龙坡区法治政府建设工作要点》，区城市管理局聚焦城市管理领域法治建设。',
        '落实《重庆市九龙坡区贯彻落实法治中国建设规划的实施方案》。',
      ),
      { unit: '九龙坡区城市管理局', unitType: 'county_dept', county: '九龙坡区' },
    ],
    [
      'names no town for a report that speaks as a bureau and names none',
      lines(
        '高新区综治局2021年法治政府建设年度报告',
        '2021年，我局严格依法履职，指导唐家湾镇开展普法，唐家湾镇调解纠纷。',
      ),
      { unit: null },
    ],
    [
      'keeps a county whose name begins with a function word (将乐县)',
      lines(
        '中共将乐县委员会,将乐县人民政府:',
        '2024年,古镛镇法治政府建设工作在县委、县政府的有力指导下推进。',
      ),
      { unit: '古镛镇', county: '将乐县' },
    ],
    [
      'ends the subject before 根据',
      '2024年,城东区市场监督管理局根据区委全面依法治区委员会的部署，坚持依法行政。',
      { unit: '城东区市场监督管理局', unitType: 'county_dept', county: '城东区' },
    ],
    [
      'writes out 林草局',
      '2024年，绿春县林草局坚持以习近平法治思想为指导，推进依法行政。',
      { unit: '绿春县林业和草原局', county: '绿春县' },
    ],
    [
      'makes no county of a development zone a report declares',
      lines('武汉经开区统计局2025年法治政府建设年度报告', '2025年，我局坚持依法统计，推进依法行政。'),
      { county: null },
    ],
    [
      'takes no county from counties listed together with others',
      '2023年以来，区市场监管局坚持依法行政，与新都区、成华区市场监管部门开展联合执法。',
      { county: null },
    ],
    [
      'states no county a text naming no unit meets once in passing',
      '2022年，我委深入学习习近平法治思想，做好武隆区对口协调发展服务工作，推进依法行政。',
      { unit: null, county: null },
    ],
    [
      'names no department when the text names no county',
      '2024年，区发展改革委坚持以习近平法治思想为指导，推进依法行政。',
      none,
    ],
    [
      'takes a county report its justice bureau publishes as the county’s',
      lines(
        '发布机构：通城县司法局',
        '关于2024年度法治政府建设情况的报告',
        '2024年，通城县坚持以习近平法治思想为指导，推进依法行政。',
      ),
      { unit: '通城县', unitType: 'county', county: '通城县' },
    ],
    [
      'takes the publishing bureau when the text speaks as the bureau',
      lines('发布机构：通城县司法局', '关于2024年度法治政府建设情况的报告', '2024年，我局推进依法行政。'),
      { unit: '通城县司法局', unitType: 'county_dept', county: '通城县' },
    ],
    [
      'keeps a department of a county the report declares but the codes lack',
      lines('示例县司法局2023年度法治政府建设工作报告', '2023年，我局推进依法行政。', '示例县司法局'),
      { unit: '示例县司法局', unitType: 'county_dept', county: '示例县', divisionCode: null },
    ],
  ])('%s', (_name, text, expected) => {
    expect(placeOf(text)).toMatchObject(expected);
  });
});
