// Reports are compared on a normalised form: Chinese has no spaces, so the unit is the character, and what
// differs between a copy and its source without changing the text (punctuation, spacing, line breaks, the
// figures, full-width letters) is taken away. Each kept character remembers where it came from, so shared
// passages can be shown in the original text.
export interface NormalizedText {
  /** the kept characters; every run of figures is one FIGURE character */
  readonly text: string;
  /** for each kept character, its first UTF-16 offset in the original text */
  readonly starts: Int32Array;
  /** for each kept character, the offset just after it in the original text */
  readonly ends: Int32Array;
}

/** the character a run of digits becomes: 2024年 and 2025年, 37件 and 45件 read the same */
export const FIGURE = '#';
const FIGURE_CODE = FIGURE.charCodeAt(0);

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
// inside a figure: 1.5, 1,200, 3．6
const isFigureJoiner = (c: number) => c === 0x2e || c === 0x2c || c === 0xff0e || c === 0xff0c;

function keptCode(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0 + 32;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0;
  // CJK ideographs (with extension A and the compatibility block), 〇, and the halves of the rarer
  // ideographs written as surrogate pairs
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) return c;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  return -1;
}

export function normalizeText(source: string): NormalizedText {
  const n = source.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (isDigit(c)) {
      const start = i;
      while (
        i + 1 < n &&
        (isDigit(source.charCodeAt(i + 1)) ||
          (isFigureJoiner(source.charCodeAt(i + 1)) && i + 2 < n && isDigit(source.charCodeAt(i + 2))))
      ) {
        i++;
      }
      codes[length] = FIGURE_CODE;
      starts[length] = start;
      ends[length] = i + 1;
      length++;
      continue;
    }
    const kept = keptCode(c);
    if (kept < 0) continue;
    codes[length] = kept;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
  }
  return {
    text: decoder.decode(codes.subarray(0, length)),
    starts: starts.slice(0, length),
    ends: ends.slice(0, length),
  };
}

const decoder = new TextDecoder('utf-16le');
