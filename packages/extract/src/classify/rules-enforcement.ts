import { notReconOrLitig, type Rule } from './rule.ts';
import { CASES, PEOPLE, TIMES } from './vocab.ts';

/** Rules for inspections, penalties, case-file reviews and certificate holders. */
export const ENFORCEMENT_RULES: Rule[] = [
  // 行政执法
  { key: 'enforce.case_reviews', measures: TIMES, cue: /评查/g },
  { key: 'enforce.case_reviews', measures: TIMES, right: true, cue: /^[^,，。]{0,6}评查/g },
  {
    key: 'enforce.inspections',
    measures: new Set([...TIMES, '户次', '家次']),
    cue: /执法检查|行政检查|监督检查|检查/g,
    when: (c) => /执法|行政检查|监督检查/.test(c.clause),
    not: /督查|评查/,
  },
  {
    key: 'enforce.penalties',
    measures: CASES,
    cue: /行政处罚|处罚案件|处罚决定|立案查处|查处|处罚/g,
    when: notReconOrLitig,
    // 不予行政处罚, 免予处罚: decisions not to penalise
    not: /金额|罚款|罚没|元|处罚类|类案件|不予|免予|免罚/,
  },
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    cue: /持有?(?:行政)?执法证(?:件)?(?:的)?(?:人员|执法人员)?(?:共|达|有)?|持证(?:执法)?人员(?:共|达|有)?/g,
  },
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,10}持有?(?:行政)?执法证/g,
  },
];
