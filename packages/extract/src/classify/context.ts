import type { NumToken } from '../numbers/scan.ts';
import { type ListItem, listItemFor } from './lists.ts';
import { planZones } from './plans.ts';

export type Topic = 'recon' | 'litig' | 'dispute';

/** What surrounds one number: the words the classifier reads. All strings are clean-text slices. */
export interface TokenContext {
  token: NumToken;
  /** from the clause start or the previous figure, up to the number (its prefix qualifier excluded) */
  phrase: string;
  phraseStart: number;
  clauseStart: number;
  /** from the clause start up to the number; in all these strings 《…》 is shortened to 《》 */
  clause: string;
  /** the clause before this one, within the sentence ('' at the sentence start) */
  prevClause: string;
  prevClauseStart: number;
  /** after the measure word, up to the clause end or the next figure */
  right: string;
  rightEnd: number;
  sentence: string;
  sentenceStart: number;
  /** the paragraph up to the number (at most WINDOW characters): the scene a clause belongs to */
  paragraphBefore: string;
  /** the last subject marker (复议, 应诉, 纠纷) before the number within its paragraph */
  topic: Topic | null;
  /** 2022年度我局行政诉讼败诉2件: the year the clause opens with, when nothing else stands between */
  clauseYear: number | null;
  /** inside a section about next year's plans (下一步工作打算): targets, not results */
  planned: boolean;
  /** in a 分别 list: the label this figure takes (受理、审结…分别为88件、63件) */
  listItem: ListItem | null;
  /** a list item with no verb, read with the list's verb before it (see shared-verb.ts) */
  withListVerb?: string;
  /** the nearest counted figures before and after (years and dates are not figures) */
  prevFigure: NumToken | undefined;
  nextFigure: NumToken | undefined;
}

const TOPIC =
  /(行政复议|复议|直接纠错)|(行政应诉|行政诉讼|应诉|败诉|出庭|被告|开庭)|(矛盾纠纷|纠纷|调委会|人民调解|调解委员会)/g;
const TOPICS: Topic[] = ['recon', 'litig', 'dispute'];

/** Positions of sentence, clause and paragraph breaks, ascending; looked up by binary search. */
interface Breaks {
  sentence: number[];
  clause: number[];
  paragraph: number[];
}

function kindOf(clean: string, i: number): 0 | 1 | 2 | 3 {
  const ch = clean.charCodeAt(i);
  if (ch === 10) return 3; // paragraph
  if (ch === 0x3002 || ch === 33 || ch === 63 || ch === 59) return 2; // 。!?;
  if (ch === 0xff0c || ch === 58) return 1; // ，:
  if (ch === 44) {
    // a thousands separator (1,200) is not a clause break
    const a = clean.charCodeAt(i - 1);
    const b = clean.charCodeAt(i + 1);
    return a >= 48 && a <= 57 && b >= 48 && b <= 57 ? 0 : 1;
  }
  return 0;
}

function findBreaks(clean: string): Breaks {
  const b: Breaks = { sentence: [], clause: [], paragraph: [] };
  for (let i = 0; i < clean.length; i++) {
    const k = kindOf(clean, i);
    if (k === 0) continue;
    b.clause.push(i);
    if (k >= 2) b.sentence.push(i);
    if (k === 3) b.paragraph.push(i);
  }
  return b;
}

/** The index of the first break at or after `at` (binary search). */
function firstAtOrAfter(breaks: number[], at: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The start of the span around `at`: one past the last break before it. */
function startBefore(breaks: number[], at: number): number {
  const i = firstAtOrAfter(breaks, at);
  return i > 0 ? (breaks[i - 1] ?? -1) + 1 : 0;
}

/** The end of the span around `at`: the first break at or after it. */
function endFrom(breaks: number[], at: number, length: number): number {
  return breaks[firstAtOrAfter(breaks, at)] ?? length;
}

interface TopicMark {
  at: number;
  topic: Topic;
}

function topicMarks(clean: string): TopicMark[] {
  const marks: TopicMark[] = [];
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(clean); m !== null; m = TOPIC.exec(clean)) {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    const topic = TOPICS[idx];
    if (topic) marks.push({ at: m.index, topic });
  }
  return marks;
}

