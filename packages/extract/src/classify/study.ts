import type { IndicatorKey } from '@fazhi/catalog';
import { actorOf, underBodyPlan } from './actors.ts';
import type { TokenContext } from './context.ts';
import { AUDIENCE, lastMatchEnd, PUBLIC_CONTEXT, PUBLICITY, STUDY, TIMES, TRAINING } from './vocab.ts';

export interface Candidate {
  key: IndicatorKey;
  /** distance of the deciding cue from the number; smaller wins */
  distance: number;
}

/** Lectures and talks: training for cadres, publicity for the public. */
const LECTURE = /讲座|宣讲|巡讲|讲课|授课|报告会|专题报告|辅导/;
/** Forms a leadership body attends (中心组…专题讲座); a 培训班 is staff training whoever runs it. */
const ATTENDED = /讲座|辅导|报告|研讨|讲法/;
/** 区委、区政府举办专题讲座2场: a clause naming who runs the lecture is not the 中心组 framing it. */
const OWN_ORGANISER = /(?:委|政府|街道|镇|乡|局)[^，,。]{0,2}(?:举办|组织|开展|举行)/;
/** Study of a general political campaign (党纪学习教育读书班) is not study of law (catalog README). */
const CAMPAIGN = /支部理论学习|学习教育|主题教育|党纪|党史|全会精神|二十大精神|党内法规|政治轮训/;
const RULE_OF_LAW = /法治|法律|宪法|民法典|普法|依法|学法/;
const ITEM_PUBLICITY = /宣传|普法|送法|法治文化|以案释法/;
const ITEM_TRAINING = /培训|轮训|读书班|夜校|课堂|课程|教学/;
const LIST_VERB = /开展|组织|举办|举行|进行/g;
/** 引领带动政府各部门学法300余次: study the unit leads others to is theirs, not its own */
const OTHERS =
  /(?:带动|引领|指导|督促)[^，。]{0,6}(?:各部门|各单位|各镇|各乡镇|各街道|各村|各级|基层)|^各(?:基层)?党(?:组织|支部)/;
const LEADERSHIP_STUDY = /中心组|常务会|常委会|党委会|党组会|会前学法/;
/** 对法律明白人开展培训2次, 对…村调委会的组成人员培训了五次: classes for people who are not the unit's staff */
const NOT_OWN_STAFF =
  /(?:对|为|面向)[^，,。]{0,6}(?:法律明白人|人民调解员|网格员|村(?:社区)?法律顾问)|(?:调解委员会|调委会)的?(?:组成人员|成员|委员|调解员)/;
/** 理论学习中心组专题研讨9次: a 研讨 alone is unmapped, even by the leadership body (学习研讨 and 研讨班 are study) */
const DISCUSSION_ONLY = /中心组(?:专题)?研讨(?:会|交流)?$/;
/** 网上批准营业性演出1场: a performance licensed is no event of the unit's */
const AT_BODY_MEETING = /(?:常务会议?|常委会|中心组)[^，,。]{0,14}(?:讲法|讲座|授课|辅导)[^，,。]{0,4}$/;
const LICENSED = /(?:批准|审批)[^，,。]{0,6}(?:演出|活动)$/;

/**
 * 开展法治专题学习、专题培训、宣传宣讲、政治轮训100余场: one count over items of different keys cannot be
 * split (catalog README). Talks (讲座, 宣讲) go with either; study and training may be one key (cadres).
 */
function spansKeys(text: string): boolean {
  // the counted items follow the last verb (…等形式开展干部职工普法学习教育12次 counts one kind)
  let from = 0;
  for (let m = LIST_VERB.exec(text); m !== null; m = LIST_VERB.exec(text)) from = m.index + m[0].length;
  const items = text.slice(from).split(/、|和|及|与/);
  if (items.length < 2) return false;
  const kinds = new Set<string>();
  for (const item of items) {
    if (ITEM_PUBLICITY.test(item)) kinds.add('publicity');
    else if (ITEM_TRAINING.test(item)) kinds.add('training');
    else if (lastMatchEnd(STUDY, item) >= 0) kinds.add(LEADERSHIP_STUDY.test(item) ? 'leadership' : 'study');
  }
  // 中心组理论学习和各类法治培训5次: the leadership's study and staff training in one count
  return (kinds.has('publicity') && kinds.size > 1) || (kinds.has('leadership') && kinds.has('training'));
}

