import type { Rule } from './rule.ts';
import { DOCS, ITEMS } from './vocab.ts';

/** 合同、文件 or 决策论证、合同审核: contracts as one item among other kinds of things. */
const MIXED_WITH_CONTRACTS =
  /(?<=.)(?<!协议|合同)(?:[、和]|(?<!涉)及)(?:(?!审查|审核|把关|审签|备案)[^、,，。]){0,10}合同|合同[^、,，。]{0,4}(?:[、和]|(?<!涉)及)(?![^、,，。]{0,6}(?:合同|协议))/;

/** 重大执法决定法制审核33件, 法制审核案件36件: the review of enforcement cases alone is not a legal review. */
const ENFORCEMENT_CASES_ONLY = /^[^、]*(?:执法决定|执法案卷|程序案件|审核案件)[^、]*$/;
/** 对6件处罚案件进行法制审核: the same, with the cases named after the count */
const ENFORCEMENT_CASES_AFTER = /^[^,，。;]*?(?:执法决定|执法案卷|处罚案件|执法案件)/;

/** Rules for legal review, major decisions, normative documents and transparency. */
export const DECISION_RULES: Rule[] = [
  // 依法决策与政务公开
  // 征求法律意见335件: requests for the legal body's opinion handled, not opinions issued
  // (comments on draft laws and rules sent down for consultation, 法规规章征求意见18件, are not: unmapped)
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /征求[^,，。]{0,6}意见(?:事项)?/g,
    not: /法律法规|法规|规章|立法|条例|草案/,
  },
  {
    key: 'decision.legal_opinions',
    measures: DOCS,
    cue: /法律意见书|法律意见|意见书|书面意见|(?:出具|形成)[^,，。]{0,8}意见|反馈(?:审查|审核)?意见/g,
    // 出具法律意见、参与法律活动、提供法律依据等80余次: one count over several kinds of help;
    // 复议意见书, 检察建议书: a reconsideration body's or procurator's letters, not legal opinions given
    not: /征求|口头|意见、[^,，。]*等$|复议意见书$|(?:检察|司法)建议书?$/,
  },
  {
    key: 'decision.legal_opinions',
    measures: new Set(['份', '件']),
    right: true,
    cue: /^(?:法律|书面|审查)?意见(?:书)?/g,
    when: (c) => /审查|审核|法律顾问|律师|合法性/.test(c.sentence),
  },
  // before the other reviews: contracts reviewed, also for legality or by a legal adviser, are contract reviews
  {
    key: 'decision.contract_reviews',
    measures: DOCS,
    cue: /合同[^,，。]{0,6}(?:审查|审核|把关|审签|备案)|(?:审查|审核|把关|审签|备案)[^,，。]{0,12}(?:合同|协议)(?:文书|文本)?/g,
    // contracts only when they are the object: 议题、规范性文件、合同等 is a mixed review
    not: MIXED_WITH_CONTRACTS,
  },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /合法性审查|合法性审核|合法性初审|法制审核|法律审核|合法性审核把关|前置审查|合法性论证|(?:文件|草案)初审/g,
    not: ENFORCEMENT_CASES_ONLY,
  },
  // 行政规范性文件审查2件、其他事项审查1件: the object before the review; a list of kinds of object
  // (对重大行政决策、规范性文件及镇村合同开展全流程审查1090件) is one count of legal reviews
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /(?:文件|决策|事项|草案|议题|合同)[^,，。、]{0,8}(?:合法性)?(?:审查|审核)$/g,
    when: (c) => !/(?:合同|协议)[^、]*$/.test(c.phrase) || /、/.test(c.phrase),
    not: ENFORCEMENT_CASES_ONLY,
  },
  {
    key: 'decision.contract_reviews',
    measures: DOCS,
    cue: /(?:合同|协议)[^,，。、]{0,8}(?:合法性)?(?:审查|审核)$/g,
    when: (c) => !/、/.test(c.phrase),
  },
  // 审查招标文件40件, 审查常务会议题302项: documents, agenda items and decisions reviewed
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /(?:审查|审核|把关|审签|审阅)(?:[^,，。]{0,12}|[^,，。]{0,20}等[^,，。]{0,4})(?:文件|议题|决策|(?:重大|决策|涉法|法律)[^,，。]{0,4}事项|草案|文书|补偿(?:安置)?决定|征收决定|相关事项)|(?:审查|审核)事项/g,
    // 备案审查各部门规范性文件15件: documents filed, not reviewed for legality
    not: new RegExp(`${ENFORCEMENT_CASES_ONLY.source}|(?:备案审查|审查[和及、并]?备案)[^,，。]*规范性文件$`),
  },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    cue: /审核|审查|起草|修改|把关|审阅|论证|研讨/g,
    when: (c) => /法律顾问|律师/.test(c.sentence),
    not: /规范性文件备案|^[^、]*(?:执法决定|执法案卷|程序案件|审核案件)[^、]*$/,
  },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    right: true,
    cue: /^[^,，。]{0,16}(?:合法性审查|合法性审核|合法性初审|法制审核)/g,
    not: ENFORCEMENT_CASES_AFTER,
  },
  // 对报送的27件文件进行把关, 对15份合同进行合法性审查: in a 对 clause the object and the review follow the count
  {
    key: 'decision.contract_reviews',
    measures: DOCS,
    right: true,
    cue: /^[^,，。;]{0,6}(?:合同|协议)[^,，。;]{0,4}(?:进行|开展|予以|作)?[^,，。;]{0,4}(?:审查|审核|把关|审签)/g,
    when: (c) => /对[^,，。;]*$/.test(c.phrase),
  },
  {
    key: 'decision.legal_reviews',
    measures: DOCS,
    right: true,
    cue: /^[^,，。;]{0,6}(?:文件|草案|事项|议题|决策|文书)[^,，。;]{0,4}(?:进行|开展|予以|作)?[^,，。;]{0,4}(?:审查|审核|把关)/g,
    when: (c) => /对[^,，。;]*$/.test(c.phrase),
    not: ENFORCEMENT_CASES_AFTER,
  },
  {
    key: 'docs.normative',
    measures: new Set([...DOCS, '个']),
    cue: /规范性文件/g,
    when: (c) => /制定|出台|制发|印发|下发|发布|发文|备案|报备|审议决定|审议通过/.test(c.clause + c.right),
    // 审查备案规范性文件52件, 审查和备案规范性文件54件: documents filed (with their review) are filed documents
    not: /清理|废止|现行有效|失效|修改|修订|(?<!备案)审核|(?<!备案)审查(?![和及、并]?备案)/,
  },
  {
    key: 'docs.normative',
    measures: new Set(['份', '件', '个']),
    right: true,
    cue: /^(?:行政)?规范性文件/g,
    // 完成27件行政规范性文件审查备案: the filing named after the documents
    when: (c) =>
      /制定|出台|制发|印发|下发|发布|备案|报备/.test(c.clause) ||
      /^(?:行政)?规范性文件(?:的)?(?:审查)?[和及、]?备案/.test(c.right),
  },
  // 向市政府和区人大备案文件5件，备案部门文件13件: documents filed with a people's congress or a government
  {
    key: 'docs.normative',
    measures: DOCS,
    cue: /(?:向[^,，。]{1,12})?备案(?:部门|区政府|县政府|本级)?文件$/g,
    not: /合同|协议|案卷/,
  },
  // 共审查行政规范性文件15件、印发14件; 审核规范性文件24件。向市级备案5件: an issuing or filing verb alone; its
  // object is the 规范性文件 of the item or the sentence before
  {
    key: 'docs.normative',
    measures: DOCS,
    cue: /^[、,，]?(?:共|已|正式)?(?:向[^,，。]{1,8})?(?:印发|制定|出台|制发|发布|备案|报备)(?:实施)?$/g,
    when: (c) => /规范性文件[^。;；]*(?:[。;；][^。;；]*)?$/.test(c.paragraphBefore.slice(-120)),
  },
  {
    key: 'decision.major_decisions',
    measures: new Set(['件', '项', '个', '份']),
    cue: /重大行政决策|决策事项|重大决策|(?:审议|研究决定|集体决策|集体研究|讨论决定|研究解决)[^,，。]{0,24}事项|目录(?:内|中)?(?:的)?事项/g,
    // hearings held, adjustments and documents published are not the decisions
    not: /审核|审查|合法性|把关|听证|调整|(?:决策|事项)(?:文件|材料|资料)$/,
  },
  {
    key: 'decision.major_decisions',
    measures: new Set(['件', '项', '个']),
    right: true,
    // 确定1件街道重大行政决策事项: the decisions named right after the count
    cue: /^(?:街道|镇|乡|县|区|本级)?重大行政决策事项/g,
  },
  // 公布重大行政决策事项目录，纳入4个事项: the items put into the list of major decisions
  {
    key: 'decision.major_decisions',
    measures: new Set(['件', '项', '个']),
    right: true,
    cue: /^事项/g,
    when: (c) => /纳入|列入/.test(c.phrase) && /重大(?:行政)?决策事项目录/.test(c.prevClause + c.clause),
  },
  {
    key: 'decision.major_decisions',
    measures: new Set(['件', '项', '个']),
    right: true,
    // 5个事项纳入重大决策目录, but not 5项程序纳入重大决策必经环节: the noun after the number is what is counted
    cue: /^(?:重大)?(?:行政)?(?:决策)?(?:事项|项目)?(?:均|全部|已)?(?:纳入|列入)[^,，。]{0,10}重大(?:行政)?决策/g,
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
    // 在公众号、媒体发布信息稿件40余篇: articles for the media are publicity, not disclosures;
    // 发布政策解读文件10篇: interpretations of a policy are written for it, not items disclosed
    not: /依申请|公开申请|普法|宣传|法治|稿件|公众号|微信|媒体|抖音|微博|解读/,
  },
  // 政务公开46类，重大决策文件162件、信息376条
  {
    key: 'open.items',
    measures: ITEMS,
    cue: /信息$/g,
    when: (c) => /公开/.test(c.sentence),
    // news sent up to superiors and publicity posts are not disclosures
    not: /报送|上报|编发|简报|普法|宣传|法治/,
  },
];
