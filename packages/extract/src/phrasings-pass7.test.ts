import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Readings the seventh pass of real sentences (probes real-k, real-l: publicity, disputes, legal services)
// asked for, in sentences written for these tests in the style of the reports, not copied from them.

describe('disputes: what was resolved, prevented or counted again', () => {
  test.each<Row>([
    [
      'reads disputes named after 成功调解 as resolved',
      '司法所成功调解涉及征地补偿的矛盾纠纷6起。',
      [['dispute.resolved', 6, 'exact']],
    ],
    [
      'does not read disputes prevented as disputes handled',
      '全年排查发现矛盾纠纷260件，预防纠纷90件。',
      [['dispute.cases', 260, 'exact']],
    ],
    [
      'does not count mediation committees as disputes',
      '全县共有人民调解委员会215个，其中医疗纠纷调委会3个。',
      [],
    ],
    [
      'does not count a figure pointed back to (这…件), nor how it splits, again',
      '共受理矛盾纠纷120件，成功调处118件，这118件纠纷中110件达成书面协议。',
      [
        ['dispute.cases', 120, 'exact'],
        ['dispute.resolved', 118, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('legal services: aid cases, duty lawyers and questions answered', () => {
  test.each<Row>([
    [
      'does not read case files sampled for a quality review as legal aid cases',
      '市法律援助中心随机抽取办结归档的法律援助案卷60件进行质量评估。',
      [],
    ],
    [
      'reads a duty lawyer’s help (法律帮助) apart from legal aid',
      '全年受理法律援助案件210件，法律帮助案件75件。',
      [['svc.legal_aid', 210, 'exact']],
    ],
    [
      'does not read the lawsuits legal aid took on as the unit’s own lawsuits',
      '全年受理法律援助案件88件，其中诉讼案件50件。',
      [
        ['svc.legal_aid', 88, 'exact'],
        ['svc.legal_aid', 50, 'exact'],
      ],
    ],
    [
      'reads legal questions answered as consultations',
      '律师现场解答群众法律问题120余个。',
      [['svc.consultations', 120, 'over']],
    ],
    [
      'reads consultations counted in 批次',
      '接待群众来访法律咨询315批次。',
      [['svc.consultations', 315, 'exact']],
    ],
  ])('%s', checkFacts);
});
