import type { IndicatorKey } from '@fazhi/catalog';
import type { TokenContext } from './context.ts';
import { isCountable } from './countable.ts';
import { rateKeys } from './rates.ts';
import { RULES } from './rules.ts';
import { DEMO_TITLE } from './rules-governance.ts';
import { hasVerb } from './shared-verb.ts';
import { audience, type Candidate, meetingForStudy, publicActivity, studyOrEvent } from './study.ts';
import { firstMatchStart, lastMatchEnd, PEOPLE } from './vocab.ts';
import { BARE_VERB, TOTAL_AFTER, VERB_ONLY, withoutGloss } from './wording.ts';

/** A number read as an indicator: its key and the clean-text span of its evidence. */
export interface Reading {
  ctx: TokenContext;
  key: IndicatorKey;
  /** for rates: lower is the preferred wording */
  rank: number;
  spanStart: number;
  spanEnd: number;
}

const MAX_DISTANCE = 30;
/** 召开3次专题学习会; 先后2次邀请法院为各部门负责同志作专题报告: the event follows the count */
const HOLD_AFTER = /^(?:已|均已|均)?持证(?:上岗)?$/;
const RIGHT_EVENT =
  /^[^,，。]{0,12}(?:学习|学法|培训|讲座|宣传|宣讲|普法|活动|课|讲堂|夜校|教学|研讨班|读书班|轮训)|^邀请[^,，。]{0,40}(?:讲座|授课|辅导|专题报告|讲课)/;
/** 1件尚在审理: a figure whose own clause says it is still pending counts nothing of the clause before */
const PENDING = /^(?:尚|正在|仍在|在审|审理中|未)/;

/** The noun phrase right after a measure word: up to a break or a verb. */
const NOUN_AFTER =
  /^[^,，。;；、:：()《》]{1,12}?(?=[,，。;；、:：()《》]|开展|进行|实现|完成|纳入|列入|参加|参与|获得|获评|被|均|全部|已|建立|建成|通过|达到|的|$)/;

/** 20个法律援助工作站: places and bodies are never what an indicator counts. */
const FACILITY =
  /(?:站|室|点|中心|所|馆|基地|阵地|窗口|平台|长廊|公园|广场|栏|角|屋|队|组|库|群|村|社区|单位|部门|委员会|调委会|组织)$/;

/** 301个公共法律服务工作室协同运作: a place named right after the measure, however the clause goes on */
const PLACE_AFTER =
  /^[^,，。;；、:：()《》的]{0,10}?(?:工作站|工作室|服务站|服务室|服务中心|调解室|调解中心|联络点|基地|阵地|窗口)/;

const CONTRACT_NOUN = /^[\u4e00-\u9fff][^、,，。;；()（）进对等]{0,7}合同(?=[、,，。;；]|进行|开展|$)/;
const CLOSED_ONLY = /^[、,，]?(?:共|已|均)?(?:办结|审结|结案|已结)$/;

function bestLeft(c: TokenContext, clean: string, phrase: string): Candidate | null {
  let best: Candidate | null = null;
  const consider = (cand: Candidate | null) => {
    if (cand && cand.distance <= MAX_DISTANCE && (!best || cand.distance < best.distance)) best = cand;
  };
  for (const rule of RULES) {
    if (rule.right || !rule.measures.has(c.token.measure)) continue;
    if (rule.not?.test(phrase) || (rule.when && !rule.when(c))) continue;
    const end = lastMatchEnd(rule.cue, phrase);
    if (end >= 0) consider({ key: rule.key, distance: phrase.length - end });
  }
  const study = studyOrEvent(c, clean, phrase, false);
  consider(study);
  const people = audience(c, phrase);
  consider(people);
  return best;
}

/**
 * 210名科级干部和近千名一般干部参加考试: a figure whose words end in 和/、 takes the words after the next;
 * 组织100余名工作人员登录平台学习，并顺利通过考试: a clause opening with 并 goes on with the same people.
 */
