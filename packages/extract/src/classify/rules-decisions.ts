import type { Rule } from './rule.ts';
import { DOCS, ITEMS } from './vocab.ts';

/** Rules for legal review, major decisions, normative documents and transparency. */
export const DECISION_RULES: Rule[] = [
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
];
