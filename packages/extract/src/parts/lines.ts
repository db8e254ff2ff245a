import { parseChineseNumeral } from '../numbers/chinese.ts';
import { foldWidth } from '../text/view.ts';

/** A numbered heading: its depth (第一部分 0, 一、 1, （一） 2, 1. 3, （1） 4, ① 5), its number and its words. */
export interface Heading {
  level: number;
  ordinal: number | null;
  title: string;
}

/** One line of the report: `[start, end)` in the input, `bare` without markdown, spaces or full-width forms. */
export interface Line {
  start: number;
  end: number;
  bare: string;
  heading: Heading | null;
}

const MARKERS: [RegExp, number][] = [
  [/^第([一二三四五六七八九十]{1,3})(?:部分|章|篇)[、，,.:：]?/, 0],
  [/^([一二三四五六七八九十]{1,3})(?:、|\.(?![0-9]))/, 1],
  [/^\(([一二三四五六七八九十]{1,3})\)[、.]?/, 2],
  [/^([0-9]{1,2})(?:、|\.(?![0-9]))/, 3],
  [/^\(([0-9]{1,2})\)[、.]?/, 4],
  [/^([①②③④⑤⑥⑦⑧⑨⑩])/, 5],
];

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

function ordinalOf(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const circled = CIRCLED.indexOf(s);
  return circled >= 0 ? circled + 1 : parseChineseNumeral(s);
}

/** A heading's words end at its first full stop or colon: （一）加强组织领导。邢庄镇… → 加强组织领导. */
export const TITLE_END = /[。！？!?；;：:]/;

export function titleOf(rest: string): string {
  const cut = TITLE_END.exec(rest);
  return (cut ? rest.slice(0, cut.index) : rest).slice(0, 60).replace(/[，,、]+$/, '');
}

function headingOf(bare: string): Heading | null {
  for (const [marker, level] of MARKERS) {
    const m = marker.exec(bare);
    if (!m) continue;
    const title = titleOf(bare.slice(m[0].length));
    // 一是… and 1.5万 are not headings; a marker with no words after it is a list's stray number
    return title.length > 0 ? { level, ordinal: ordinalOf(m[1] ?? ''), title } : null;
  }
  return null;
}

/** Markdown marks (#, **, >), every space, full-width forms folded: what a heading test reads. */
export function bareLine(raw: string): string {
  return foldWidth(raw)
    .replace(/[*_`]{2,}/g, '')
    .replace(/^[#>*\-\s]+/, '')
    .replace(/[\s\u3000*]+/g, '');
}

/** The report's lines with their offsets (CRLF and lone CR too) and any numbered heading they open with. */
export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const bare = bareLine(text.slice(start, end));
    lines.push({ start, end, bare, heading: headingOf(bare) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

/** A line that can stand as a heading with no number: short, not a sentence, not the report's title. */
export function looksLikeBareHeading(bare: string): boolean {
  if (bare.length < 2 || bare.length > 30 || /[。；;，,]$|[。！？]/.test(bare.replace(/[：:]$/, '')))
    return false;
  return !/(?:报告|总结)$|^关于|特此|^附件|^[(（]?20\d\d年\d{1,2}月/.test(bare);
}
