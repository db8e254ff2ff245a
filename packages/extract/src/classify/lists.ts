import type { NumToken } from '../numbers/scan.ts';

/** The label a figure takes from a 分别 list, and where that label starts in the clean text. */
export interface ListItem {
  phrase: string;
  start: number;
}

const RESPECTIVELY = /分别(?:为|是|达到|达|有|占|完成)?/;
// a short item that is only a verb (受理、审结行政复议案件) shares the noun after the last item's verb
const VERB_ITEM =
  /^(?:受理|审结|办结|结案|收到|办理|调处|化解|调解|排查|查处|检查|审查|审核|开展|举办|组织|发放|印发)$/;

/**
 * 开展普法活动、发放宣传资料、受教育群众分别为560余场次、12万余份、35万人次: the i-th figure after 分别 takes
 * the i-th label before it. Only when labels and figures are as many; otherwise the list is not ours to read.
 */
export function listItemFor(
  clean: string,
  clauseStart: number,
  clauseEnd: number,
  tokens: NumToken[],
  t: number,
): ListItem | null {
  const token = tokens[t] as NumToken;
  const before = clean.slice(clauseStart, token.start);
  const m = RESPECTIVELY.exec(before);
  if (!m) return null;
  const listStart = clauseStart + m.index + m[0].length;
  const figures = tokens.filter((x) => x.measure !== '' && x.start >= listStart && x.start < clauseEnd);
  const i = figures.indexOf(token);
  // the figures must follow one another: only 、 和 及 between them
  for (let k = 1; k < figures.length; k++) {
    const gap = clean.slice((figures[k - 1] as NumToken).end, (figures[k] as NumToken).start);
    if (!/^[、和及与,，\s]*$/.test(gap)) return null;
  }
  const labels = before.slice(0, m.index);
  const items = labels.split('、');
  if (i < 0 || items.length !== figures.length || items.length < 2) return null;
  const last = items.at(-1) ?? '';
  const shared = last.length > 2 && VERB_ITEM.test(last.slice(0, 2)) ? last.slice(2) : '';
  let offset = 0;
  for (let k = 0; k < i; k++) offset += (items[k] ?? '').length + 1;
  const item = items[i] ?? '';
  return { phrase: VERB_ITEM.test(item) ? item + shared : item, start: clauseStart + offset };
}
