import {
  type Division,
  type DivisionLevel,
  findDivisions,
  findPrefix,
  type PlaceContext,
  resolveTown,
} from '@fazhi/gazetteer';
import type { UnitType } from '../types.ts';

/** The longest name of a division of `level` that `s` starts with: 湛江市雷州市… → 湛江市. */
export function leadingDivision(
  s: string,
  level: DivisionLevel,
  officialOnly = false,
): { written: string; divisions: Division[] } | null {
  const found = findPrefix(s, level);
  if (!found) return null;
  const divisions = officialOnly ? found.divisions.filter((d) => d.name === found.name) : found.divisions;
  return divisions.length > 0 ? { written: found.name, divisions } : null;
}

/** One official name for divisions written alike (石柱县 → 石柱土家族自治县), or the name as written. */
export function officialName(written: string, divisions: Division[]): string {
  const names = new Set(divisions.map((d) => d.name));
  const [only] = names;
  return names.size === 1 && only ? only : written;
}

const KIND_TYPE: Record<string, UnitType> = {
  town: 'town',
  township: 'township',
  subdistrict: 'subdistrict',
};

export interface TownMatch {
  unit: string;
  unitType: UnitType;
  /** the division when one fits the places the text names */
  division: Division | null;
  /** the divisions of that name consistent with those places */
  candidates: Division[];
}

/**
 * The names a town may have had in the 2023 codes: 乡 become 镇, 镇 or 乡 become 街道 (the codes are a
 * snapshot; a 2025 report names the place as it is now).
 */
export function formerNames(name: string): string[] {
  const stem = /^(.{2,})(镇|街道)$/.exec(name);
  if (!stem?.[1]) return [];
  return stem[2] === '镇' ? [`${stem[1]}乡`] : [`${stem[1]}镇`, `${stem[1]}乡`];
}

const towns = (name: string) => findDivisions(name, 'town').filter((d) => d.kind !== 'other');

/**
 * The real 乡级 division a written name stands for, with the candidates the places around it leave.
 * 吴家山街道 and 北城街街道 stay as written, where the codes have 吴家山街 and 北城街道; so does a town
 * the codes know by its former level (X乡 in the codes, X镇 now).
 */
export function realTown(name: string, context: PlaceContext = {}): TownMatch | null {
  const known = towns(name).length > 0 ? name : formerNames(name).find((n) => towns(n).length > 0);
  if (!known) return null;
  const all = towns(known);
  const fitting = resolveTown(known, context).candidates.filter((d) => d.kind !== 'other');
  const candidates = fitting.length > 0 ? fitting : all;
  // a short form gives way to the official name (铁石乡 → 铁石苗族彝族乡); a longer one is the unit's own
  const official = known === name ? officialName(name, candidates) : name;
  const unit = official.length > name.length ? official : name;
  const kind = known === name ? candidates[0]?.kind : /街道$/.test(name) ? 'subdistrict' : 'town';
  const unitType = (kind && KIND_TYPE[kind]) ?? 'town';
  const division = fitting.length === 1 ? (fitting[0] ?? null) : null;
  return { unit, unitType, division, candidates };
}
