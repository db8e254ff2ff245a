import type { TokenContext } from './context.ts';

/**
 * Who takes part in a study, training or publicity event: the leadership body (中心组, 班子, 会前学法), leaders
 * as persons (领导干部, 主要负责人), cadres and staff, or the public (群众, 走进校园). The figure's own words
 * name them, or a clause after it says whom it reached (…12场次，覆盖镇村干部200余人), or the clauses that
 * frame it (建立机关工作人员学法制度，全年共组织学法6次), or the sentence before.
 */
export type Actor = 'body' | 'leader' | 'cadre' | 'public';
/** own: the figure's phrase; list: the words of its list before it (组织全镇干部开展集中学法5次、专题学习3次) */
export type Scope = 'own' | 'list' | 'coverage' | 'frame' | 'purpose' | 'before';

export interface Found {
  actor: Actor;
  scope: Scope;
  /** named as the ones reached (覆盖干部, 面向群众, 为师生), not only as the ones acting */
  audience: boolean;
  /** the same words name the leadership body and cadres (纳入中心组学习和干部教育培训内容) */
  mixed: boolean;
}

const BODY =
  /中心组|班子(?!成员)|(?:党委|党组|党工委)(?!书记|副书记|委员|成员|班子成员|织|、|和|政府)|常务会|常委会|(?<!干部)(?<!例会[^，,。]{0,16})会前学法|第一议题/g;
const LEADER = /领导干部|主要负责人|负责同志|主要领导|班子成员|关键少数|党委书记|党组书记|党工委书记/g;
const CADRE =
  /干部职工|全体(?:人员|队员|职工)|(?<!志愿(?:服务)?)队员|全(?:局|委|所|队)(?=开展|组织|参加|干部|职工)|两委|(?<!领导)干部|工作人员|执法人员|执法队员|执法队伍|公职人员|周例会|例会|职工|(?<!班子)成员|党员|支部|法律明白人|调解员|网格员|新提任|党校|民警|辅警|教职工|医务人员|学员/g;
// 未成年人保护法, 妇女权益保障法: groups named in a law's title are not an audience; nor is 市民 in 昆明市民办…
const PUBLIC =
  /(?:群众|居民|村民|市民(?![政办族营])|师生|学生|青少年|未成年人|家长|商户|企业|老年人|妇女|儿童|游客|农民工)(?!保护|权益|保障)|进(?:校园|社区|农村|乡村|企业|村社?|寺庙|家庭|网格|景区|学校|课堂)|走进|[六七八九十]进|行政村|院坝|田间|集市|广场|小区/g;
const AUDIENCE_MARK = /(?:面向|为|对|给|针对|覆盖|惠及|受众|参与|参训|培训|受教育?)$/;
const ACTIVITY_VERB = /组织|开展|举办|举行|召开|邀请|参加/;
const ORGANIZED =
  /(?:组织|带领|动员)(?:全体|全镇|全乡|全街|全局|机关|局机关)?(?:[\u4e00-\u9fff]{1,4}[、和及])?$/;

const ORDER: [RegExp, Actor][] = [
  [PUBLIC, 'public'],
  [BODY, 'body'],
  [LEADER, 'leader'],
  [CADRE, 'cadre'],
];

/** The actor named nearest the end of `text` (or its start when `first`). */
function nearest(text: string, scope: Scope, first: boolean): Found | null {
  let best: (Found & { at: number; organized: boolean }) | null = null;
  const seen = new Set<Actor>();
  for (const [re, actor] of ORDER) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      seen.add(actor);
      const at = first ? m.index : m.index + m[0].length;
      if (!best || (first ? at < best.at : at > best.at)) {
        const lead = text.slice(Math.max(0, m.index - 4), m.index);
        best = {
          actor,
          scope,
          audience: AUDIENCE_MARK.test(lead),
          mixed: false,
          at,
          organized: ORGANIZED.test(text.slice(Math.max(0, m.index - 6), m.index)),
        };
      }
      if (first) break;
    }
  }
  if (!best) return null;
  const { at: _at, organized, ...found } = best;
  // 通过中心组学习会等方式，组织干部职工学习…: the cadres organised to study are who takes part
  const named = found.actor === 'cadre' && organized;
  return { ...found, mixed: seen.has('body') && seen.has('cadre') && !named };
}

const CLAUSE_BREAK = /[，,:]/;
const SENTENCE_BREAK = /[。;!?\n]/;
const LOOK_BACK = 300;

/** The index of the last character before `end` matching `re` (a one-character class), or -1. */
function lastBreak(s: string, re: RegExp, end = s.length): number {
  for (let i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) if (re.test(s[i] ?? '')) return i;
  return -1;
}

/** Names in 《》 and slogans in long quotations (“党委领学、支部跟学、党员践学”) are not actors. */
const unnamed = (s: string) =>
  /[《“]/.test(s) ? s.replace(/《[^》]*》/g, '《》').replace(/“[^”]{8,}”/g, '“”') : s;

