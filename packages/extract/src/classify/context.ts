import type { NumToken } from '../numbers/scan.ts';

export type Topic = 'recon' | 'litig' | 'dispute';

/** What surrounds one number: the words the classifier reads. All strings are clean-text slices. */
export interface TokenContext {
  token: NumToken;
  /** from the clause start or the previous figure, up to the number (its prefix qualifier excluded) */
  phrase: string;
  phraseStart: number;
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
  /** the last subject marker (复议, 应诉, 纠纷) before the number within its paragraph */
  topic: Topic | null;
}

const SENTENCE_BREAK = new Set(['。', '!', '?', ';', '\n']);
const CLAUSE_BREAK = new Set(['，', ',', ':', '。', '!', '?', ';', '\n']);
const TOPIC =
  /(行政复议|复议)|(行政应诉|行政诉讼|应诉|败诉|出庭|被告|开庭)|(矛盾纠纷|纠纷|调委会|人民调解|调解委员会)/g;
const TOPICS: Topic[] = ['recon', 'litig', 'dispute'];

function isClauseBreak(clean: string, i: number): boolean {
  const ch = clean[i] ?? '';
  if (!CLAUSE_BREAK.has(ch)) return false;
  // a thousands separator (1,200) is not a clause break
  return !(ch === ',' && /[0-9]/.test(clean[i - 1] ?? '') && /[0-9]/.test(clean[i + 1] ?? ''));
}

function backTo(clean: string, from: number, stop: (i: number) => boolean, limit: number): number {
  let i = from - 1;
  const floor = Math.max(0, from - limit);
  while (i >= floor && !stop(i)) i--;
  return i + 1;
}

function forwardTo(clean: string, from: number, stop: (i: number) => boolean, limit: number): number {
  let i = from;
  const ceil = Math.min(clean.length, from + limit);
  while (i < ceil && !stop(i)) i++;
  return i;
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
  let markIdx = 0;
  const out: TokenContext[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as NumToken;
    const isSentenceBreak = (i: number) => SENTENCE_BREAK.has(clean[i] ?? '');
    const clauseBreak = (i: number) => isClauseBreak(clean, i);
    const sentenceStart = backTo(clean, token.start, isSentenceBreak, 400);
    const sentenceEnd = forwardTo(clean, token.end, isSentenceBreak, 400);
    const clauseStart = Math.max(sentenceStart, backTo(clean, token.start, clauseBreak, 200));
    const clauseEnd = forwardTo(clean, token.end, clauseBreak, 200);
    const prev = findPrevMeasured(tokens, t);
    const next = findNextMeasured(tokens, t);
    const phraseStart = Math.max(clauseStart, prev ? prev.end : 0);
    const rightEnd = Math.min(clauseEnd, next ? next.start : clean.length);
    const prevClauseStart =
      clauseStart > sentenceStart
        ? Math.max(sentenceStart, backTo(clean, clauseStart - 1, clauseBreak, 200))
        : clauseStart;
    while (markIdx < marks.length && (marks[markIdx] as TopicMark).at < token.start) markIdx++;
    const paragraphStart = backTo(clean, token.start, (i) => clean[i] === '\n', 3000);
    const lastMark = marks[markIdx - 1];
    out.push({
      token,
      phrase: collapseTitles(clean.slice(phraseStart, token.start)),
      phraseStart,
      clause: collapseTitles(clean.slice(clauseStart, token.start)),
      prevClause: collapseTitles(clean.slice(prevClauseStart, Math.max(prevClauseStart, clauseStart - 1))),
      prevClauseStart,
      right: collapseTitles(clean.slice(token.end, Math.max(token.end, rightEnd))),
      rightEnd: Math.max(token.end, rightEnd),
      sentence: clean.slice(sentenceStart, sentenceEnd),
      sentenceStart,
      topic: lastMark && lastMark.at >= paragraphStart ? lastMark.topic : null,
    });
  }
  return out;
}

/** Book titles (《宪法》《行政执法培训》) name things; their words are not cues. */
function collapseTitles(s: string): string {
  return s.includes('《') ? s.replace(/《[^》]*》/g, '《》') : s;
}

function findPrevMeasured(tokens: NumToken[], t: number): NumToken | undefined {
  for (let i = t - 1; i >= 0; i--) {
    const tok = tokens[i] as NumToken;
    if (tok.measure !== '') return tok;
  }
  return undefined;
}

function findNextMeasured(tokens: NumToken[], t: number): NumToken | undefined {
  for (let i = t + 1; i < tokens.length; i++) {
    const tok = tokens[i] as NumToken;
    if (tok.measure !== '') return tok;
  }
  return undefined;
}
