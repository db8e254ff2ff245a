import type { TokenContext } from './context.ts';

/**
 * 自2019年以来，累计调解纠纷近90万件; 近5年来，共调解纠纷400余件: a period that began before the report year
 * counts over several years, so its figures are not the report year's. A sentence opening with a bare
 * 2023年以来 is how reports say "this year so far" (year.ts reads the report year from it): only 自/从 or
 * 近N年 say the span.
 */
const SINCE_YEAR = /(?:自|从)(20\d\d)年(?:以来|来|至今)/g;
const RECENT_YEARS =
  /(?:^|[，,。;；:：\n])(?:近|最近|过去)(?:[2-9]|[两二三四五六七八九十])年(?:以来|来)?[，,]/g;

/** The sentence before the figure: its last period opening, and whether that period spans earlier years. */
export function spansEarlierYears(c: TokenContext, clean: string, year: number | null): boolean {
  if (year === null) return false;
  const before = clean.slice(c.sentenceStart, c.token.start);
  if (!/年/.test(before)) return false;
  let last = -1;
  let earlier = false;
  SINCE_YEAR.lastIndex = 0;
  for (let m = SINCE_YEAR.exec(before); m !== null; m = SINCE_YEAR.exec(before)) {
    last = m.index;
    earlier = Number(m[1]) < year;
  }
  RECENT_YEARS.lastIndex = 0;
  for (let m = RECENT_YEARS.exec(before); m !== null; m = RECENT_YEARS.exec(before)) {
    if (m.index > last) earlier = true;
  }
  // 2017年以来…，2024年共调处纠纷60宗: a later clause that names the report year takes the figures back
  const lastYear = [...before.matchAll(/(20\d\d)年(?!以来|来|至今)/g)].at(-1);
  if (lastYear && Number(lastYear[1]) === year && (lastYear.index ?? 0) > last) return false;
  return earlier;
}
