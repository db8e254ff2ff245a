import { type Division, isWithin, nameForms, provinceShortName, regionOf } from '@fazhi/gazetteer';
import type { UnitName } from './org.ts';

export interface Region {
  county: string | null;
  city: string | null;
  province: string | null;
  /** the unit's own division (a town's; a county's for a county or department) when the text settles it */
  division: Division | null;
  /** the namesakes a town's name leaves open when the text does not settle it */
  candidates: Division[];
}

/** Whether the text writes a division's name (or its short form), as a name and not inside a word. */
function writes(clean: string, d: Division): boolean {
  const names = [d.name, ...nameForms(d.name, d.level).aliases];
  if (d.level === 'province') {
    // 河南 is inside 黄河南岸 and 河南镇, 云南 inside 白云南路, 江西 inside 浙江西部: not the province there
    const [, short] = names;
    return (
      clean.includes(d.name) ||
      (short !== undefined && new RegExp(`${short}(?![路街镇乡村岸部面区站门侧端])`).test(clean))
    );
  }
  // a two-character name (息县, 城区) is a word too often: only where an organ of it follows
  return names.some((n) =>
    n.length >= 3 ? clean.includes(n) : new RegExp(`${n}(?:委|人民政府|政府)`).test(clean),
  );
}

/**
 * The one candidate the places named in the text settle: the one inside a county the text names,
 * else inside a city it names, else inside a province it names; or the only one there is.
 */
export function settle(candidates: Division[], clean: string, counties: Division[]): Division | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  if (candidates.length === 0) return null;
  const named = candidates.filter((c) => counties.some((k) => isWithin(c, k)));
  if (named.length === 1) return named[0] ?? null;
  for (const level of ['county', 'city', 'province'] as const) {
    const fit = candidates.filter((c) => {
      const above = regionOf(c)[level];
      return above !== null && above !== c && writes(clean, above);
    });
    if (fit.length === 1) return fit[0] ?? null;
    if (fit.length > 1) return null; // the text names places of more than one namesake
  }
  return null;
}

/** County, city and province names as meta reports them, from a division. */
export function regionNames(d: Division): {
  county: string | null;
  city: string | null;
  province: string | null;
} {
  const r = regionOf(d);
  const province = r.province ? provinceShortName(r.province.name) : null;
  // a municipality's districts have no city above them: the municipality is their city
  const city = r.city?.name ?? (r.province?.name.endsWith('市') ? r.province.name : null);
  // a zone's towns belong to a county the statistics do not name
  const county = r.county && !r.county.zone ? r.county.name : null;
  return { county, city, province };
}

/** A town's division settles its county, city and province, unless the report names another county. */
export function townRegion(
  region: Region,
  unit: UnitName,
  clean: string,
  named: Division[],
  firm: boolean,
): Region {
  const division = unit.division ?? settle(unit.candidates, clean, named);
  const inNamedCounty = region.county === null || named.some((k) => division && isWithin(division, k));
  if (!division || (firm && !inNamedCounty))
    return { ...region, candidates: unit.candidates.length > 1 ? unit.candidates : [] };
  const names = regionNames(division);
  return { ...region, ...names, county: names.county ?? region.county, division };
}

/** A county (or a department's county) fills in the city and province its division has. */
export function countyRegion(region: Region, clean: string, named: Division[]): Region {
  if (!region.county) return region;
  const same = named.filter((d) => d.name === region.county);
  const division = settle([...new Set(same)], clean, []);
  if (!division) return region;
  const names = regionNames(division);
  return {
    ...region,
    city: region.city ?? names.city,
    province: region.province ?? names.province,
    division,
  };
}