/** 学习宣传贯彻 is a formula about the speaker's own study, not a sign of events for the public. */
const STUDY_FORMULA = /学习宣传贯彻|学习宣传|宣传贯彻/g;

/**
 * Study, training and publicity events (counted in 次/场/期): the form (学法, 培训, 宣传) and who takes
 * part decide between leadership study, training for staff and events for the public.
 */
export function studyOrEvent(
  c: TokenContext,
  clean: string,
  text: string,
  fromRight: boolean,
): Candidate | null {
  if (!TIMES.has(c.token.measure)) return null;
  const study = lastMatchEnd(STUDY, text);
  const training = lastMatchEnd(TRAINING, text);
  const publicity = lastMatchEnd(PUBLICITY, text);
  const cue = Math.max(study, training, publicity);
  if (cue < 0 || (CAMPAIGN.test(text) && !RULE_OF_LAW.test(text)) || spansKeys(text) || OTHERS.test(text))
    return null;
  // 开展…中央八项规定精神学习教育,累计组织集中学习33次: the campaign named earlier in the sentence is the topic
  // (only after the figure before, in a list of figures: 主题教育集中学习4次、行政执法人员专题培训4次)
  const listed = c.prevFigure && c.prevFigure.end > c.sentenceStart && TIMES.has(c.prevFigure.measure);
  const from = listed && c.prevFigure ? c.prevFigure.end : c.sentenceStart;
  const sentenceBefore = c.sentence.slice(
    from - c.sentenceStart,
    Math.max(0, c.token.start - c.sentenceStart),
  );
  if (!fromRight && CAMPAIGN.test(sentenceBefore) && !RULE_OF_LAW.test(sentenceBefore)) return null;
  if (NOT_OWN_STAFF.test(text) || (!fromRight && DISCUSSION_ONLY.test(text)) || LICENSED.test(text))
    return null;
  const distance = fromRight ? firstCue(text) : text.length - cue;
  const own = fromRight ? `${c.phrase}${text}` : text;
  const found = actorOf(c, clean, own);
  const actor = found?.actor ?? null;
  const key = (k: IndicatorKey): Candidate => ({ key: k, distance });

  if (actor === 'public') return key('pub.events');
  const lecture = LECTURE.test(text);
  if (publicity > Math.max(study, training)) {
    // 面向村“两委”干部开展宣讲8场, …研讨活动10余场，覆盖民警700余人次: talks for staff are their training
    const forStaff =
      found !== null && (found.audience || (lecture && actor === 'cadre' && found.scope === 'own'));
    return key(forStaff ? 'train.sessions' : 'pub.events');
  }
  if (training >= 0 && training >= study) {
    // 将…纳入党委理论学习中心组学习内容，全年组织专题讲座4次: a lecture the leadership body attends
    const bodyAttends =
      actor === 'body' &&
      !found?.mixed &&
      found?.scope !== 'list' &&
      found?.scope !== 'before' &&
      !(found?.scope === 'frame' && OWN_ORGANISER.test(c.clause)) &&
      ATTENDED.test(text);
    // 区政府常务会议部门主要负责人讲法4次: talks given at the body's own meeting are its study, whoever gives them
    if (bodyAttends || AT_BODY_MEETING.test(text)) return key('train.leader_study');
    if (actor === null && lecture && PUBLIC_CONTEXT.test(c.sentence.replace(STUDY_FORMULA, ''))) {
      return key('pub.events');
    }
    return key('train.sessions');
  }
  // a bare 专题学习 / 集中学法 with no subject named is the leadership's (spec); so is study where the
  // same words name the 中心组 and the cadres (纳入中心组学习和干部教育培训内容，全年开展专题学习2次)
  const cadres = actor === 'cadre' && !found?.mixed && !underBodyPlan(c, clean);
  return key(cadres ? 'train.sessions' : 'train.leader_study');
}

function firstCue(text: string): number {
  let first = Number.POSITIVE_INFINITY;
  for (const re of [STUDY, TRAINING, PUBLICITY]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) first = Math.min(first, m.index);
  }
  return first;
}