export function buildContexts(clean: string, tokens: NumToken[]): TokenContext[] {
  const marks = topicMarks(clean);
  const b = findBreaks(clean);
  const plans = planZones(clean);
  let markIdx = 0;
  const out: TokenContext[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as NumToken;
    // windows are capped so that a text with no punctuation (a table dump) stays linear
    const sentenceStart = Math.max(startBefore(b.sentence, token.start), token.start - WINDOW);
    const clauseStart = Math.max(sentenceStart, startBefore(b.clause, token.start), token.start - WINDOW);
    const prev = findMeasured(tokens, t, -1, endsPhrase);
    // 76名干部参加2024年度法治理论考试: a year inside the phrase does not end it
    const next = findMeasured(tokens, t, 1, isFigure);
    const phraseStart = Math.max(clauseStart, prev ? prev.end : 0);
    const rightEnd = Math.max(
      token.end,
      Math.min(endFrom(b.clause, token.end, clean.length), next ? next.start : clean.length),
    );
    const prevClauseStart =
      clauseStart > sentenceStart
        ? Math.max(sentenceStart, startBefore(b.clause, clauseStart - 1))
        : clauseStart;
    while (markIdx < marks.length && (marks[markIdx] as TopicMark).at < token.start) markIdx++;
    const lastMark = marks[markIdx - 1];
    out.push({
      token,
      phrase: collapseTitles(clean.slice(phraseStart, token.start)),
      phraseStart,
      clauseStart,
      clause: collapseTitles(clean.slice(clauseStart, token.start)),
      prevClause: collapseTitles(clean.slice(prevClauseStart, Math.max(prevClauseStart, clauseStart - 1))),
      prevClauseStart,
      right: collapseTitles(clean.slice(token.end, rightEnd)),
      rightEnd,
      sentence: clean.slice(
        sentenceStart,
        Math.min(endFrom(b.sentence, token.end, clean.length), token.end + WINDOW),
      ),
      sentenceStart,
      paragraphBefore: clean.slice(
        Math.max(startBefore(b.paragraph, token.start), token.start - WINDOW),
        token.start,
      ),
      topic: lastMark && lastMark.at >= startBefore(b.paragraph, token.start) ? lastMark.topic : null,
      clauseYear:
        prev && prev.measure === '年' && prev.end >= clauseStart && isYear(prev.value) ? prev.value : null,
      planned: plans.some(([s, e]) => token.start >= s && token.start < e),
      listItem: listItemFor(clean, clauseStart, endFrom(b.clause, token.end, clean.length), tokens, t),
      prevFigure: findMeasured(tokens, t, -1, isFigure),
      nextFigure: next,
    });
  }
  return out;
}

const WINDOW = 400;
const isYear = (n: number) => Number.isInteger(n) && n >= 2000 && n <= 2100;

/** Book titles (《宪法》《行政执法培训》) name things; their words are not cues. */
function collapseTitles(s: string): string {
  return s.includes('《') ? s.replace(/《[^》]*》/g, '《》') : s;
}

const DATE_PART = /^[年月日号]$/;
const isFigure = (tok: NumToken) => !tok.masked && !DATE_PART.test(tok.measure);
// a number inside a title (《…八项规定》) is part of a name and does not end the phrase before a figure
const unmasked = (tok: NumToken) => !tok.masked;
// 发放宣传资料40余类15000余份: a count of kinds right before a count is part of its words
const endsPhrase = (tok: NumToken) => unmasked(tok) && tok.measure !== '类' && tok.measure !== '种';

/** The nearest token before (step -1) or after (step 1) token `t` with a measure word that `ok` accepts. */
function findMeasured(
  tokens: NumToken[],
  t: number,
  step: 1 | -1,
  ok: (tok: NumToken) => boolean,
): NumToken | undefined {
  for (let i = t + step; i >= 0 && i < tokens.length; i += step) {
    const tok = tokens[i] as NumToken;
    if (tok.measure !== '' && ok(tok)) return tok;
  }
  return undefined;
}
