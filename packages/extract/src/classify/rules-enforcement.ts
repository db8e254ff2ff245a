import { notReconOrLitig, type Rule } from './rule.ts';
import { PEOPLE, TIMES } from './vocab.ts';

/** Visits counted one by one: 检查企业409家次, 检查车辆12800辆次, 控烟检查362起. */
const VISITS = new Set([...TIMES, '起', '户次', '家次', '辆次', '艘次']);
/** A 检查 is an enforcement inspection in a paragraph about enforcement, or when counted in visits. */
const ENFORCEMENT_SCENE = /执法|行政检查|监督检查|处罚|查处|违法|监管|整治|双随机/;
/** 行政许可类727件;行政处罚类241件…;行政检查类1491件: an enforcement body's yearly figures by kind of action. */
const ACTION_KINDS = /行政(?:许可|征收|强制|检查|处罚)类[^。]*行政(?:许可|征收|强制|检查|处罚)类/;
const byActionKind = (c: { sentence: string; paragraphBefore: string }) => {
  const scene = `${c.paragraphBefore}${c.sentence}`;
  return ACTION_KINDS.test(scene) && !/复议|诉讼/.test(scene);
};
/** People who hold a certificate now (全部取得, 目前…取得), not those newly certified this year. */
const STOCK = /全部|全员|均已|均|都已|目前|现有|现已|截至目前|共有/;
const NEWLY = /新取得|新增|新考取|新申领|新领取|今年|本年|年内|当年|全年/;

