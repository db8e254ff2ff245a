import { findDivisions } from '@fazhi/gazetteer';
import { bodyName } from './departments.ts';
import { officialName } from './divisions.ts';
import type { UnitName } from './org.ts';

/** 区司法局, 县公安局, 区发展改革委: a county's body written without the county's name. */
const COUNTYLESS = /^(?:县|区|市|旗)([\u4e00-\u9fff]{2,12}?(?:局|委员会|委|办公室|中心))$/;
/** A body right after a county-level name: 永定区|卫生健康局, 余杭区|农业农村局 (looked at, not consumed: 龙岩市|永定区… overlaps). */
const BODY_AFTER_COUNTY = /(?<=[县区市旗])(?=([\u4e00-\u9fff]{2,12}?(?:局|委员会|办公室|中心)))/g;

/** The body of a report's subject written without its county: 区司法局 → 司法局. */
export function countylessBody(subject: string): string | null {
  return COUNTYLESS.exec(subject)?.[1] ?? null;
}

/** The longest county name ending right before `end`: …龙岩市永定区| → 永定区. */
function countyEndingAt(clean: string, end: number): string | null {
  for (let len = Math.min(end, 16); len >= 2; len--) {
    const written = clean.slice(end - len, end);
    const counties = findDivisions(written, 'county');
    if (counties.length > 0) return officialName(written, counties);
  }
  return null;
}

/**
 * A department the text names in full, for a report that speaks as one (我局, or 区司法局 as its
 * subject): 《龙岩市永定区卫生健康局参与…》 → 永定区卫生健康局. The one whose body the subject names,
 * else the one named most often.
 */
export function namedDepartment(clean: string, body: string | null): UnitName | null {
  // 我局 speaks for a 局, 我委 for a 委(员会), 我办 for an 办(公室), 我中心 for a 中心
  const self = /(?:我|本)(局|委|办|中心)/.exec(clean)?.[1];
  const kind =
    self === '委' ? /委(?:员会)?$/ : self === '办' ? /办(?:公室)?$/ : self ? new RegExp(`${self}$`) : null;
  const counts = new Map<string, { n: number; county: string; body: string }>();
  for (const m of clean.matchAll(BODY_AFTER_COUNTY)) {
    const county = countyEndingAt(clean, m.index);
    if (!county) continue;
    const name = bodyName(county, m[1] ?? '');
    // the county's government and its party committee, congress and conference are no departments
    if (/^(?:人民政府|政府)$|^(?:委|党|人大|政协)/.test(name)) continue;
    const key = `${county}${name}`;
    const known = counts.get(key);
    if (known) known.n++;
    else counts.set(key, { n: 1, county, body: name });
  }
  let best: { n: number; county: string; body: string } | null = null;
  for (const c of counts.values()) {
    const fits = body === null ? kind === null || kind.test(c.body) : c.body === body;
    if (fits && (!best || c.n > best.n)) best = c;
  }
  if (!best) return null;
  const counties = findDivisions(best.county, 'county');
  return {
    unit: `${best.county}${best.body}`,
    unitType: 'county_dept',
    chain: { province: null, city: null, county: best.county, countyDivisions: counties, rest: best.body },
    division: counties.length === 1 ? (counties[0] ?? null) : null,
    candidates: [],
  };
}