function sharedRight(c: TokenContext, clean: string): TokenContext {
  const listed = /^[^,，。;]{1,12}[和及与、]$/.test(c.right);
  const andThen = !listed && /^[,，]并/.test(clean.slice(c.rightEnd, c.rightEnd + 2));
  const commaItem = !listed && !andThen && peopleListedByComma(c, clean);
  if (!listed && !andThen && !commaItem) return c;
  const from = c.rightEnd + (andThen || commaItem ? 1 : 0);
  const end = clean.slice(from, from + 80).search(/[,，。;:\n]/);
  const rightEnd = end < 0 ? Math.min(clean.length, from + 80) : from + end;
  return { ...c, right: clean.slice(c.token.end, rightEnd).replace(/《[^》]*》/g, '《》'), rightEnd };
}

/** 4名区管干部,6名公务员参加了学法用法考试: people listed with a comma share what the last item did. */
function peopleListedByComma(c: TokenContext, clean: string): boolean {
  const next = c.nextFigure;
  return (
    PEOPLE.has(c.token.measure) &&
    next !== undefined &&
    next.measure === c.token.measure &&
    next.start === c.rightEnd + 1 &&
    /^[,，]$/.test(clean.slice(c.rightEnd, c.rightEnd + 1)) &&
    /^[\u4e00-\u9fff]{1,8}$/.test(c.right) &&
    !hasVerb(c.right)
  );
}

function bestRight(ctx: TokenContext, clean: string): Candidate | null {
  // 主题教育集中学习4次、行政执法人员专题培训4次: the words after 、 are the next item's
  if (/^[、和及与]/.test(ctx.right)) return null;
  const c = sharedRight(ctx, clean);
  let best: Candidate | null = null;
  for (const rule of RULES) {
    if (!rule.right || !rule.measures.has(c.token.measure)) continue;
    if (rule.not?.test(c.right) || (rule.when && !rule.when(c))) continue;
    const start = firstMatchStart(rule.cue, c.right);
    if (start >= 0 && (!best || start < best.distance)) best = { key: rule.key, distance: start };
  }
  // 8次中心组专题学习、1期读书班: with a figure right after the 、, the event is named by its own words alone
  const nextItem = ctx.nextFigure !== undefined && ctx.nextFigure.start === ctx.rightEnd;
  const own = nextItem ? { ...ctx, right: ctx.right.replace(/、$/, '') } : c;
  const study = RIGHT_EVENT.test(own.right) ? studyOrEvent(own, clean, own.right, true) : null;
  if (study && (!best || study.distance < best.distance)) best = study;
  return best;
}