/** Rules for inspections, penalties, case-file reviews and certificate holders. */
export const ENFORCEMENT_RULES: Rule[] = [
  // 行政执法
  { key: 'enforce.case_reviews', measures: TIMES, cue: /评查/g },
  { key: 'enforce.case_reviews', measures: TIMES, right: true, cue: /^[^,，。]{0,6}评查/g },
  {
    key: 'enforce.inspections',
    measures: VISITS,
    cue: /执法检查|行政检查|监督检查|检查|抽查/g,
    when: (c) =>
      ENFORCEMENT_SCENE.test(c.sentence) ||
      (ENFORCEMENT_SCENE.test(c.paragraphBefore) && c.token.measure !== '起') ||
      /^(?:家次|户次|辆次|艘次)$/.test(c.token.measure),
    // supervision of other bodies, checks received and health checks are not enforcement
    not: /督查|评查|督导|考核|验收|体检|自查|指导|迎检|接受|健康/,
  },
  // 开展无证无照专项行动18次 in a paragraph on enforcement: a special enforcement action (catalog README)
  {
    key: 'enforce.inspections',
    measures: TIMES,
    cue: /专项(?:整治|治理|检查|清理)?行动$/g,
    when: (c) => ENFORCEMENT_SCENE.test(`${c.paragraphBefore}${c.sentence}`),
    not: /普法|宣传|学习|培训(?!机构)|宣讲/,
  },
  // 开展联合执法2次, 专项执法行动12次, 统计执法4次: enforcement operations
  {
    key: 'enforce.inspections',
    measures: TIMES,
    cue: /执法(?:行动)?$/g,
    not: /培训|会议|学习|讲座|考试|人员|普法/,
  },
  {
    key: 'enforce.inspections',
    measures: TIMES,
    right: true,
    cue: /^(?:\([^)]{0,16}\))?[“"]?[^,，。、]{0,6}[”"]?(?:执法检查|行政检查|联合执法|专项执法)/g,
    not: /^[^,，。]*(?:会议|培训|普法)/,
  },
  // 抽取“双随机、一公开”监督检查任务917单: inspection tasks in 单 (catalog README)
  { key: 'enforce.inspections', measures: new Set(['单']), cue: /(?:检查|抽查)任务$/g },
  // 录入行政检查2061件, 行政检查记录1233条, 执法检查信息57618件: inspections recorded one by one
  {
    key: 'enforce.inspections',
    measures: new Set(['件', '条']),
    cue: /(?:行政检查|执法检查)(?:记录|信息|事项)?$/g,
    not: /清单|计划|方案/,
  },
  {
    key: 'enforce.penalties',
    measures: new Set(['件', '起', '宗', '例', '个', '件次']),
    cue: /行政处罚|处罚案件|处罚决定|立案查处|查处|查办|处罚/g,
    when: notReconOrLitig,
    // 不予行政处罚, 免予处罚: decisions not to penalise; 项 counts kinds of power in a list (行政处罚4项)
    not: /金额|罚款|罚没|元|处罚类|(?<!各)类案件|不予|免予|免罚|刑事/,
  },
  // 行政处罚类241件 among the other kinds of action (not reconsideration cases by kind, 处罚类案件1015宗)
  { key: 'enforce.penalties', measures: new Set(['件']), cue: /行政处罚类$/g, when: byActionKind },
  { key: 'enforce.inspections', measures: new Set(['件']), cue: /行政检查类$/g, when: byActionKind },
  // 全年办结林业行政案件103件，处罚105人次: administrative cases closed in a sentence about penalties
  {
    key: 'enforce.penalties',
    measures: new Set(['件', '起', '宗']),
    cue: /(?:办结|查处|办理|查办)[^,，。]{0,6}行政案件$/g,
    when: (c) => notReconOrLitig(c) && /处罚|罚款|罚没/.test(c.sentence),
  },
  // 区直执法部门实施行政处罚1395次: penalties counted in 次
  {
    key: 'enforce.penalties',
    measures: new Set(['次']),
    cue: /(?:实施|作出)行政处罚$/g,
    when: notReconOrLitig,
  },
  // 综合执法局共办理简易案件8048起、一般案件519起; 一般程序案件共办理2326件; 简易程序56件: cases by procedure,
  // in a paragraph about enforcement
  {
    key: 'enforce.penalties',
    measures: new Set(['件', '起', '宗']),
    cue: /(?:(?:简易|一般|普通)程序(?:处罚)?(?:案件)?|(?:简易|一般|普通)(?:处罚)?案件)(?:共|累计)?(?:办理|查处|立案|办结)?(?:共|累计)?$/g,
    when: (c) => notReconOrLitig(c) && /执法|处罚|查处/.test(`${c.paragraphBefore}${c.sentence}`),
  },
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    cue: /持有?(?:有效)?(?:行政)?执法证(?:件)?(?:的)?(?:人员|执法人员)?(?:共计|共|达|有)?|持证(?:行政)?(?:执法)?(?:人员|队员)(?:共计|共|达|有)?|执法证(?:件)?持有(?:人员|人)(?:共|达|有)?|具有?(?:行政)?执法资格的(?:行政)?执法人员|其中(?:已)?取得(?:行政)?执法证(?:件)?/g,
    // 应持执法证人员84人: those who should hold one, not the holders
    not: new RegExp(`${NEWLY.source}|应持`),
  },
  // 应持执法证人员84人,已持证83人: holders named by 已持证 in a sentence about enforcement officers
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    cue: /(?:已|均已|现已|实际)持证(?:上岗)?(?:共|达)?$/g,
    when: (c) => /执法/.test(c.sentence),
  },
  // 新增持证人员5名: newly certified, not the holders
  {
    key: 'train.certified_officers',
    measures: PEOPLE,
    cue: /新增(?:行政)?(?:执法)?持证(?:执法)?人员|新增持证/g,
  },
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,10}持有?(?:行政)?执法证/g,
  },
  // 3名执法人员全部取得行政执法证: before the rule for newly certified officers, which it ties with
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,16}(?:取得|持有|通过)[^,，。]{0,8}(?:行政)?执法(?:证|资格)/g,
    when: (c) => STOCK.test(c.clause + c.right) && !NEWLY.test(c.clause + c.right),
  },
];
