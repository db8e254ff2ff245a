import { type BoilerplateOptions, profileText, type TextProfile } from './profile.ts';
import { SHINGLE_LENGTH } from './shingles.ts';

export interface ReuseShare {
  /** sharedChars / ownChars, 0 when the text has no characters of its own */
  readonly share: number;
  /** own characters of the text that lie in a shingle the other text also has */
  readonly sharedChars: number;
  /** characters of the text that are not boilerplate */
  readonly ownChars: number;
}

/** A shared passage in one text: UTF-16 offsets [start, end) in the original, and its counterpart. */
export interface Passage {
  readonly start: number;
  readonly end: number;
  /** the index of the passage in the other text that holds this one's first shingle */
  readonly other: number | null;
}

export interface SharedPassages {
  readonly a: Passage[];
  readonly b: Passage[];
}

export type TextOrProfile = string | TextProfile;

const profileOf = (t: TextOrProfile, options: BoilerplateOptions) =>
  typeof t === 'string' ? profileText(t, options) : t;

/** How much of a's own text is found in b: the share of its non-boilerplate characters covered by shared shingles. */
export function reuseShare(a: TextOrProfile, b: TextOrProfile, options: BoilerplateOptions = {}): ReuseShare {
  const inB = new Set(profileOf(b, options).hashes);
  return coverage(profileOf(a, options), (hash) => inB.has(hash));
}

/** The share of the profile's own characters covered by its usable shingles that `has` accepts. */
export function coverage(p: TextProfile, has: (hash: number) => boolean): ReuseShare {
  const { hashes, usable, ownBefore, ownChars } = p;
  let sharedChars = 0;
  let coveredUntil = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (usable[i] === 0 || !has(hashes[i] ?? 0)) continue;
    const end = i + SHINGLE_LENGTH;
    sharedChars += (ownBefore[end] ?? 0) - (ownBefore[Math.max(i, coveredUntil)] ?? 0);
    coveredUntil = end;
  }
  return { share: ownChars > 0 ? sharedChars / ownChars : 0, sharedChars, ownChars };
}

interface Run {
  start: number;
  end: number;
  firstHash: number;
}

// merged runs of the usable shingles of p whose hash the other text has, in normalised positions
function sharedRuns(p: TextProfile, other: ReadonlyMap<number, number>): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (let i = 0; i < p.hashes.length; i++) {
    const hash = p.hashes[i] ?? 0;
    if (p.usable[i] === 0 || !other.has(hash)) continue;
    if (current && i <= current.end) current.end = i + SHINGLE_LENGTH;
    else {
      current = { start: i, end: i + SHINGLE_LENGTH, firstHash: hash };
      runs.push(current);
    }
  }
  return runs;
}

function firstPositions(hashes: Int32Array): Map<number, number> {
  const first = new Map<number, number>();
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i] ?? 0;
    if (!first.has(hash)) first.set(hash, i);
  }
  return first;
}

function toPassages(p: TextProfile, runs: Run[], otherFirst: ReadonlyMap<number, number>, otherRuns: Run[]) {
  return runs.map((run): Passage => {
    const at = otherFirst.get(run.firstHash) ?? -1;
    const index = otherRuns.findIndex((r) => r.start <= at && at < r.end);
    return {
      start: p.normalized.starts[run.start] ?? 0,
      end: p.normalized.ends[run.end - 1] ?? 0,
      other: index >= 0 ? index : null,
    };
  });
}

/** The passages a and b share, as spans in both original texts, for a side-by-side view. */
export function sharedPassages(
  a: TextOrProfile,
  b: TextOrProfile,
  options: BoilerplateOptions = {},
): SharedPassages {
  const pa = profileOf(a, options);
  const pb = profileOf(b, options);
  const firstA = firstPositions(pa.hashes);
  const firstB = firstPositions(pb.hashes);
  const runsA = sharedRuns(pa, firstB);
  const runsB = sharedRuns(pb, firstA);
  return { a: toPassages(pa, runsA, firstB, runsB), b: toPassages(pb, runsB, firstA, runsA) };
}