export function classify(c: TokenContext, clean: string): Reading[] {
  if (!isCountable(c, clean)) return [];
  const t = c.token;
  const leftSpan = c.phraseStart;
  if (t.measure === '%') {
    return rateKeys(c).map((h) => ({
      ctx: c,
      key: h.key,
      rank: h.rank,
      spanStart: c.listItem?.start ?? leftSpan,
      spanEnd: t.end,
    }));
  }
  // 十个方面, 21个行政村: with a noun after 个/名, that noun is what is counted, not the words before
  const countsNounAfter = /^(?:个|名|位|项)$/.test(t.measure) && /^[\u4e00-\u9fff“"]/.test(c.right);
  let spanStart = c.listItem?.start ?? leftSpan;
  let spanEnd = t.end;
  // 开展8次中心组专题学习、1期读书班: the words between two figures, right after the first's measure and up to
  // 、, name the first figure's thing (count before noun), not the second's
  const nounOfPrevious =
    c.prevFigure !== undefined &&
    c.prevFigure.end === c.phraseStart &&
    /^[\u4e00-\u9fff“"][^、]*、$/.test(c.phrase);
  // 公布4项年度重大行政决策目录、市本级行政执法事项清单4835项: after the first figure's noun and 、, only the
  // words of the second item name the second figure
  const afterPreviousNoun =
    c.prevFigure !== undefined && c.prevFigure.end === c.phraseStart
      ? /^[\u4e00-\u9fff“"][^、,，]*、([^、]+)$/.exec(c.phrase)?.[1]
      : undefined;
  const left = () =>
    bestLeft(c, clean, withoutGloss(c.listItem?.phrase ?? c.withListVerb ?? afterPreviousNoun ?? c.phrase));
  // …参加执法人员培训和考试，累计42人持证: the state right after the people counted says what they are
  const holders = /^(?:人|名)$/.test(t.measure) && HOLD_AFTER.test(c.right) && /执法/.test(c.sentence);
  let cand: Candidate | null = holders
    ? { key: 'enforce.certified_holders', distance: 0 }
    : countsNounAfter
      ? null
      : nounOfPrevious
        ? (bestRight(c, clean) ?? left())
        : left();
  if (!cand) {
    const noun = countsNounAfter ? (NOUN_AFTER.exec(c.right)?.[0] ?? '') : '';
    // 37个法律援助工作站，301个公共法律服务工作室协同运作: a count of places takes nothing from the clause before
    // (but 2个省级民主法治示范村: villages counted for their title are an indicator)
    const demo = /法治示范(?:村|社区)$/.test(noun) || DEMO_TITLE.test(c.right);
    if (countsNounAfter && !demo && ((noun && FACILITY.test(noun)) || PLACE_AFTER.test(c.right))) return [];
    const right = bestRight(c, clean);
    // 纳入6个重大行政决策事项: the words before, read with the noun after, whose cue must lie in that noun
    const withNoun = noun && !FACILITY.test(noun) ? bestLeft(c, clean, `${c.phrase}${noun}`) : null;
    if (right) {
      cand = right;
      spanStart = t.start;
      spanEnd = c.rightEnd;
    } else if (withNoun && withNoun.distance < noun.length) {
      cand = withNoun;
      spanEnd = t.end + noun.length;
    } else if (
      c.prevClause &&
      (VERB_ONLY.test(c.phrase) || BARE_VERB.test(c.phrase)) &&
      !PENDING.test(c.right)
    ) {
      // 坚持每周组织全体人员集中学习，全年累计开展20余次: the noun is in the clause before
      cand = bestLeft(c, clean, `${c.prevClause}，${c.phrase}`);
      spanStart = c.prevClauseStart;
      // 办理信息公开申请61件，办结54件: how many of the count before were closed is no second count of it,
      // unless the key counts closed cases (受理复议案件20件，审结18件)
      if (cand && CLOSED_ONLY.test(c.phrase) && !/closed$/.test(cand.key)) cand = null;
    } else if (
      c.prevFigure &&
      c.prevFigure.start > c.clauseStart &&
      (TOTAL_AFTER.test(c.phrase) || (c.phrase === '' && c.prevFigure.end === c.phraseStart))
    ) {
      // 任前法律知识考试4次共97人, 任前考法7批次161人: a total in other units right after a count names what
      // the count's words name
      cand = bestLeft(c, clean, `${clean.slice(c.clauseStart, c.prevFigure.start)}${c.phrase}`);
      spanStart = c.clauseStart;
    }
  }
  // 全年开展活动40余场，惠及企业和群众50余万人: a bare 活动 is an event when the public takes part
  if (!cand) {
    cand = publicActivity(c, clean) ?? meetingForStudy(c, clean);
    spanEnd = Math.max(spanEnd, c.rightEnd);
  }
  if (!cand) return [];
  // 对53份重要文件、15份重要合同进行了合法性审查: a review read after the figure whose own noun is contracts
  // reviews contracts (catalog: a review whose object is contracts)
  const key =
    cand.key === 'decision.legal_reviews' && CONTRACT_NOUN.test(c.right)
      ? 'decision.contract_reviews'
      : cand.key;
  return [{ ctx: c, key, rank: 0, spanStart, spanEnd }];
}
