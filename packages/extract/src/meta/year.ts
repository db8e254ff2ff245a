import { parseDate } from './dates.ts';

const TITLE_YEAR = /(20\d\d)\s*年\s*度?[^。\n]{0,40}?(?:报告|总结|情况)/;
const INTRO_YEAR = /现(?:将|对)[^。\n]{0,16}?(20\d\d)\s*年[^。\n]{0,40}?(?:报告|汇报|总结)/;
/** 二、2022年度依法行政的主要举措和成效, （一）2024年工作情况: a section heading that opens with the year. */
const HEADING_YEAR =
  /(?:^|\n)[\s*#]*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[、．])\s*(20\d\d)\s*年\s*度?([^\n]{0,40})/g;
/** A heading about the year ahead: 三、2025年工作计划 names the next year, not the one covered. */
const PLAN = /打算|计划|思路|安排|展望|目标|谋划|重点工作|工作要点/;
/** A line or sentence that opens with the year: 2023年，…; 2024年以来…; 2024以来… */
const OPENING_YEAR =
  /(?:^|\n|。|[:：]|(?<=[a-z]))[\s*#]*(?:\d+\.)?(20\d\d)\s*(?:年\s*(?:度)?(?:以来|,|，|、|[\u4e00-\u9fff])|以来)/g;
/** A clause that opens with a year: 2022年我镇…, 2022年增福镇组织… (not 2021年以来, not a date). */
const CLAUSE_YEAR =
  /^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?(20\d\d)\s*年\s*度?(?![以之](?:前|来|后)|\s*\d{1,2}\s*月|[—\-~至到－])/;
/** What the year ahead is written with: a clause with these plans, it does not report. */
const AHEAD = /计划|打算|下一步|力争|预计|展望/;
/** 截至2023年底，全镇累计…: the state at the end of the year the report covers. */
const UNTIL_YEAR = /截至\s*(20\d\d)\s*年/g;
/** A web page's own date line: 发布时间：2023-02-27. */
const PAGE_DATE = /(?:发布|发表|更新|成文|印发)?(?:时间|日期)[\s:：|]*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/;

function titleYear(lines: string[], titleMask: (line: string) => string, needsLaw: boolean) {
  for (const raw of lines.slice(0, 40)) {
    const line = titleMask(raw).trim();
    if (line.length === 0 || line.length > 70) continue;
    const m = TITLE_YEAR.exec(line);
    if (!m || /发布|日期|时间|索引/.test(line.slice(0, m.index))) continue;
    if (!needsLaw || /法治|依法|法制/.test(line)) return Number(m[1]);
  }
  return null;
}

function headingYear(text: string): number | null {
  HEADING_YEAR.lastIndex = 0;
  for (let m = HEADING_YEAR.exec(text); m !== null; m = HEADING_YEAR.exec(text)) {
    if (!PLAN.test(m[2] ?? '')) return Number(m[1]);
  }
  return null;
}

function openingYear(text: string): number | null {
  OPENING_YEAR.lastIndex = 0;
  const m = OPENING_YEAR.exec(text);
  if (!m || m.index >= 400) return null;
  // 下一步打算。2024年，计划…: the year ahead, said right before or right after it
  const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
  return AHEAD.test(around) ? null : Number(m[1]);
}

/**
 * The year the clauses that report activity agree on: two or more, with no other year near as often; as a last
 * resort (`least` 1), the one year a single such clause names when no clause names another.
 */
function agreedYear(text: string, least = 2): number | null {
  const counts = new Map<number, number>();
  for (const clause of text.split(/[。；;\n]/)) {
    const c = clause.trim();
    const m = CLAUSE_YEAR.exec(c);
    if (!m || AHEAD.test(c)) continue;
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < least || (second && (least < 2 || second[1] * 3 > first[1]))) return null;
  return first[0];
}

/** The one year the report's 截至 figures are stated at (none when they name two). */
function untilYear(text: string): number | null {
  const years = new Set([...text.matchAll(UNTIL_YEAR)].map((m) => Number(m[1])));
  const [only] = years;
  return years.size === 1 && only !== undefined ? only : null;
}

/** A report is published in the spring after its year; one dated in November or December covers that year. */
function pageDateYear(lines: string[]): number | null {
  for (const line of lines.slice(0, 30)) {
    const m = PAGE_DATE.exec(line.replace(/\s/g, ''));
    const date = m?.[1] ? parseDate(m[1].replace(/[年月]/g, '-')) : null;
    if (date) return Number(date.slice(5, 7)) >= 11 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  }
  return null;
}

/**
 * The year the report covers: its title, its 现将…报告如下 line, a section heading, the year its first
 * paragraph opens with, a title without 法治, the year its clauses agree on, the year its 截至 figures are
 * stated at, the page's date, and last the one year a single activity clause names.
 */
export function findYear(text: string, lines: string[], titleMask: (line: string) => string): number | null {
  const masked = titleMask(text);
  const intro = INTRO_YEAR.exec(masked)?.[1];
  return (
    titleYear(lines, titleMask, true) ??
    (intro ? Number(intro) : null) ??
    headingYear(masked) ??
    openingYear(masked) ??
    titleYear(lines, titleMask, false) ??
    agreedYear(masked) ??
    untilYear(masked) ??
    pageDateYear(lines) ??
    agreedYear(masked, 1)
  );
}
