import { notReconOrLitig, type Rule, ruleOfLaw } from './rule.ts';
import { HOLDING } from './rules-training.ts';
import { CASES, DOCS, ITEMS, PEOPLE, PIECES, TIMES, UNITS } from './vocab.ts';

/** Rules for publicity materials, decisions, transparency, enforcement, training counts and leadership. */
export const GOVERNANCE_RULES: Rule[] = [
  // 普法: materials and reach (events are decided with training, see study.ts)
  {
    key: 'pub.materials',
    measures: PIECES,
    cue: /(?:宣传|普法|法律|法治)[^,，。]{0,6}(?:资料|材料|单|册|品|页|手册|读本|折页|画册|书籍|海报|挂历|年画)|(?:发放|印发|分发|派发|散发|赠送|发送|送出|制发)[^,，。]{0,16}(?:资料|材料|宣传单|传单|手册|读本|折页|宣传品|画册|明白纸|明白卡|书籍|海报|单页|小册子)|读本|手册|明白纸|明白卡|折页|宣传单|宣传册/g,
    not: /软件资料/,
  },

  // 依法决策与政务公开
  { key: 'decision.legal_opinions', measures: DOCS, cue: /法律意见书|法律意见/g },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /合法性审查|合法性审核|法制审核|法律审核|合法性审核把关|前置审查|合法性论证/g,
  },
  // before the legal adviser's reviews: contracts a legal adviser reviewed are contract reviews
  {
    key: 'decision.contract_reviews',
    measures: DOCS,
    cue: /合同[^,，。]{0,6}(?:审查|审核|把关|审签)|(?:审查|审核|把关|审签)[^,，。]{0,10}(?:合同|协议)/g,
  },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /审核|审查|起草|修改|把关|审阅|论证/g,
    when: (c) => /法律顾问|律师/.test(c.sentence),
    not: /规范性文件备案/,
  },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    right: true,
    cue: /^[^,，。]{0,16}(?:合法性审查|合法性审核|法制审核)/g,
  },
  {
    key: 'docs.normative',
    measures: new Set([...DOCS, '个']),
    cue: /规范性文件/g,
    when: (c) => /制定|出台|制发|印发|下发|发布|备案|报备/.test(c.clause + c.right),
    not: /清理|废止|现行有效|失效|修改|修订|审核|审查(?!备案)/,
  },
  {
    key: 'docs.normative',
    measures: new Set(['份', '件', '个']),
    right: true,
    cue: /^(?:行政)?规范性文件/g,
    when: (c) => /制定|出台|制发|印发|下发|发布|备案|报备/.test(c.clause),
  },
  {
    key: 'decision.major_decisions',
    measures: new Set(['件', '项', '个']),
    cue: /重大行政决策|决策事项|重大决策|(?:审议|研究决定|集体决策|集体研究|讨论决定|研究解决)[^,，。]{0,24}事项|目录(?:内|中)?(?:的)?事项/g,
    not: /审核|审查|合法性|把关/,
  },
  {
    key: 'decision.major_decisions',
    measures: new Set(['件', '项', '个']),
    right: true,
    cue: /^[^,，。]{0,6}(?:纳入|列入)[^,，。]{0,10}重大(?:行政)?决策/g,
  },
  {
    key: 'open.requests',
    measures: new Set(['件', '个', '条', '份']),
    cue: /依申请公开|公开申请|信息公开申请/g,
  },
  {
    key: 'open.items',
    measures: ITEMS,
    cue: /(?:公开|发布|更新|推送)[^,，。]{0,14}(?:信息|数据|文件|动态|内容)|信息公开|政务公开|主动公开/g,
    not: /依申请|公开申请|普法|宣传|法治/,
  },

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
  {
    key: 'train.certified_officers',
    measures: PEOPLE,
    cue: /(?:新取得|取得|考取|新申领|申领|新领取|获得|通过)[^,，。]{0,8}(?:行政)?执法(?:证|资格)/g,
    when: (c) => !HOLDING.test(c.clause + c.right),
  },
  {
    key: 'train.certified_officers',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,24}(?:新取得|取得|考取|新申领|申领|领取|获得|通过)[^,，。]{0,8}(?:行政)?执法(?:证|资格)|^[^,，。]{0,24}通过[^,，。]{0,4}(?:行政)?执法[^,，。]{0,8}考试/g,
    when: (c) => !HOLDING.test(c.clause + c.right),
  },
  {
    key: 'train.exam_participants',
    measures: new Set([...PEOPLE]),
    cue: /(?:参加|参与|参考)[^,，。]{0,20}(?:考试|测试|考核|测评|考学)(?:人数|人员)?(?:共|达|为)?|实考|实际参考|参考人数|参考人员|参考(?:共|达|为)?$/g,
    // 应参加考试对象53人: those who should sit the exam, not those who did
    not: /资格考试|应参加|应参考|应考/,
  },
  {
    key: 'train.exam_participants',
    measures: PEOPLE,
    right: true,
    cue: /^[^。;]{0,30}(?:参加|参与|参考|进行|完成|通过)[^。;]{0,24}(?:考试|测试|考核|测评|考学)/g,
  },

  {
    key: 'train.participants',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,14}(?:参加|参与|开展|进行|组织)[^,，。]{0,16}(?:培训|轮训|学习|学法|讲座)/g,
    not: /考试|测试|考核/,
  },

  // 组织领导与基层创建
  {
    key: 'lead.meetings',
    measures: TIMES,
    cue: /会议|专题会|部署会|推进会|调度会|党委会|常委会|联席会|工作会|座谈会|例会|会$|(?:专题研究|研究部署|研究解决|集体研究)[^,，。]{0,10}(?:法治|依法治|法制)[^,，。]{0,8}$/g,
    when: (c) => ruleOfLaw.test(c.clause) || (/专题/.test(c.phrase) && ruleOfLaw.test(c.sentence)),
    not: /列席|旁听|(?:培训|学习|学法|讲座|宣讲|辅导)会$/,
  },
  {
    key: 'lead.meetings',
    measures: TIMES,
    right: true,
    cue: /^[^,，。]{0,14}(?:会议|专题会|部署会|推进会|党委会|常委会|工作会)/g,
    when: (c) => ruleOfLaw.test(c.right) || (/专题/.test(c.right) && ruleOfLaw.test(c.sentence)),
    not: /列席/,
  },
  { key: 'demo.villages', measures: UNITS, cue: /民主法治示范(?:村|社区)|法治示范(?:村|社区)/g },
];
