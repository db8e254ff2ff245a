import { type Division, isWithin, provinceShortName } from '@fazhi/gazetteer';
import { leadingDivision, officialName } from './divisions.ts';
import { lexicalChain, MUNICIPALITIES, type RegionChain } from './places.ts';

/** Two-character county names that are also plain words (城区, 郊区): a county only after its city. */
const WORD_COUNTIES = new Set(['城区', '郊区', '矿区', '东区', '西区']);

const inside = (divisions: Division[], above: Division[]) =>
  above.length === 0 ? divisions : divisions.filter((d) => above.some((a) => isWithin(d, a)));

/**
 * Splits 重庆市涪陵区同乐镇人民政府 into 重庆 / 重庆市 / 涪陵区 / 同乐镇人民政府 by the gazetteer: the
 * longest province, city and county names it starts with, each inside the one before, by their official
 * names (石柱县 → 石柱土家族自治县). A name the report declares itself (`declared`: its title, its own
 * line, its signature, or a person typing it) may be one the gazetteer lacks (a county renamed after
 * 2023, an example county): then the names are split by their shape alone.
 */
export function parseChain(org: string, declared = false): RegionChain {
  let s = org;
  let province: string | null = null;
  let city: string | null = null;
  let above: Division[] = [];
  const p = leadingDivision(s, 'province', true);
  if (p) {
    province = provinceShortName(p.written);
    if (MUNICIPALITIES.includes(province)) city = p.written;
    above = p.divisions;
    s = s.slice(p.written.length);
  }
  const c = city ? null : leadingDivision(s, 'city');
  const cityDivisions = c ? inside(c.divisions, above) : [];
  if (c && cityDivisions.length > 0) {
    city = officialName(c.written, cityDivisions);
    above = cityDivisions;
    s = s.slice(c.written.length);
  }
  const k = leadingDivision(s, 'county');
  const countyDivisions = k ? inside(k.divisions, above) : [];
  if (k && countyDivisions.length > 0 && (above.length > 0 || !WORD_COUNTIES.has(k.written))) {
    s = s.slice(k.written.length);
    return { province, city, county: officialName(k.written, countyDivisions), countyDivisions, rest: s };
  }
  if (declared && !c) {
    const lexical = lexicalChain(org);
    if (lexical.county || lexical.city) return lexical;
  }
  return { province, city, county: null, countyDivisions: [], rest: s };
}
