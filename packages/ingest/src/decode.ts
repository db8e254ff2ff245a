import chardet from 'chardet';
import { CHARSET_SAMPLE_BYTES } from './limits.ts';

export interface Decoded {
  text: string;
  encoding: string;
}

const WINDOW = 4096;

/**
 * The share of control characters other than tab, newline, CR and form feed, in five windows spread
 * over the file (start, quarters, end): text has almost none, and a renamed binary file has them throughout.
 */
function controlShare(bytes: Uint8Array): number {
  const starts = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.max(0, Math.floor((bytes.length - WINDOW) * f)));
  let bad = 0;
  let seen = 0;
  for (const start of new Set(starts)) {
    const end = Math.min(bytes.length, start + WINDOW);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) bad++;
    }
    seen += end - start;
  }
  return seen === 0 ? 0 : bad / seen;
}

const isTextUnit = (u: number) =>
  (u >= 0x4e00 && u <= 0x9fff) ||
  (u >= 0x3000 && u <= 0x303f) ||
  (u >= 0xff00 && u <= 0xffef) ||
  (u >= 0x20 && u <= 0x7e) ||
  u === 10 ||
  u === 13 ||
  u === 9;

/** UTF-16 without a BOM: nearly every code unit, read one way round, is Chinese, ASCII or punctuation. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 8192) >> 1;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i++) {
    const a = bytes[2 * i] ?? 0;
    const b = bytes[2 * i + 1] ?? 0;
    if (isTextUnit(a | (b << 8))) le++;
    if (isTextUnit((a << 8) | b)) be++;
  }
  if (le / n > 0.9 && le > be) return 'utf-16le';
  if (be / n > 0.9 && be > le) return 'utf-16be';
  return null;
}

/**
 * Decodes report text by what the bytes are, not what the file is called: a BOM, then strict UTF-8,
 * then UTF-16 without a BOM, then — only once the bytes are known not to be binary — the detector's
 * (chardet) guess between GBK/GB18030 and Big5 from the first CHARSET_SAMPLE_BYTES, the whole decoded
 * by TextDecoder. Returns null for bytes that are not text. A UTF-8 BOM is kept so spans match
 * readFileSync(…, 'utf8').
 */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  const control = controlShare(bytes);
  if (control <= 0.01) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'UTF-8' };
    } catch {
      // not UTF-8: UTF-16 without a BOM, or a legacy Chinese encoding
    }
  }
  // UTF-16 is full of zero bytes, so it is recognised before the binary check
  const wide = utf16WithoutBom(bytes);
  if (wide)
    return {
      text: new TextDecoder(wide).decode(bytes),
      encoding: wide === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE',
    };
  if (control > 0.01) return null;
  const detected = chardet.detect(bytes.subarray(0, CHARSET_SAMPLE_BYTES)) ?? '';
  const legacy = detected === 'Big5' ? 'big5' : 'gb18030';
  return { text: new TextDecoder(legacy).decode(bytes), encoding: legacy === 'big5' ? 'Big5' : 'GB18030' };
}
