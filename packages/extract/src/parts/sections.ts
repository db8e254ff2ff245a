import type { ReportPartKey } from '@fazhi/catalog';
import { partsNamedBy } from './cues.ts';
import { type Line, looksLikeBareHeading } from './lines.ts';

/** A stretch of the body under one top heading (or before the first: the preamble, `headingLine` null). */
export interface Section {
  from: number;
  to: number;
  headingLine: number | null;
  title: string | null;
  /** the parts its heading names, in the heading's order; empty for a heading of no part */
  parts: ReportPartKey[];
}

const isDateLine = (bare: string) =>
  bare.length <= 40 &&
  /(?:20\d\d|[〇零○O一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月/.test(bare);

/** Whether a line is long enough, or sentence enough, to be running text. */
export const isProse = (bare: string) => bare.length > 30 || /[。！？]/.test(bare);

const namesParts = (line: Line, year: number | null): ReportPartKey[] => {
  if (line.heading) return partsNamedBy(line.heading.title, year, false);
  return looksLikeBareHeading(line.bare) ? partsNamedBy(line.bare.replace(/[:：]$/, ''), year, false) : [];
};

/**
 * The body: from the first line of running text or heading (after the title and the addressee) to the last
 * one before the closing (特此报告, the issuing body, the date).
 */
export function bodyRange(lines: Line[], year: number | null): { from: number; to: number } {
  const title = lines.findIndex((l) => l.bare.length > 0);
  let from = lines.findIndex(
    (l, i) => isProse(l.bare) || l.heading !== null || (i > title && namesParts(l, year).length > 0),
  );
  if (from < 0) from = lines.length;
  let to = lines.length;
  for (let seen = 0; to > from && seen < 8; to--) {
    const { bare, heading } = lines[to - 1] as Line;
    if (bare.length === 0) continue;
    const closing =
      /^(?:特此报告|以上报告|专此报告|此致|敬礼)/.test(bare) ||
      isDateLine(bare) ||
      (!isProse(bare) && heading === null && namesParts(lines[to - 1] as Line, year).length === 0);
    if (!closing) break;
    seen++;
  }
  return { from, to };
}

/**
 * The top sections: headings at the shallowest level that names a part (一、 in most reports, （一） in some),
 * plus unnumbered lines that name one (存在的问题). A heading at that level whose number does not follow
 * the last one (一、 after 三、) is a list inside a part, not a new section.
 */
export function topSections(lines: Line[], body: { from: number; to: number }, year: number | null) {
  const named = new Map<number, ReportPartKey[]>();
  let partLevel: number | null = null;
  for (let i = body.from; i < body.to; i++) {
    const line = lines[i] as Line;
    const parts = namesParts(line, year);
    if (parts.length === 0) continue;
    named.set(i, parts);
    if (line.heading && (partLevel === null || line.heading.level < partLevel))
      partLevel = line.heading.level;
  }
  const starts: Section[] = [];
  let lastOrdinal: number | null = null;
  for (let i = body.from; i < body.to; i++) {
    const line = lines[i] as Line;
    const h = line.heading;
    const parts = named.get(i) ?? [];
    let startsHere = false;
    if (h && partLevel !== null && h.level < partLevel) {
      startsHere = true;
      lastOrdinal = null;
    } else if (h && h.level === partLevel) {
      // a list inside a part (一、干部法治意识不足，…) restarts the numbers; a part's own heading is a short phrase
      const phrase = parts.length > 0 && h.title.length <= 30 && !/[，,]/.test(h.title);
      startsHere = phrase || lastOrdinal === null || h.ordinal === lastOrdinal + 1;
      if (startsHere) lastOrdinal = h.ordinal;
    } else if (!h && parts.length > 0) {
      startsHere = true;
    }
    if (!startsHere) continue;
    const title = h ? h.title : line.bare.replace(/[:：]$/, '');
    starts.push({
      from: i,
      to: body.to,
      headingLine: i,
      title,
      parts: h && h.level < (partLevel ?? 0) ? [] : parts,
    });
  }
  const sections: Section[] = [];
  const firstStart = starts[0]?.from ?? body.to;
  if (firstStart > body.from)
    sections.push({ from: body.from, to: firstStart, headingLine: null, title: null, parts: [] });
  starts.forEach((s, k) => {
    sections.push({ ...s, to: starts[k + 1]?.from ?? body.to });
  });
  return { sections, partLevel };
}
