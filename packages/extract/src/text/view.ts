/**
 * A cleaned copy of a report that the matchers read, with a map back to the original text.
 * Cleaning removes what breaks phrases apart without meaning anything (markdown marks, spaces
 * between CJK characters, line wraps inside a sentence) and folds full-width forms to ASCII.
 */
export interface TextView {
  original: string;
  clean: string;
  /** map[i] = index in `original` of clean[i] */
  map: Int32Array;
}

const FOLD: Record<string, string> = {
  '％': '%',
  '（': '(',
  '）': ')',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '．': '.',
  '〔': '[',
  '〕': ']',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '｜': '|',
};

const DROP = new Set(['*', '#', '`', '\u200b', '\ufeff']);
const SPACE = /[ \t\u3000\u00a0\u2002\u2003\u2009]/;
const SENTENCE_END = /[。!?;:；：！？]$/;
const LIST_START =
  /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、]|[-•·●▪]|#|\||第[一二三四五六七八九十]+[部分章条]|[一二三四五六七八九十]是)/;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return FOLD[ch] ?? ch;
}

const isAsciiWord = (ch: string | undefined): boolean => ch !== undefined && /[0-9A-Za-z]/.test(ch);

/** Whether the break after `line` is only a wrap inside a sentence (the lines belong together). */
function isSoftBreak(line: string, next: string): boolean {
  const a = line.replace(/[*#\s]+/g, '');
  const b = next.replace(/^[\s*]+/, '');
  if (a.length < 15 || SENTENCE_END.test(a) || /^#/.test(line.trim())) return false;
  if (/^[|]/.test(line.trim()) || /[|]$/.test(line.trim())) return false;
  if (LIST_START.test(b) || /^20\d\d\s*年\s*\d+\s*月/.test(b)) return false;
  if (LIST_START.test(a) && !/[，,]/.test(a)) return false;
  return true;
}

export function buildView(original: string): TextView {
  const lines = original.split('\n');
  const chars: string[] = [];
  const map: number[] = [];
  let offset = 0;
  const nonEmpty = lines.map((l) => l.trim().length > 0);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] ?? '';
    for (let i = 0; i < line.length; i++) {
      const raw = line[i] ?? '';
      if (raw === '\r' || DROP.has(raw)) continue;
      if (SPACE.test(raw)) {
        // keep a space only where it separates two ASCII words or numbers
        const prev = chars[chars.length - 1];
        let j = i + 1;
        while (j < line.length && SPACE.test(line[j] ?? '')) j++;
        if (isAsciiWord(prev) && isAsciiWord(line[j])) {
          chars.push(' ');
          map.push(offset + i);
        }
        continue;
      }
      chars.push(raw === '|' ? '\n' : foldChar(raw));
      map.push(offset + i);
    }
    offset += line.length + 1;
    if (li === lines.length - 1) break;
    if (!nonEmpty[li]) continue;
    let next = li + 1;
    while (next < lines.length && !nonEmpty[next]) next++;
    if (next < lines.length && isSoftBreak(line, lines[next] ?? '')) continue;
    if (chars[chars.length - 1] !== '\n') {
      chars.push('\n');
      map.push(offset - 1);
    }
  }
  return { original, clean: chars.join(''), map: Int32Array.from(map) };
}

/** Original [start, end) for a clean [start, end). */
export function toOriginal(view: TextView, start: number, end: number): [number, number] {
  const s = view.map[start] ?? view.original.length;
  const last = view.map[Math.max(start, end - 1)] ?? s;
  return [s, last + 1];
}
