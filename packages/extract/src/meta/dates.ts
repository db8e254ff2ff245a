import { parseChineseNumeral } from '../numbers/chinese.ts';

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function yearValue(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  const digits = [...s].map((c) => CN_DIGIT[c] ?? '').join('');
  return digits.length === 4 ? Number(digits) : null;
}

function smallValue(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

const DATE =
  /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

/** 2024年1月25日, 二〇二四年一月二十五日 or 2024-01-25 → '2024-01-25'. */
export function parseDate(s: string): string | null {
  const m = DATE.exec(s) ?? ISO.exec(s);
  if (!m) return null;
  const y = yearValue(m[1] ?? '');
  const mo = smallValue(m[2] ?? '');
  const d = smallValue(m[3] ?? '');
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The signing date: a date line among the last lines (under the signature), or a 成文日期 field. */
export function findReportDate(lines: string[]): string | null {
  const tail = lines.filter((l) => l.trim().length > 0).slice(-6);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = (tail[i] ?? '').replace(/[\s*#]/g, '');
    if (line.length <= 16 && DATE.test(line) && DATE.exec(line)?.index === 0) return parseDate(line);
  }
  for (const line of lines.slice(0, 30)) {
    const m = /(?:成文日期|成文时间|印发日期)[\s:：|]*([^\s|]+)/.exec(line);
    const date = m?.[1] ? parseDate(m[1]) : null;
    if (date) return date;
  }
  return null;
}
