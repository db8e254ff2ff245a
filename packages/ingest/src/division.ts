import { inGroup } from '@fazhi/catalog';
import type { Unit } from '@fazhi/db';
import type { DivisionCandidate } from '@fazhi/extract';
import { chainLabel, type Division, resolveCounty, resolveTown } from '@fazhi/gazetteer';
import { IngestError } from './errors.ts';

/** The places around a unit, as the text or a person names them (names, short forms or codes). */
export interface UnitPlace {
  county: string | null;
  city: string | null;
  province: string | null;
}

/**
 * What the gazetteer says a unit's division is: `code` when exactly one division fits, `candidates` when
 * a town's name exists in several counties and no county was named to choose between them.
 */
export interface UnitDivision {
  code: string | null;
  candidates: Division[];
}

const NONE: UnitDivision = { code: null, candidates: [] };

/** The one county of that name within the city and province, or null (unknown to the gazetteer, or namesakes). */
function countyDivision(county: string, place: UnitPlace): Division | null {
  return resolveCounty(county, { city: place.city, province: place.province }).division;
}

/**
 * A unit's division by its name in its place: a town's own division; a county's; the county's for a
 * department (a department is its county plus a body). Never a guess: a county the gazetteer does not
 * know (示例县, a new name) gives no code rather than one of the namesakes elsewhere, and only a town
 * with no county named at all is left with several candidates for a person to choose from.
 */
export function unitDivision(unit: { name: string; type: Unit['type'] }, place: UnitPlace): UnitDivision {
  if (unit.type === 'county') {
    return { code: countyDivision(unit.name, place)?.code ?? null, candidates: [] };
  }
  if (unit.type === 'county_dept') {
    const county = place.county ? countyDivision(place.county, place) : null;
    return { code: county?.code ?? null, candidates: [] };
  }
  if (!inGroup(unit.type, 'towns')) return NONE;
  if (place.county !== null) {
    const counties = resolveCounty(place.county, { city: place.city, province: place.province });
    if (counties.candidates.length === 0) return NONE;
  }
  const r = resolveTown(unit.name, place);
  if (r.division) return { code: r.division.code, candidates: [] };
  return place.county === null && r.candidates.length > 1 ? { code: null, candidates: r.candidates } : NONE;
}

/** How many namesakes the refusal lists before saying how many more there are. */
export const CANDIDATES_SHOWN = 8;

/** The namesakes as plain data (they cross from a reading worker): code and chain 省·市·县·乡镇. */
export const candidatesOf = (divisions: Division[]): DivisionCandidate[] =>
  divisions.map((d) => ({ code: d.code, label: chainLabel(d) }));

/** The refusal for a town name several counties have: the chains to choose from, in words and as data. */
export function ambiguousUnit(file: string, name: string, candidates: DivisionCandidate[]): IngestError {
  const shown = candidates.slice(0, CANDIDATES_SHOWN).map((c) => c.label);
  const more = candidates.length - shown.length;
  const reason =
    `“${name}”在 ${candidates.length} 个县（区）都有，请指定所属县（区）：${shown.join('；')}` +
    (more > 0 ? `；另有 ${more} 处未列出` : '');
  return new IngestError('ambiguous_unit', file, reason, candidates);
}
