import { describe, expect, test } from 'vitest';
import { extractReport } from './index.ts';
import type { ExtractResult, ReportMeta } from './types.ts';

// Invented place names; openings and signatures in the shapes township and county reports use.
type Meta = Pick<ReportMeta, 'unit' | 'unitType' | 'county' | 'year' | 'reportDate'>;

const lines = (...l: string[]) => l.join('\n');

function metaOf(text: string, year?: number): Meta {
  const result: ExtractResult = extractReport(text, { year });
  const { unit, unitType, county, year: covered, reportDate } = result.meta;
  return { unit, unitType, county, year: covered, reportDate };
}

describe('report metadata', () => {
  test.each<[name: string, text: string, expected: Meta]>([
    [
      'reads a town, its county from the title, and the signing date',
      lines(
        '青石县柳河镇人民政府关于2023年度法治政府建设情况的报告',
        '中共青石县委、青石县人民政府：',
        '2023年，柳河镇坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下。',
        '柳河镇人民政府',
        '2024年1月25日',
      ),
      { unit: '柳河镇', unitType: 'town', county: '青石县', year: 2023, reportDate: '2024-01-25' },
    ],
    [
      'reads a township and leaves the county unknown when no county is named',
      lines(
        '白杨乡人民政府关于2023年法治政府建设工作情况的报告',
        '2023年，我乡在上级党委、政府的正确领导下，扎实推进法治政府建设。',
        '白杨乡人民政府',
        '2024年2月3日',
      ),
      { unit: '白杨乡', unitType: 'township', county: null, year: 2023, reportDate: '2024-02-03' },
    ],
    [
      'shortens 街道办事处 to 街道 and takes the county from the addressee',
      lines(
        '南关街道办事处2023年法治政府建设工作报告',
        '中共桐溪县委全面依法治县委员会办公室：',
        '2023年，南关街道办事处深入学习贯彻习近平法治思想，法治建设取得新成效。',
        '南关街道办事处',
        '2023年12月28日',
      ),
      { unit: '南关街道', unitType: 'subdistrict', county: '桐溪县', year: 2023, reportDate: '2023-12-28' },
    ],
    [
      'reads an ethnic township as a township',
      lines(
        '龙潭土家族乡人民政府关于2023年度法治政府建设情况的报告',
        '中共云岭县委、云岭县人民政府：',
        '2023年，我乡坚持把法治政府建设摆在突出位置。',
        '龙潭土家族乡人民政府',
        '2024年1月10日',
      ),
      { unit: '龙潭土家族乡', unitType: 'township', county: '云岭县', year: 2023, reportDate: '2024-01-10' },
    ],
    [
      'reads a county department with its county',
      lines(
        '青石县自然资源局关于2023年度法治政府建设工作情况的报告',
        '青石县人民政府：',
        '2023年，我局在县委、县政府的坚强领导下，严格规范公正文明执法。',
        '青石县自然资源局',
        '2024年1月18日',
      ),
      {
        unit: '青石县自然资源局',
        unitType: 'county_dept',
        county: '青石县',
        year: 2023,
        reportDate: '2024-01-18',
      },
    ],
    [
      'reads a county government office as a county department, not the county',
      lines(
        '桐溪县人民政府办公室关于2023年度法治政府建设情况的报告',
        '2023年，县政府办公室认真履行推进法治建设第一责任人职责。',
        '桐溪县人民政府办公室',
        '2024年1月22日',
      ),
      {
        unit: '桐溪县人民政府办公室',
        unitType: 'county_dept',
        county: '桐溪县',
        year: 2023,
        reportDate: '2024-01-22',
      },
    ],
    [
      'reads a county government report from its title and signature',
      lines(
        '平川县人民政府关于2023年度法治政府建设情况的报告',
        '中共安川市委、安川市人民政府：',
        '2023年，我县以法治政府建设示范创建为抓手，推动各项工作落地见效。',
        '平川县人民政府',
        '2024年1月30日',
      ),
      { unit: '平川县', unitType: 'county', county: '平川县', year: 2023, reportDate: '2024-01-30' },
    ],
    [
      'reads a county from 我县 and the title of its own work plan',
      lines(
        '2023年，我县深入学习贯彻习近平法治思想，认真落实《平江县2023年法治政府建设工作要点》，法治政府建设取得新进展。',
      ),
      { unit: '平江县', unitType: 'county', county: '平江县', year: 2023, reportDate: null },
    ],
    [
      'takes a district named in the header as the county',
      lines(
        '安川市北溪区石桥镇人民政府',
        '关于2023年法治政府建设工作的报告',
        '2023年，石桥镇全面落实法治政府建设各项任务。',
        '2024年1月15日',
      ),
      { unit: '石桥镇', unitType: 'town', county: '北溪区', year: 2023, reportDate: '2024-01-15' },
    ],
    [
      'takes the covered year, not the signing year',
      lines(
        '河口镇人民政府关于2022年度法治政府建设情况的报告',
        '2022年，河口镇持续推进依法行政。',
        '河口镇人民政府',
        '2023年1月20日',
      ),
      { unit: '河口镇', unitType: 'town', county: null, year: 2022, reportDate: '2023-01-20' },
    ],
    [
      'reads a signing date written in Chinese numerals',
      lines(
        '三河镇2023年法治政府建设工作报告',
        '2023年，三河镇扎实推进法治政府建设。',
        '三河镇人民政府',
        '二〇二四年一月二十五日',
      ),
      { unit: '三河镇', unitType: 'town', county: null, year: 2023, reportDate: '2024-01-25' },
    ],
    [
      'reads the unit from the signature when the title does not name it',
      lines(
        '关于2023年度法治政府建设情况的报告',
        '中共青石县委、青石县人民政府：',
        '2023年，我镇坚持依法决策、依法行政。',
        '东岭镇人民政府',
        '2024年1月12日',
      ),
      { unit: '东岭镇', unitType: 'town', county: '青石县', year: 2023, reportDate: '2024-01-12' },
    ],
    [
      'keeps the covered year when the body plans for the next year',
      lines(
        '红星街道办事处关于2023年度法治政府建设情况的报告',
        '一、2023年工作开展情况',
        '全年推进法治政府建设各项任务。',
        '二、2024年工作打算',
        '持续深化法治街道建设。',
        '红星街道办事处',
        '2024年1月8日',
      ),
      { unit: '红星街道', unitType: 'subdistrict', county: null, year: 2023, reportDate: '2024-01-08' },
    ],
    [
      'reads a zero-padded signing date',
      lines(
        '平川县司法局2023年度法治政府建设工作报告',
        '2023年，县司法局统筹推进法治政府建设。',
        '平川县司法局',
        '2024年01月05日',
      ),
      {
        unit: '平川县司法局',
        unitType: 'county_dept',
        county: '平川县',
        year: 2023,
        reportDate: '2024-01-05',
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(metaOf(text)).toEqual(expected);
  });

  test.each<[name: string, text: string, optionYear: number, year: number]>([
    ['falls back to the year option when the text states no year', '我镇全面推进依法行政。', 2023, 2023],
    [
      'prefers the year the text states over the year option',
      '河口镇人民政府关于2022年度法治政府建设情况的报告',
      2023,
      2022,
    ],
  ])('%s', (_name, text, optionYear, year) => {
    expect(metaOf(text, optionYear).year).toBe(year);
  });
});
