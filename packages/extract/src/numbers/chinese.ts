const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Parses a Chinese numeral in positional form (二十一, 两万, 一百二十, 十, 三千五百) to its value.
 * Returns null for digit strings that are not numbers (八五, 十五五, 二〇二三).
 * A unit with no digit before it at the start counts one (十 = 10, 千 = 1000, as in 近千名).
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY;
  let sawUnit = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // two digits in a row (八五) are a name, not a number; 零 may precede a digit (一百零五)
      if (digit !== null && digit !== 0) return null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      // a unit with no digit before it counts one of it only at the start (十二, 近千, 百余)
      if (digit === null && (section !== 0 || total !== 0)) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      sawUnit = true;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      const first = section === 0 && total === 0 && digit === null;
      const sectionValue = first ? 1 : section + (digit ?? 0);
      if (sectionValue === 0) return null;
      total = (total + sectionValue) * big;
      section = 0;
      digit = null;
      lastSmall = Number.POSITIVE_INFINITY;
      sawUnit = true;
      continue;
    }
    return null;
  }
  if (!sawUnit && s.length > 1) return null;
  return total + section + (digit ?? 0);
}
