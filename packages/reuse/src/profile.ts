import { type CommonShingles, FIXED_BOILERPLATE, NO_COMMON_SHINGLES } from './boilerplate.ts';
import { type NormalizedText, normalizeText } from './normalize.ts';
import { SHINGLE_LENGTH, shingleHashes } from './shingles.ts';

export interface BoilerplateOptions {
  /** patterns over the normalised text (default FIXED_BOILERPLATE) */
  patterns?: readonly RegExp[];
  /** shingles learnt from a corpus (learnBoilerplate) */
  common?: CommonShingles;
}

/** A report prepared for comparison: its shingles and which of its characters are its own (not boilerplate). */
export interface TextProfile {
  readonly source: string;
  readonly normalized: NormalizedText;
  /** the hash of the shingle starting at each normalised position */
  readonly hashes: Int32Array;
  /** 1 where the shingle may count as shared: not common, and touching no fixed boilerplate */
  readonly usable: Uint8Array;
  /** the number of own characters before each normalised position (length + 1 entries) */
  readonly ownBefore: Int32Array;
  /** the characters that are the report's own: the share's denominator */
  readonly ownChars: number;
}

export function profileText(source: string, options: BoilerplateOptions = {}): TextProfile {
  const { patterns = FIXED_BOILERPLATE, common = NO_COMMON_SHINGLES } = options;
  const normalized = normalizeText(source);
  const { text } = normalized;
  const n = text.length;
  const k = SHINGLE_LENGTH;
  const hashes = shingleHashes(text, k);

  // +1 where a boilerplate stretch starts, -1 where it ends: a running sum > 0 is boilerplate
  const boilerplate = new Int32Array(n + 1);
  const fixed = new Int32Array(n + 1);
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) continue;
      fixed[start] = (fixed[start] ?? 0) + 1;
      fixed[end] = (fixed[end] ?? 0) - 1;
    }
  }
  // fixedBefore[i]: fixed boilerplate characters before i, so a shingle's overlap is one subtraction
  const fixedBefore = new Int32Array(n + 1);
  for (let i = 0, depth = 0; i < n; i++) {
    depth += fixed[i] ?? 0;
    fixedBefore[i + 1] = (fixedBefore[i] ?? 0) + (depth > 0 ? 1 : 0);
    if (depth > 0) {
      boilerplate[i] = (boilerplate[i] ?? 0) + 1;
      boilerplate[i + 1] = (boilerplate[i + 1] ?? 0) - 1;
    }
  }

  // characters in some usable shingle: the others (a name between two formulas, a text shorter than a
  // shingle) could never be found shared, so they do not count as the report's own either
  const coverable = new Int32Array(n + 1);
  const usable = new Uint8Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    if (common.isCommon(hashes[i] ?? 0)) {
      boilerplate[i] = (boilerplate[i] ?? 0) + 1;
      boilerplate[i + k] = (boilerplate[i + k] ?? 0) - 1;
    } else if (fixedBefore[i + k] === fixedBefore[i]) {
      usable[i] = 1;
      coverable[i] = (coverable[i] ?? 0) + 1;
      coverable[i + k] = (coverable[i + k] ?? 0) - 1;
    }
  }

  const ownBefore = new Int32Array(n + 1);
  for (let i = 0, depth = 0, cover = 0; i < n; i++) {
    depth += boilerplate[i] ?? 0;
    cover += coverable[i] ?? 0;
    ownBefore[i + 1] = (ownBefore[i] ?? 0) + (depth === 0 && cover > 0 ? 1 : 0);
  }
  return { source, normalized, hashes, usable, ownBefore, ownChars: ownBefore[n] ?? 0 };
}
