import { type BoilerplateOptions, profileText, type TextProfile } from './profile.ts';
import { reuseShare } from './share.ts';
import { ShingleIndex } from './shingle-index.ts';
import { SHINGLE_LENGTH } from './shingles.ts';

export interface ReportDescriptor {
  readonly id: string;
  readonly unitId: string;
  readonly county: string;
  readonly year: number;
  readonly text: string;
}

export interface ReportReuse {
  readonly id: string;
  /** the other unit's report of the same county and year holding most of this one; null when there is none */
  readonly peer: { readonly id: string; readonly unitId: string; readonly share: number } | null;
  /** against the same unit's report of the year before; null when there is none */
  readonly previousYear: { readonly id: string; readonly share: number } | null;
}

export interface FindReuseOptions extends BoilerplateOptions {
  /** filled with the milliseconds spent preparing texts and comparing them, for the bench */
  timings?: { profileMs: number; compareMs: number };
}

const unitYear = (unitId: string, year: number) => `${unitId}\u0000${year}`;

/**
 * For every report, its best-matching peer and its share against the same unit's previous report, in input
 * order. Peers and a unit's reports live in one county, so each county is indexed on its own (an inverted
 * shingle index) and every share it gives is exact: no candidate step to miss a small copied part.
 */
export function findReuse(
  reports: readonly ReportDescriptor[],
  options: FindReuseOptions = {},
): ReportReuse[] {
  const byUnitYear = new Map<string, number>();
  const byCounty = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const key = unitYear(r.unitId, r.year);
    if (!byUnitYear.has(key)) byUnitYear.set(key, i);
    const group = byCounty.get(r.county);
    if (group) group.push(i);
    else byCounty.set(r.county, [i]);
  });
  const results = new Array<ReportReuse>(reports.length);
  const index = new ShingleIndex();
  const positionInGroup = new Int32Array(reports.length);
  for (const group of byCounty.values()) {
    let t0 = performance.now();
    const profiles = group.map((i) => profileText(reports[i]?.text ?? '', options));
    if (options.timings) options.timings.profileMs += performance.now() - t0;
    t0 = performance.now();
    index.reset(profiles.reduce((sum, p) => sum + p.hashes.length, 0));
    profiles.forEach((p, d) => {
      index.add(d, p.hashes);
      positionInGroup[group[d] ?? 0] = d;
    });
    group.forEach((i, d) => {
      const report = reports[i] as ReportDescriptor;
      const profile = profiles[d] as TextProfile;
      const shares = sharesInGroup(index, profile, d, group.length);
      let peer: ReportReuse['peer'] = null;
      group.forEach((j, e) => {
        const other = reports[j] as ReportDescriptor;
        if (other.year !== report.year || other.unitId === report.unitId) return;
        const share = shares[e] ?? 0;
        if (!peer || share > peer.share) peer = { id: other.id, unitId: other.unitId, share };
      });
      const before = byUnitYear.get(unitYear(report.unitId, report.year - 1));
      let previousYear: ReportReuse['previousYear'] = null;
      if (before !== undefined) {
        const source = reports[before] as ReportDescriptor;
        const share =
          source.county === report.county
            ? (shares[positionInGroup[before] ?? 0] ?? 0)
            : reuseShare(profile, source.text, options).share;
        previousYear = { id: source.id, share };
      }
      results[i] = { id: report.id, peer, previousYear };
    });
    if (options.timings) options.timings.compareMs += performance.now() - t0;
  }
  return results;
}

// the share of one report's own characters found in each report of its group, exactly as reuseShare counts
function sharesInGroup(index: ShingleIndex, p: TextProfile, self: number, size: number): Float64Array {
  const shared = new Int32Array(size);
  const coveredUntil = new Int32Array(size);
  const { hashes, usable, ownBefore } = p;
  for (let i = 0; i < hashes.length; i++) {
    if (usable[i] === 0) continue;
    const end = i + SHINGLE_LENGTH;
    for (let q = index.first(hashes[i] ?? 0); q >= 0; q = index.next[q] ?? -1) {
      const e = index.docs[q] ?? 0;
      if (e === self) continue;
      shared[e] =
        (shared[e] ?? 0) + (ownBefore[end] ?? 0) - (ownBefore[Math.max(i, coveredUntil[e] ?? 0)] ?? 0);
      coveredUntil[e] = end;
    }
  }
  const shares = new Float64Array(size);
  for (let e = 0; e < size; e++) shares[e] = p.ownChars > 0 ? (shared[e] ?? 0) / p.ownChars : 0;
  return shares;
}
