/**
 * A cleaned copy of a report that the matchers read, with a map back to the original text.
 * Cleaning removes what breaks phrases apart without meaning anything (markdown marks, spaces
 * between CJK characters, line wraps inside a sentence) and folds full-width forms to ASCII.
 */
import { restateTables } from './tables.ts';

export interface TextView {
  original: string;
  clean: string;
  /** map[i] = index in `original` of clean[i] */
  map: Int32Array;
}

const DROP = 0xffff;
/** One entry per UTF-16 code unit: what the cleaned text holds in its place (DROP: nothing). */
const FOLD_TABLE = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = c - 0xff10 + 48;
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xfee0;
  for (let c = 0xff41; c <= 0xff5a; c++) table[c] = c - 0xfee0;
  const marks: [string, string][] = [
    ['％', '%'],
    ['（', '('],
    ['）', ')'],
    ['：', ':'],
    ['；', ';'],
    ['！', '!'],
    ['？', '?'],
    ['．', '.'],
    ['〔', '['],
    ['〕', ']'],
    ['［', '['],
    ['］', ']'],
    ['【', '['],
    ['】', ']'],
    ['｜', '\n'],
    ['|', '\n'],
  ];
  for (const [a, b] of marks) table[a.charCodeAt(0)] = b.charCodeAt(0);
  // markdown marks, zero-width space, BOM and CR mean nothing here
  for (const c of [42, 35, 96, 0x200b, 0xfeff, 13]) table[c] = DROP;
  return table;
})();

/** A page number line left by PDF text extraction: — 3 —, - 3 -, 第3页, 3/12 */
const PAGE_NUMBER =
  /^\s*(?:[—\-–－]+\s*\d{1,3}\s*[—\-–－]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const SENTENCE_END = /[。!?;:；：！？]$/;
const LIST_START =
  /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+、|\d+\.(?!\d)|[-•·●▪]|#|\||第[一二三四五六七八九十]+[部分章条]|[一二三四五六七八九十]是)/;

/** Full-width digits and letters to ASCII, a few full-width marks to their ASCII forms; -1 drops the char. */
function foldCode(c: number): number {
  const f = FOLD_TABLE[c] ?? c;
  return f === DROP ? -1 : f;
}

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009;
const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether the break after `line` is only a wrap inside a sentence (the lines belong together). */
function isSoftBreak(line: string, next: string): boolean {
  const a = line.replace(/[*#\s]+/g, '');
  const b = next.replace(/^[\s*]+/, '');
  if (a.length < 15 || SENTENCE_END.test(a) || /^#/.test(line.trim())) return false;
  // a title line (…的报告) or the line before an addressee (…：) ends where it ends
  if (/(?:报告|总结|情况)$/.test(a) || /[:：]\s*$/.test(next)) return false;
  if (/^[|]/.test(line.trim()) || /[|]$/.test(line.trim())) return false;
  if (LIST_START.test(b) || /^20\d\d\s*年\s*\d+\s*月/.test(b)) return false;
  if (LIST_START.test(a) && !/[，,]/.test(a)) return false;
  return true;
}

export function buildView(original: string): TextView {
  const lines = original.split('\n');

  let n = 0;
  let offset = 0;
  const nonEmpty = lines.map((l) => l.trim().length > 0 && !PAGE_NUMBER.test(l));
  const starts: number[] = [];
  for (let li = 0, at = 0; li < lines.length; li++) {
    starts.push(at);
    at += (lines[li] ?? '').length + 1;
  }
  const tables = restateTables(lines, starts);
  // restated rows can be longer than the lines they stand for
  let room = original.length + 1;
  for (const row of tables.values()) room += (row?.codes.length ?? 0) + 1;
  const out = new Uint16Array(room);
  const map = new Int32Array(room);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] ?? '';
    if (!nonEmpty[li] && PAGE_NUMBER.test(line)) {
      offset += line.length + 1;
      continue;
    }
    const row = tables.get(li);
    if (row !== undefined) {
      // a table row restated as a sentence of its own (a header: nothing)
      for (let i = 0; row && i < row.codes.length; i++) {
        const f = foldCode(row.codes[i] ?? 0);
        if (f < 0) continue;
        out[n] = f;
        map[n++] = row.map[i] ?? offset;
      }
      offset += line.length + 1;
      // prose right after a table goes on in the table's paragraph (its topic carries); a heading does not
      let next = li + 1;
      while (next < lines.length && !nonEmpty[next]) next++;
      const after = (lines[next] ?? '').replace(/^[\s*]+/, '');
      const breaks = next >= lines.length || tables.has(next) || LIST_START.test(after);
      if (row && breaks && n > 0 && out[n - 1] !== 10) {
        out[n] = 10;
        map[n++] = offset - 1;
      }
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) {
        // most of a report: CJK ideographs pass through unchanged
        out[n] = c;
        map[n++] = offset + i;
        continue;
      }
      if (isSpace(c)) {
        // keep a space only where it separates two ASCII words or numbers
        let j = i + 1;
        while (j < line.length && isSpace(line.charCodeAt(j))) j++;
        if (n > 0 && isAsciiWord(out[n - 1] ?? 0) && isAsciiWord(line.charCodeAt(j))) {
          out[n] = 32;
          map[n++] = offset + i;
        }
        continue;
      }
      const f = foldCode(c);
      if (f < 0) continue;
      out[n] = f;
      map[n++] = offset + i;
    }
    offset += line.length + 1;
    if (li === lines.length - 1 || !nonEmpty[li]) continue;
    let next = li + 1;
    while (next < lines.length && !nonEmpty[next]) next++;
    if (next < lines.length && isSoftBreak(line, lines[next] ?? '')) continue;
    if (n > 0 && out[n - 1] !== 10) {
      out[n] = 10;
      map[n++] = offset - 1;
    }
  }
  let clean = '';
  for (let i = 0; i < n; i += 8192) clean += String.fromCharCode(...out.subarray(i, Math.min(n, i + 8192)));
  return { original, clean, map: map.slice(0, n) };
}

/** The same text with full-width digits, letters and marks as ASCII (same length, nothing dropped). */
export function foldWidth(s: string): string {
  // most lines hold nothing to fold: they come back as they are, the rest as slices between folded marks
  let text = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = foldCode(c);
    if (f < 0 || f === 10 || f === c) continue;
    text += s.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? s : text + s.slice(from);
}

/** Original [start, end) for a clean [start, end). */
export function toOriginal(view: TextView, start: number, end: number): [number, number] {
  const s = view.map[start] ?? view.original.length;
  const last = view.map[Math.max(start, end - 1)] ?? s;
  return [s, last + 1];
}
