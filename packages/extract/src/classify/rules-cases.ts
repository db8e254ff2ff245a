import { inLitig, inRecon, notReconOrLitig, type Rule } from './rule.ts';
import { CASES, PEOPLE } from './vocab.ts';

/** Rules for cases: reconsideration, litigation, disputes and legal services. */
export const CASE_RULES: Rule[] = [
  // 行政复议 (only where the paragraph speaks of 复议)
  {
    key: 'recon.applications',
    measures: CASES,
    cue: /(?:收到|接收|新收|共收)[^,，。、]{0,8}复议(?:案件)?申请/g,
    when: inRecon,
    not: /撤回/,
  },
  { key: 'recon.mediated', measures: CASES, cue: /调解|和解/g, when: inRecon, not: /调解率|成功率|受理前/ },
  {
    key: 'recon.received',
    measures: CASES,
    cue: /受理|办理|收案|新收|立案|发案量?/g,
    when: inRecon,
    // 办理政务服务事项: in a paragraph that mentioned 复议, another object handled
    // 受理前协商化解: settled before acceptance, so never received
    not: /申请|不予受理|不予立案|受理前|事项|业务|审批|许可|证照/,
  },
  {
    key: 'recon.closed',
    measures: CASES,
    cue: /审结|结案|办结|已结/g,
    // 已审结1550件，其中直接纠错161件: only reconsideration speaks of 直接纠错, so the sentence is about it
    when: (c) => inRecon(c) || /直接纠错/.test(c.sentence),
    not: /调解|和解/,
  },
  { key: 'recon.upheld', measures: CASES, cue: /维持/g, when: inRecon },
  { key: 'recon.revoked', measures: CASES, cue: /撤销/g, when: inRecon },
  { key: 'recon.rejected', measures: CASES, cue: /驳回/g, when: inRecon },
  { key: 'recon.ordered', measures: CASES, cue: /责令/g, when: inRecon, not: /撤销/ },
  { key: 'recon.confirmed_illegal', measures: CASES, cue: /确认(?:违法|无效)/g, when: inRecon },
  { key: 'recon.changed', measures: CASES, cue: /变更/g, when: inRecon },
  { key: 'recon.withdrawn', measures: CASES, cue: /撤回|终止|撤诉/g, when: inRecon },
  { key: 'recon.direct_corrections', measures: CASES, cue: /纠错|纠正/g, when: inRecon },
  {
    key: 'recon.received',
    measures: CASES,
    cue: /(?:行政)?复议(?:案件)?$|(?:行政)?复议案件/g,
    not: /审结|结案|办结|已结|撤销|维持|驳回|调解|纠错|被申请人|撤回|撤诉/,
  },

  // 行政应诉
  { key: 'litig.lost', measures: CASES, cue: /败诉/g },
  { key: 'litig.closed', measures: CASES, cue: /审结|结案|已结|办结/g, when: inLitig },
  {
    key: 'litig.closed',
    measures: CASES,
    right: true,
    cue: /^(?:均)?(?:已)?(?:审结|结案|办结)/g,
    when: inLitig,
  },
  {
    key: 'litig.cases',
    measures: CASES,
    // 复议后起诉1件: suits brought after a reconsideration are lawsuits
    cue: /应诉|行政诉讼|被诉|被告|开庭审理|诉讼案件|起诉/g,
    // lawyers representing clients, and civil or criminal suits, are not the unit's administrative lawsuits;
    // nor are suits withdrawn or a prosecution's stage (审查起诉)
    // (the unit's own legal adviser representing it is its own suit: 法律顾问代理行政诉讼案件17件)
    not: /(?<!(?:法律顾问|公职律师)[^,，。]{0,4})代理|非诉|民事|刑事|撤回起诉|审查起诉|公诉/,
    // 法律援助案件469件,其中诉讼案件246件: lawsuits legal aid took on are not the unit's own
    when: (c) => !/法律援助/.test(c.sentence),
  },
  // 行政诉讼一审4起，二审6起，再审1起: cases by instance
  { key: 'litig.cases', measures: CASES, cue: /^[、,，]?(?:一审|二审|再审)(?:案件)?$/g, when: inLitig },
  // 行政、民事诉讼案件16宗，其中民事案件7宗，行政案件9宗: the administrative part of lawsuits stated together
  {
    key: 'litig.cases',
    measures: CASES,
    cue: /^[、,，]?(?:其中)?行政(?:诉讼)?案件$/g,
    when: (c) => /诉讼案件[^。;；]*$/.test(c.sentence.slice(0, c.phraseStart - c.sentenceStart)),
  },
  {
    key: 'court.judgments_performed',
    measures: CASES,
    cue: /(?:履行|执行)[^,，。]{0,10}(?:判决|裁判|裁定|调解书)/g,
  },

  // 矛盾纠纷
  {
    key: 'dispute.resolved',
    measures: CASES,
    // 成功调解涉及贫困户的矛盾纠纷2起: the disputes named after 成功调解 are the ones resolved
    cue: /(?:调解成功|成功调解|化解成功|成功化解|调处成功|成功调处)(?:[^,，。]{0,12}(?:纠纷|矛盾))?|达成(?:调解)?协议/g,
    when: notReconOrLitig,
  },
  {
    key: 'dispute.cases',
    // 矛盾化解等关键问题11项 counts problems, not disputes
    measures: new Set(['件', '起', '宗', '例', '个', '件次']),
    cue: /纠纷|矛盾|调解案件|人民调解|调处|信访(?:事项|案件)|(?:化解|调处)[^,，。]{0,4}(?:信访|积案)[^,，。]{0,8}|(?:现场)?解决涉法(?:涉诉)?问题/g,
    // a clause that names its own subject (化解信访积案) is not about the paragraph's lawsuits
    when: (c) =>
      notReconOrLitig(c) || /^[^,，。]{0,6}(?:化解|调处|排查)[^,，。]{0,6}(?:纠纷|矛盾|信访)/.test(c.clause),
    // 审查合同21份、信访案件4件: petitions a legal adviser reviews are reviews, not disputes resolved;
    // 医疗纠纷调委会2个: committees counted, not disputes; 预防纠纷785件: disputes prevented, not handled;
    // 办结信访案件235件: petitions handled or received are not disputes resolved (catalog README)
    not: /纠纷调解率|法律援助|(?:审查|审核|把关)[^,，。]{0,8}(?:信访|纠纷|矛盾)|(?:调委会|委员会|调解组织)$|预防[^,，。]{0,4}(?:纠纷|矛盾)$|^[^,，。]{0,6}(?:办结|办理|处理|受理|登记|接待|转办|交办)[^,，。]{0,6}信访[^,，。]{0,4}$/,
  },

  // 公共法律服务
  {
    key: 'svc.legal_aid',
    measures: new Set([...CASES, ...PEOPLE]),
    // 法律援助中心今年办结…，代书200余件: the centre names who did the work, not what a figure counts
    cue: /法律援助(?!中心|工作站|站|机构)/g,
    // 抽取案卷228件进行质量评估: case files sampled for a quality review, not cases handled this year;
    // 法律帮助案件501件: a duty lawyer's help is counted apart from legal aid; 申报…法律援助案件56件: cases put
    // forward for a subsidy were counted when handled
    not: /抽取|抽查|评估|评查|获评|法律帮助|申报/,
  },
  {
    key: 'svc.consultations',
    measures: new Set([...PEOPLE, '次', '件', '起', '宗', '条', '批次']),
    cue: /咨询/g,
    // a legal adviser's consultations (次) for the body itself are not a service to the public; people (人次) are
    when: (c) =>
      PEOPLE.has(c.token.measure) ||
      !/法律顾问/.test(c.sentence) ||
      /群众|居民|村民|市民|企业|来访|来电/.test(c.sentence),
    not: /咨询活动|咨询会|涉税|纳税|税务|医疗|就业|社保|技术|政策解读/,
  },
  {
    key: 'svc.consultations',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。;]{0,12}(?:提供|接受|解答)[^,，。;]{0,16}咨询/g,
  },
  // 解答群众法律问题300余个: legal questions answered are consultations
  {
    key: 'svc.consultations',
    measures: new Set([...PEOPLE, '个', '件', '条', '次']),
    cue: /解答[^,，。;]{0,8}法律问题$/g,
  },
];
