import { SUPPLEMENT_RADICAL_PAIRS } from './radicals.ts';

// PDFs made by office software often map a glyph of 人 or 民 to the Kangxi radical ⼈ (U+2F08) or the
// radical-supplement ⺠ (U+2EA0) in their text layer; to a reader and to the engine they are the ideographs.

const FOLDS = new Map<string, string>();
for (let i = 0; i + 1 < SUPPLEMENT_RADICAL_PAIRS.length; i += 2) {
  FOLDS.set(SUPPLEMENT_RADICAL_PAIRS.charAt(i), SUPPLEMENT_RADICAL_PAIRS.charAt(i + 1));
}
for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
  const radical = String.fromCharCode(cp);
  const ideograph = radical.normalize('NFKC');
  if (ideograph.length === 1) FOLDS.set(radical, ideograph);
}

const RADICAL = /[\u2e80-\u2fdf]/g;

/**
 * Kangxi radicals (by NFKC) and CJK radical-supplement look-alikes (by Unicode's Equivalent_Unified_Ideograph)
 * folded to the ideographs they stand for, one UTF-16 unit for one, so offsets into the text still hold.
 */
export function foldRadicals(text: string): string {
  return text.replace(RADICAL, (c) => FOLDS.get(c) ?? c);
}
