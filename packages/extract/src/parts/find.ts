import {
  type PartSpan,
  REPORT_PARTS,
  type ReportPart,
  type ReportPartKey,
  type ReportParts,
} from '@fazhi/catalog';
import { findYear } from '../meta/year.ts';
import { foldWidth } from '../text/view.ts';
import { type Line, readLines, TITLE_END } from './lines.ts';
import { bodyRange, isProse, type Section, topSections } from './sections.ts';
import { type Run, walkStretch } from './walk.ts';

export type { PartSpan, ReportPart, ReportParts } from '@fazhi/catalog';

/** Under this many characters of its own text, or a single sentence, a part is there in name only. */
export const TOKEN_CHARS = 50;

/** Parts a paragraph may open inside a part's section when no heading names them. */
const OPENS_INSIDE: Record<ReportPartKey, ReportPartKey[]> = {
  measures: ['leadership', 'other'],
  shortcomings: ['nextYear', 'other'],
  leadership: ['other'],
  nextYear: ['other'],
  other: [],
};

const without = (parts: readonly ReportPartKey[], found: Set<ReportPartKey>) =>
  new Set(parts.filter((p) => !found.has(p)));

/** The preamble's first paragraph is the opening formula (现将…报告如下), not a part. */
function afterOpening(lines: Line[], s: Section, lastSection: boolean): number {
  const first = lines.findIndex((l, i) => i >= s.from && i < s.to && l.bare.length > 0);
  if (first < 0) return s.from;
  const bare = (lines[first] as Line).bare;
  const onlyParagraph = !lastSection && !lines.slice(first + 1, s.to).some((l) => isProse(l.bare));
  return /如下|[:：]$/.test(bare) || onlyParagraph ? first + 1 : first;
}

function runsOf(lines: Line[], year: number | null): Run[] {
  const body = bodyRange(lines, year);
  const { sections, partLevel } = topSections(lines, body, year);
  const found = new Set(sections.flatMap((s) => s.parts));
  // sections that are no part precede the shortcomings and the plan: the measures, when no heading names them
  const firstLater = sections.findIndex((s) => s.parts.some((p) => p !== 'measures' && p !== 'leadership'));
  const runs: Run[] = [];
  sections.forEach((s, k) => {
    const [fallback = null, ...rest] = s.parts;
    const unnamed = fallback === null;
    const measuresByDefault = unnamed && !found.has('measures') && (firstLater < 0 || k < firstLater);
    const from = s.headingLine === null ? afterOpening(lines, s, sections.length === 1) : s.from;
    const walked = walkStretch(lines, from, s.to, {
      fallback: measuresByDefault ? 'measures' : fallback,
      headingLine: unnamed ? null : s.headingLine,
      title: unnamed ? null : s.title,
      byHeading: new Set([...without(REPORT_PARTS, found), ...rest]),
      byParagraph: new Set([...without(unnamed ? REPORT_PARTS : OPENS_INSIDE[fallback], found), ...rest]),
      partLevel,
      year,
    });
    // a merged heading (存在的问题和下一步打算) with nothing under it telling the parts apart counts for each
    const told = new Set(walked.map((r) => r.part));
    const untold = rest.filter((p) => !told.has(p));
    const whole = walked.find((r) => r.headingLine === s.headingLine && r.part === fallback);
    if (whole && untold.length > 0) {
      whole.shared = untold;
      for (const p of untold)
        runs.push({
          ...whole,
          part: p,
          shared: [fallback as ReportPartKey, ...untold.filter((q) => q !== p)],
        });
    }
    runs.push(...walked);
  });
  return runs;
}

/** The run's own text: its lines, less its heading's number and words (what follows them on the line stays). */
function ownText(text: string, lines: Line[], run: Run): string {
  let own = '';
  for (let i = run.from; i < run.to; i++) {
    const { start, end } = lines[i] as Line;
    const raw = text.slice(start, end);
    if (i !== run.headingLine) own += `${raw}\n`;
    else {
      const stop = TITLE_END.exec(raw);
      own += stop ? `${raw.slice(stop.index + 1)}\n` : '\n';
    }
  }
  return own.replace(/[\s\u3000*#>_`]+/g, '');
}

// 一是…；二是…；三是… lists items: each counts as a sentence
const sentencesIn = (own: string) => own.split(/[。！？!?；;]/).filter((s) => s.length > 1).length;

function spansOf(lines: Line[], runs: Run[]): PartSpan[] {
  const spans: PartSpan[] = [];
  for (const run of [...runs].sort((a, b) => a.from - b.from)) {
    let last = run.to - 1;
    while (last > run.from && (lines[last] as Line).bare.length === 0) last--;
    const start = (lines[run.from] as Line).start;
    const end = (lines[last] as Line).end;
    const previous = spans.at(-1);
    const between = previous ? lines.filter((l) => l.start >= previous.end && l.end <= start) : [];
    if (previous && between.every((l) => l.bare.length === 0)) previous.end = Math.max(previous.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

function partFrom(text: string, lines: Line[], runs: Run[]): ReportPart {
  if (runs.length === 0)
    return { status: 'missing', spans: [], length: 0, heading: null, via: null, sharedWith: [] };
  const own = runs.map((r) => ownText(text, lines, r)).join('');
  const named = runs.find((r) => r.title !== null);
  return {
    status: own.length < TOKEN_CHARS || sentencesIn(own) <= 1 ? 'token' : 'present',
    spans: spansOf(lines, runs),
    length: own.length,
    heading: named?.title ?? null,
    via: named ? 'heading' : 'paragraph',
    sharedWith: [...new Set(runs.flatMap((r) => r.shared))],
  };
}

/** The year the report covers, for telling the plan (2025年工作计划) from the year's work, when not given. */
function coveredYear(text: string): number | null {
  const head = foldWidth(text.slice(0, 4000));
  const masked = (s: string) => s.replace(/《[^》\n]{0,80}》/g, '《》');
  return findYear(head, head.split(/\r?\n/), masked);
}

/**
 * Finds the five parts 厅字〔2019〕28号 requires of a report: by the headings that name them (一、…主要举措和成效,
 * （二）存在的不足, 下一步工作打算 on a line of its own), otherwise by the paragraphs that carry them
 * (存在的不足…, 下一步，…, 作为第一责任人…). Each part comes with its spans, its length and whether it is
 * present, only a token (under TOKEN_CHARS characters or one sentence) or missing. Pure: text in, parts out.
 */
export function findParts(text: string, options: { year?: number | null } = {}): ReportParts {
  const lines = readLines(text);
  const year = options.year !== undefined ? options.year : coveredYear(text);
  const runs = runsOf(lines, year);
  const parts = {} as ReportParts;
  for (const key of REPORT_PARTS)
    parts[key] = partFrom(
      text,
      lines,
      runs.filter((r) => r.part === key),
    );
  return parts;
}
