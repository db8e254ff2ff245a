import { parseChineseNumeral } from '../numbers/chinese.ts';

// typists put 零, ○ (a white circle), the letter O or a digit 0 for 〇
const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  O: '0',
  o: '0',
  '0': '0',
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
  /(\d{4}|[〇零○Oo0一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

/** 2024年1月25日, 二〇二四年一月二十五日 or 2024-01-25 → '2024-01-25'. */
export function parseDate(s: string): string | null {
  const m = DATE.exec(s) ?? ISO.exec(s);
  if (!m) return null;
  const y = yearValue(m[1] ?? '');
  const mo = smallValue(m[2] ?? '');
  const d = smallValue(m[3] ?? '');
  if (y === null || mo === null || d === null) return null;
  // 2月30日 is no date: the calendar must give the day back
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date line under the signature, or the issuing body and the date on one line (XX镇人民政府 2024年1月28日). */
function signingLine(line: string): string | null {
  const bare = line.replace(/[\s*#（）()【】[\]]/g, '');
  const m = DATE.exec(bare) ?? /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.exec(bare);
  if (!m) return null;
  if (m.index === 0) return bare.length <= 16 ? parseDate(m[0]) : null;
  const before = bare.slice(0, m.index);
  const after = bare.slice(m.index + m[0].length);
  const signature = before.length <= 30 && !/[。，；：,;:！？、]/.test(before) && /^[。.]?$/.test(after);
  return signature ? parseDate(m[0]) : null;
}

/**
 * The signing date: a date line among the last lines (under the issuing body, or after it on the same line),
 * or a 成文日期 field near the top.
 */
export function findSigningDate(lines: string[]): string | null {
  const tail = lines.filter((l) => l.trim().length > 0).slice(-6);
  for (let i = tail.length - 1; i >= 0; i--) {
    const date = signingLine(tail[i] ?? '');
    if (date) return date;
  }
  for (const line of lines.slice(0, 30)) {
    const m = /(?:成文日期|成文时间|印发日期)[\s:：|]*([^\s|]+)/.exec(line);
    const date = m?.[1] ? parseDate(m[1]) : null;
    if (date) return date;
  }
  return null;
}
