import chardet from 'chardet';

export interface Decoded {
  text: string;
  encoding: string;
}

const DECODER_NAMES: Record<string, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

/** Control characters other than tab, newline, CR and form feed: text has almost none. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

/**
 * Decodes report text by what the bytes are, not what the file is called: a BOM, then strict UTF-8,
 * then the detector's guess among the Chinese encodings (GBK/GB18030, Big5, UTF-16 without BOM).
 * Returns null for bytes that are not text. A UTF-8 BOM is kept so spans match readFileSync(…, 'utf8').
 */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  if (controlShare(bytes) <= 0.01) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'UTF-8' };
    } catch {
      // not UTF-8: ask the detector (GBK/GB18030, Big5, or UTF-16 without a BOM)
    }
  }
  const detected = chardet.detect(bytes) ?? '';
  if (detected.startsWith('UTF-16')) {
    const name = DECODER_NAMES[detected] ?? 'utf-16le';
    return { text: new TextDecoder(name).decode(bytes), encoding: detected };
  }
  if (controlShare(bytes) > 0.01) return null;
  const legacy = detected === 'Big5' ? 'big5' : 'gb18030';
  return { text: new TextDecoder(legacy).decode(bytes), encoding: legacy === 'big5' ? 'Big5' : 'GB18030' };
}