/** 此次培训 / 培训采取…: a sentence that opens by naming the training goes on with the sentence before. */
const BACK_REFERENCE = /^(?:此次|本次|这次|该|培训|活动|会议)/;

/** 开展二十届三中全会精神宣讲培训会。培训…覆盖干部800余人: reach of a campaign's training is not law training. */
function campaignTraining(c: TokenContext): boolean {
  const before = c.paragraphBefore.slice(0, c.sentenceStart - (c.token.start - c.paragraphBefore.length));
  const previous = BACK_REFERENCE.test(c.sentence) ? (before.split(/[。;；]/).slice(-2)[0] ?? '') : '';
  const topic = `${previous}${c.sentence}`;
  return CAMPAIGN.test(topic) && !RULE_OF_LAW.test(topic);
}

/** People counts that belong to training or publicity: 参训800余人次, 覆盖群众2万余人次. */
export function audience(c: TokenContext, text: string): Candidate | null {
  if (!['人次', '人', '名'].includes(c.token.measure)) return null;
  // 组织167名领导干部参加旁听庭审: sitting in on a trial is unmapped; 任前考法161人: the sitters of an exam
  if (/旁听|庭审|考法/.test(`${text}${c.right}`)) return null;
  // 选送25名律师赴外研学、参加培训: lawyers and mediators trained are not the unit's staff
  if (/^(?:名|人)?(?:律师|法律服务工作者|人民调解员|调解员|法律明白人|网格员)/.test(c.right)) return null;
  const publicCue = lastMatchEnd(AUDIENCE, text);
  const trainCue = lastMatchEnd(/参训|受训|培训|轮训|学习|学法|参学|听课|授课/g, text);
  if (publicCue < 0 && trainCue < 0) return null;
  const publicWords = /群众|师生|学生|居民|村民|青少年|受教育|受教|受众|观众|家长|商户|企业/.test(text);
  const context = `${c.prevClause}${c.clause}`;
  // …对村调委会的组成人员培训了五次，参加人员为635人次: those who took part in a class for others' staff
  if (NOT_OWN_STAFF.test(context)) return null;
  if (!publicWords && (trainCue >= 0 || /培训|学法|学习|讲座|授课|讲堂|轮训/.test(context))) {
    if (/考试|测试|考核|咨询/.test(`${text}${c.right}`) || campaignTraining(c)) return null;
    return { key: 'train.participants', distance: text.length - Math.max(trainCue, publicCue) };
  }
  if (publicCue >= 0 && (publicWords || PUBLIC_CONTEXT.test(c.sentence))) {
    if (/咨询|考试/.test(text)) return null;
    return { key: 'pub.reach', distance: text.length - publicCue };
  }
  return null;
}

/** A bare 活动 with no form of its own is an event for the public only when the public takes part. */
export function publicActivity(c: TokenContext, clean: string): Candidate | null {
  if (!TIMES.has(c.token.measure) || !/活动$/.test(c.phrase)) return null;
  return actorOf(c, clean, c.phrase)?.actor === 'public' ? { key: 'pub.events', distance: 0 } : null;
}

const MEETING = /(?:会议|大会|例会|会)$/;
const STUDY_PURPOSE = /^(?:组织[^,，。]{0,10})?(?:深入|集中|专题|认真|系统)?(?:学习|学法)[^,，。]*(?:法|《)/;

/**
 * 召开12次相关工作会议，组织领导干部深入学习习近平法治思想; 召开全体干部大会3次，集中学习《民法典》: a meeting
 * held to study law is a study session, of whoever the words name.
 */
export function meetingForStudy(c: TokenContext, clean: string): Candidate | null {
  if (!TIMES.has(c.token.measure)) return null;
  const meetingAfter = /^[^,，。]{0,12}$/.test(c.right) && MEETING.test(c.right);
  if (!meetingAfter && !(c.right === '' && MEETING.test(c.phrase))) return null;
  const next = clean.slice(c.rightEnd + 1, c.rightEnd + 60).split(/[,，。;]/)[0] ?? '';
  if (!STUDY_PURPOSE.test(next)) return null;
  const words = `${c.phrase}${c.right}，${next}`;
  const cand = studyOrEvent({ ...c, right: words }, clean, words, true);
  return cand && { key: cand.key, distance: 0 };
}
