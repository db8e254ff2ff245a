import { describe, expect, test } from 'vitest';
import { extractReport } from '../index.ts';

const TITLE = '石桥镇人民政府关于2023年度法治政府建设情况的报告\n';
const facts = (text: string) =>
  extractReport(TITLE + text).facts.map((f) => ({ key: f.key, value: f.value, year: f.year, text: f.text }));

describe('tables that reached us as text', () => {
  test('reads a row of a label against year columns, each figure for its year, from the row itself', () => {
    const got = facts(
      '附表：主要工作指标完成情况\n序号　指标名称　单位　2023年　2022年\n1　排查调处矛盾纠纷　件　112　97\n2　开展普法宣传活动　场次　38　31\n',
    );
    expect(got).toEqual([
      { key: 'dispute.cases', value: 112, year: 2023, text: '排查调处矛盾纠纷　件　112' },
      { key: 'dispute.cases', value: 97, year: 2022, text: '排查调处矛盾纠纷　件　112　97' },
      { key: 'pub.events', value: 38, year: 2023, text: '开展普法宣传活动　场次　38' },
      { key: 'pub.events', value: 31, year: 2022, text: '开展普法宣传活动　场次　38　31' },
    ]);
  });

  test.each([
    ['two or more spaces', '指标  单位  2023年\n调处矛盾纠纷  件  50\n行政执法检查  次  64\n'],
    ['tabs', '指标\t单位\t2023年\n调处矛盾纠纷\t件\t50\n行政执法检查\t次\t64\n'],
    ['bars', '| 指标 | 单位 | 2023年 |\n| 调处矛盾纠纷 | 件 | 50 |\n| 行政执法检查 | 次 | 64 |\n'],
  ])('splits cells at %s', (_name, table) => {
    expect(facts(table).map((f) => [f.key, f.value, f.year])).toEqual([
      ['dispute.cases', 50, 2023],
      ['enforce.inspections', 64, 2023],
    ]);
  });

  test('takes the unit from the label when the table has no unit column', () => {
    expect(
      facts('指标　2023年　2022年\n调处矛盾纠纷（件）　50　41\n调处率（%）　98　95\n').map((f) => [
        f.key,
        f.value,
        f.year,
      ]),
    ).toEqual([
      ['dispute.cases', 50, 2023],
      ['dispute.cases', 41, 2022],
      ['dispute.rate', 98, 2023],
      ['dispute.rate', 95, 2022],
    ]);
  });

  test('reads one row of figures under a row of labels, with the unit from a 单位 note', () => {
    const got = facts(
      '（一）行政复议工作。\n表1　2023年行政复议案件办理情况（单位：件）\n受理　审结　维持　撤销\n88　63　38　1\n全年直接纠错1件。\n',
    );
    expect(got.map((f) => [f.key, f.value])).toEqual([
      ['recon.received', 88],
      ['recon.closed', 63],
      ['recon.upheld', 38],
      ['recon.revoked', 1],
      ['recon.direct_corrections', 1],
    ]);
  });

  test.each([
    ['figures with no unit anywhere', '指标　2023年　2022年\n调处矛盾纠纷　50　41\n'],
    ['prose set with wide spaces', '2023年　我镇　深入推进法治建设\n全镇　干部　群众　积极参与\n'],
    ['a lone row of figures under words that are not labels', '联系人　电话　邮编\n0731　8562214　410000\n'],
  ])('finds nothing in %s', (_name, text) => {
    expect(facts(text)).toEqual([]);
  });
});
