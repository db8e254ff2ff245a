import type { TokenContext } from './context.ts';
import { type Rule, ruleOfLaw } from './rule.ts';
import { PEOPLE, TIMES } from './vocab.ts';

/** 全乡3名执法人员全部取得行政执法证, 目前8名干部取得执法资格: a state (holders), not this year's gain. */
export const HOLDING =
  /全部(?:已)?(?:取得|持有|具备)|均(?:已)?(?:取得|持有|具备|具有)|都(?:已)?取得|目前|现有|截至|(?:申领|换领|换发)了?新的/;

const MEETING = /会议|专题会|部署会|推进会|调度会|党委会|党组会|党工委会|常委会|常务会|联席会|工作会|例会/;
const MEETINGS_BEFORE = /会议?[0-9一二两三四五六七八九十余多]+次$/;
const PURPOSE = /^(?:专题|集中|集体)?(?:研究|部署|听取|审议|传达)|^均(?:将|把)[^,，。]{0,16}(?:议题|内容)/;

/**
 * The purpose clauses right after a meeting count (召开2次领导班子会议，专题研究部署…法治政府建设工作): its
 * own words after the measure and up to two clauses that open with 研究/部署/听取.
 */
function purposeOf(c: TokenContext): string {
  const after = c.sentence.slice(c.rightEnd - c.sentenceStart);
  // 召开旗委常委会4次、依法治旗委员会会议1次、政府党组会5次，专题听取…: the purpose follows the whole list
  const inList = /^[、和及]/.test(c.right) || /^[、和及]/.test(after);
  const rest = (inList ? after : after.slice(1)).split(/[，,]/).slice(inList ? 1 : 0);
  let out = c.right;
  for (const clause of rest.slice(0, 2)) {
    if (!PURPOSE.test(clause)) break;
    out += `，${clause}`;
  }
  return out;
}

/** Rules for training, exams, certification and leadership meetings that the governance rules do not carry. */
export const TRAINING_RULES: Rule[] = [
  // 新增持证人员5名, 新增执法人员5人: newly certified officers
  {
    key: 'train.certified_officers',
    measures: PEOPLE,
    cue: /新增(?:持证|执法|行政执法)(?:人员|队员)?(?:共|达)?$/g,
  },
  // 我局持有“行政执法证”的在职人员11人: those who hold the card, named before their count
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    cue: /(?:持有|持证|具有|具备)[“"]?(?:行政)?执法(?:证件?|资格)[”"]?的?[^,，。]{0,8}(?:人员|干部|职工|队员)(?:共|有|为)?$/g,
  },
  {
    key: 'enforce.certified_holders',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,24}(?:取得|持有|具备|具有|(?:申领|换领|换发)了?新的)(?:行政)?执法(?:证|资格)/g,
    when: (c) => HOLDING.test(c.clause + c.right),
  },

  // 研究法治政府建设重大问题4次, 部署推动法治政府建设工作4次, 重大法治问题专题研究、汇报18次
  {
    key: 'lead.meetings',
    measures: TIMES,
    cue: /(?:研究|部署)[^,，。]{0,12}(?:法治|依法治|法制)[^,，。]{0,10}$|(?:法治|依法治)[^,，。]{0,8}(?:专题)?研究(?:、?(?:汇报|部署))?$/g,
    when: (c) => ruleOfLaw.test(c.phrase),
    not: /学习|学法|培训|宣传|普法/,
  },
  // 全年专题听取法治工作汇报3次; but after 召开…会议2次, the reports heard are what those meetings did
  {
    key: 'lead.meetings',
    measures: TIMES,
    // 专题听取法治政府建设2次: what was heard may be named by its topic alone
    cue: /听取[^,，。]{0,16}(?:汇报|报告)$|(?:专题)?听取[^,，。]{0,12}(?:法治|依法治|依法行政)[^,，。]{0,8}(?:建设|工作|情况)$/g,
    when: (c) => ruleOfLaw.test(c.phrase) && !MEETINGS_BEFORE.test(c.prevClause),
  },
  // 县委常委会听取2次全面依法治县工作汇报; 镇党委全年4次听取法治政府建设工作汇报
  {
    key: 'lead.meetings',
    measures: TIMES,
    right: true,
    cue: /^[^,，。]{0,40}?(?:汇报|报告)/g,
    when: (c) => (/听取$/.test(c.phrase) || /^(?:专题)?听取/.test(c.right)) && ruleOfLaw.test(c.right),
  },
  // 召开党组会议4次专题研究法治建设重点工作; 召开2次领导班子会议，专题研究部署…法治政府建设工作
  {
    key: 'lead.meetings',
    measures: TIMES,
    cue: new RegExp(`(?:${MEETING.source})$`, 'g'),
    when: (c) => {
      // in a list (4次、…会议1次、…5次，专题听取…) the purpose is what follows the list
      const listed = /^[、和及]/.test(c.right);
      const purpose = (listed ? purposeOf(c).slice(c.right.length) : purposeOf(c)).replace(/^[，,]/, '');
      return PURPOSE.test(purpose) && ruleOfLaw.test(purpose);
    },
  },
  {
    key: 'lead.meetings',
    measures: TIMES,
    right: true,
    cue: new RegExp(`^[^,，。]{0,12}(?:${MEETING.source})`, 'g'),
    when: (c) => ruleOfLaw.test(purposeOf(c)),
  },
];
