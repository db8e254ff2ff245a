import type { ReportPartKey } from '@fazhi/catalog';
import { LEADERSHIP_WORDS, partOpenedBy, partsNamedBy } from './cues.ts';
import type { Line } from './lines.ts';

/** Lines `[from, to)` that carry one part, found by a heading (`headingLine`) or by the paragraphs. */
export interface Run {
  part: ReportPartKey;
  from: number;
  to: number;
  headingLine: number | null;
  title: string | null;
  /** the parts of a merged heading that nothing inside it told apart: they share this run */
  shared: ReportPartKey[];
}

export interface WalkRules {
  /** the part a line belongs to when nothing inside the stretch names another */
  fallback: ReportPartKey | null;
  /** the heading that opened the stretch as `fallback` */
  headingLine: number | null;
  title: string | null;
  /** parts a heading inside the stretch may open (（五）认真履行第一责任人职责 inside the measures) */
  byHeading: ReadonlySet<ReportPartKey>;
  /** parts a paragraph inside the stretch may open (下一步，… inside the shortcomings) */
  byParagraph: ReadonlySet<ReportPartKey>;
  /** numbered headings at or above this level are not inside the stretch (null: none are top) */
  partLevel: number | null;
  year: number | null;
}

type Until = 'end' | 'leadership-paragraphs' | number;

/**
 * Walks a stretch line by line and says which part each line carries. A part opened by a heading inside the
 * stretch ends at the next heading as high; a leadership paragraph inside the measures runs while the
 * paragraphs after it still speak of the first responsible person; any other part opened by a paragraph
 * runs to the end of the stretch (存在的问题… 下一步，… is the plan from there on).
 */
export function walkStretch(lines: Line[], from: number, to: number, rules: WalkRules): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let until: Until = 'end';
  const open = (part: ReportPartKey | null, i: number, headingLine: number | null, title: string | null) => {
    if (current && current.part === part && headingLine === null) return;
    current = part ? { part, from: i, to: i, headingLine, title, shared: [] } : null;
    if (current) runs.push(current);
  };
  open(rules.fallback, from, rules.headingLine, rules.title);
  for (let i = from; i < to; i++) {
    const { bare, heading } = lines[i] as Line;
    if (heading && (rules.partLevel === null || heading.level > rules.partLevel)) {
      const backAtHeading =
        until === 'leadership-paragraphs' || (typeof until === 'number' && heading.level <= until);
      if (backAtHeading) {
        open(rules.fallback, i, null, null);
        until = 'end';
      }
      const named = partsNamedBy(heading.title, rules.year, true).filter((p) => rules.byHeading.has(p));
      const [part] = named;
      if (part && part !== (current as Run | null)?.part) {
        open(part, i, i, heading.title);
        until = heading.level;
      }
    } else if (!heading && bare.length > 0) {
      if (until === 'leadership-paragraphs' && !LEADERSHIP_WORDS.test(bare)) {
        open(rules.fallback, i, null, null);
        until = 'end';
      }
      const part = partOpenedBy(bare, rules.year);
      if (part && rules.byParagraph.has(part) && part !== (current as Run | null)?.part) {
        open(part, i, null, null);
        until = part === 'leadership' && rules.fallback !== null ? 'leadership-paragraphs' : 'end';
      }
    }
    if (current) (current as Run).to = i + 1;
  }
  return runs.filter((r) => r.to > r.from);
}