/** The clauses after the number in its sentence, up to the next figure's clause (or its people count). */
function trailing(c: TokenContext, clean: string): { text: string; coverage: boolean } {
  const sentenceEnd = c.sentenceStart + c.sentence.length;
  const next = c.nextFigure;
  let end = sentenceEnd;
  let coverage = false;
  if (next && next.start < sentenceEnd) {
    const between = clean.slice(c.rightEnd, next.start);
    coverage = !CLAUSE_BREAK.test(between.slice(1)) && /^(?:人次|人|名|位)$/.test(next.measure);
    end = coverage ? next.start : c.rightEnd + Math.max(0, lastBreak(between, CLAUSE_BREAK));
  }
  return { text: unnamed(clean.slice(c.rightEnd, Math.max(c.rightEnd, end))), coverage };
}

/** Purpose clauses after the figure (…，有效拓展干部的法律知识储备), up to the next activity. */
function purpose(text: string): string {
  const clauses = text.split(CLAUSE_BREAK);
  const kept: string[] = [];
  for (const clause of clauses.slice(1)) {
    if (ACTIVITY_VERB.test(clause)) break;
    kept.push(clause);
  }
  return kept.join('，');
}

/** The clauses before this one in the sentence, back to the clause of the previous figure (not in a list). */
function framing(c: TokenContext, clean: string): string {
  const prev = c.prevFigure;
  let from = c.sentenceStart;
  // 组织干部开展培训班5期、举办专题讲座1期: a later item of a list is framed by what frames the list
  const listGoesOn = c.phrase.startsWith('、');
  if (prev && prev.end > c.sentenceStart && !listGoesOn) {
    const cut = clean.slice(prev.end, c.clauseStart).search(CLAUSE_BREAK);
    from = cut < 0 ? c.clauseStart : prev.end + cut + 1;
  }
  return from < c.clauseStart ? unnamed(clean.slice(from, c.clauseStart)) : '';
}

/** 县政府常务会议先后听取…8次，协调…4次，邀请专家开展法治专题讲座2次: a body that opens the sentence is its subject. */
const BODY_SUBJECT =
  /^(?:[一二三四五六七八九十]是)?[\u4e00-\u9fff]{0,10}?(?:常务会议?|常委会(?:会议)?|党委会|党组会|党工委会|中心组)(?=[\u4e00-\u9fff])/;

/** 全年组织党组中心组学法4次: a body after a verb is what was organised, not the subject */
const BEFORE_SUBJECT = /组织|开展|召开|举办|举行|参加|通过|坚持|利用|依托|全年|今年|年内|落实|推动|结合/;

function bodySubject(c: TokenContext): string {
  const subject = BODY_SUBJECT.exec(c.sentence)?.[0] ?? '';
  return BEFORE_SUBJECT.test(subject) ? '' : subject;
}

/** The sentence before, when it has no figure of its own (二是班子成员及全体干部积极学习…。全年组织…15场次). */
function sentenceBefore(c: TokenContext, clean: string): string {
  const end = c.sentenceStart - 1;
  if (end <= 0 || clean[end] === '\n') return '';
  const cut = lastBreak(clean, SENTENCE_BREAK, end);
  const from = cut >= 0 ? cut + 1 : Math.max(0, end - LOOK_BACK);
  if (c.prevFigure && c.prevFigure.end > from) return '';
  return unnamed(clean.slice(from, end));
}

/**
 * The nearest actor of the event counted by `c`: in its own words (`own`: the phrase, or the words after
 * the measure when the noun follows the number), in the list it belongs to, in a clause after it that
 * says whom it reached, in the clauses framing it, in a purpose clause after it, in the sentence before.
 */
export function actorOf(c: TokenContext, clean: string, own: string): Found | null {
  const after = trailing(c, clean);
  const listWords = c.clause.endsWith(c.phrase) ? c.clause.slice(0, c.clause.length - c.phrase.length) : '';
  // 组织全体干部职工学法培训6次、会前学法12次: a list keeps the staff it names; 会前学法 alone names no body
  const ownFound = nearest(unnamed(own), 'own', false);
  const listFound = nearest(unnamed(listWords), 'list', false);
  const keepsList =
    c.phrase.startsWith('、') &&
    ownFound?.actor === 'body' &&
    /^、?会前学法/.test(c.phrase) &&
    listFound?.actor === 'cadre' &&
    !listFound.mixed;
  const found =
    (keepsList ? listFound : ownFound) ??
    listFound ??
    (after.coverage ? nearest(after.text, 'coverage', true) : null) ??
    nearest(framing(c, clean), 'frame', false) ??
    nearest(bodySubject(c), 'frame', false) ??
    nearest(purpose(after.text), 'purpose', true) ??
    nearest(sentenceBefore(c, clean), 'before', false);
  return found && found.scope === 'coverage' ? { ...found, audience: true } : found;
}

/** The group a phrase names nearest its end (覆盖民警 → cadre, 受教群众 → public), if any. */
export function groupIn(text: string): Actor | null {
  return nearest(unnamed(text), 'own', false)?.actor ?? null;
}

/** 根据中心组集中学习计划…组织干部集中学法4次: study under the 中心组's plan is the leadership's (catalog README). */
export function underBodyPlan(c: TokenContext, clean: string): boolean {
  return /中心组[^,，。]{0,6}计划/.test(framing(c, clean));
}
