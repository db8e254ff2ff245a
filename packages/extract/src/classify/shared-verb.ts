import type { TokenContext } from './context.ts';

/** Verbs that govern a list of objects: 审核合同18份、规范性文件9份 reviews both. */
const VERB =
  /审核把关|审核|审查|审签|把关|备案|制定|出台|制发|印发|下发|发布|发放|出具|提出|办理|受理|处理|办结|审结|结案|立案|化解|调处|调解|排查|预防|检查|查处|开展|组织|举办|召开|公开|提供|完成|接待|解答|收到|评查|签订|纳入|参与|参加|研讨/g;
/** Things a verb is done to (documents, cases), not events, whose clauses name their own subjects. */
const DOCUMENTS = new Set(['份', '件', '宗', '起', '项', '本', '册']);
/** Measures of printed copies handed out. */
const COPIES = new Set(['份', '本', '册']);
/** What opens the next item of a list or a breakdown: 、 和 及, (含, ，其中 */
const OPENER = /^(?:[、,，;；]|以及|和|及|与)?[(（]?(?:其中|含|包括)?[:：,，]?/;

/** 路政方面案件 has none; 办结案件 has one. */
export const hasVerb = (phrase: string): boolean => verbPrefix(phrase) !== null;

function verbPrefix(phrase: string): string | null {
  VERB.lastIndex = 0;
  let end = -1;
  for (let m = VERB.exec(phrase); m !== null; m = VERB.exec(phrase)) end = m.index + m[0].length;
  return end < 0 ? null : phrase.slice(0, end);
}

/**
 * The second item of a list keeps the list's verb: in 审核采购合同18份、本级规范性文件9份 the 9 is read as
 * 审核本级规范性文件, and in 完成法制审核48份(含合同37份…) the 37 as 完成法制审核合同. An item joins the figure
 * before it when nothing but the item stands between them, or when it opens a breakdown (其中, 含); an item with
 * a verb of its own keeps it.
 */
export function linkSharedVerbs(contexts: TokenContext[]): void {
  for (let i = 1; i < contexts.length; i++) {
    const c = contexts[i] as TokenContext;
    const prev = contexts[i - 1] as TokenContext;
    if (c.listItem || prev.sentenceStart !== c.sentenceStart || prev.token.measure === '年') continue;
    const opener = OPENER.exec(c.phrase)?.[0] ?? '';
    const item = c.phrase.slice(opener.length);
    if (item === '' || verbPrefix(item) !== null) continue;
    // 审核行政规范性文件4份,县政府重大招商协议、合同8份: a verbless clause counted in the same measure goes on
    // with the verb of the figure just before
    const between = c.sentence.slice(prev.token.end - c.sentenceStart, c.phraseStart - c.sentenceStart);

    // 发放宣传资料15000余份(册、页),书籍1000余本: copies of another kind, after a gloss on the first
    const sameMeasure =
      prev.token.measure === c.token.measure ||
      (COPIES.has(prev.token.measure) && COPIES.has(c.token.measure));
    const nextClause =
      /^(?:[(（][^()（）]{0,8}[)）])?[,，]$/.test(between) &&
      sameMeasure &&
      DOCUMENTS.has(c.token.measure) &&
      !/率/.test(item);
    const joined = c.phraseStart === prev.token.end || nextClause || /其中|含|包括/.test(opener);
    if (!joined) continue;
    const verb = prev.withListVerb ? verbPrefix(prev.withListVerb) : verbPrefix(prev.phrase);
    if (verb) c.withListVerb = `${verb}${item}`;
  }
}
