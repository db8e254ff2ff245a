import type { Division } from '@fazhi/gazetteer';
import type { UnitType } from '../types.ts';
import { parseChain } from './chain.ts';
import { BODY, bodyName, branchOf } from './departments.ts';
import { realTown } from './divisions.ts';
import { NOT_UNIT, type RegionChain, UNIT_SUFFIX } from './places.ts';

export interface UnitName {
  unit: string;
  unitType: UnitType;
  chain: RegionChain;
  /** the unit's own division (a town's, or the county of a county or department) when one fits */
  division: Division | null;
  /** the divisions a town's name may be when the text does not settle which */
  candidates: Division[];
  /** a body (司法局) or a county government whose county the text names elsewhere, not in the subject */
  countyless?: boolean;
}

/**
 * An organisation name as text carries it, without markup and without what comes before its first
 * Chinese character (list marks, `=`/`+`/`-`/`@` that a spreadsheet would run as a formula).
 */
export const cleanOrgName = (org: string): string =>
  org.replace(/<[^>]*>?/g, '').replace(/^[^\u4e00-\u9fff]+/, '');

/** A unit's name is Chinese, with at most a parenthesised part: anything else was not a name. */
const UNIT_CHARS = /^[\u4e00-\u9fff()（）]+$/;

/**
 * The unit an organisation name stands for: 广州市海珠区人民政府南华西街道办事处 → 南华西街道 (subdistrict).
 * A town or county must be a real division, unless the report declares the name itself (`declared`:
 * its title, its own line, its signature, or a person typing it), for the gazetteer is a 2023 snapshot.
 */
export function unitFromOrg(org: string, declared = false): UnitName | null {
  const found = readOrg(cleanOrgName(org), declared);
  return found && UNIT_CHARS.test(found.unit) ? found : null;
}

const single = (divisions: Division[]) => (divisions.length === 1 ? (divisions[0] ?? null) : null);

function townOf(rest: string, chain: RegionChain, declared: boolean): UnitName | null {
  for (const [re, unitType] of UNIT_SUFFIX) {
    if (!re.test(rest) || rest.length < 2) continue;
    const written =
      unitType === 'subdistrict' ? rest.replace(/(?:办事处|党工委|街办)$/, '').replace(/街$/, '街道') : rest;
    if (written.length < 2 || /^街道/.test(written)) return null;
    const real = realTown(written, { county: chain.county, city: chain.city, province: chain.province });
    if (real) return { ...real, chain };
    if (declared && !NOT_UNIT.test(written))
      return { unit: written, unitType, chain, division: null, candidates: [] };
    return null;
  }
  return null;
}

function readOrg(org: string, declared: boolean): UnitName | null {
  // 中共黎侯镇委员会 → 黎侯镇, but 金寨县卫生健康委员会 stays a department
  const cleaned = org
    .replace(/^中共|^国家[\u4e00-\u9fff]{2,8}?总局/, '')
    .replace(/(?<=镇|乡|街道|县|区|旗|市)(?:人民政府|政府|党委|党工委|委员会)$/, '');
  const paren = /\(([^()]+)\)/.exec(cleaned);
  if (paren?.[1] && UNIT_SUFFIX.some(([re]) => re.test(paren[1] ?? ''))) return readOrg(paren[1], declared);
  const chain = parseChain(cleaned.replace(/\([^()]*\)/g, ''), declared);
  const rest = chain.rest.replace(/^(?:人民政府|政府)(?=.)/, '').replace(/(?:人民政府|政府)$/, '');
  const town = townOf(rest, chain, declared);
  if (town) return town;
  const division = single(chain.countyDivisions);
  if (chain.county && rest === '')
    return { unit: chain.county, unitType: 'county', chain, division, candidates: [] };
  const branch = !chain.county && chain.city ? branchOf(chain.rest) : null;
  if (branch) {
    const inner = parseChain(branch.county, declared);
    if (inner.county && inner.rest === '')
      return {
        unit: `${inner.county}${branch.body}`,
        unitType: 'county_dept',
        chain: { ...inner, city: chain.city, province: chain.province },
        division: single(inner.countyDivisions),
        candidates: [],
      };
  }
  if (chain.county && BODY.test(chain.rest) && rest.length >= 2) {
    const unit = `${chain.county}${bodyName(chain.county, chain.rest)}`;
    return { unit, unitType: 'county_dept', chain, division, candidates: [] };
  }
  return null;
}
