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
 * The real 乡级 division a written name stands for, with the candidates the places around it leave.
 * 吴家山街道 and 北城街街道 stay as written, where the codes have 吴家山街 and 北城街道.
 */
export function realTown(name: string, context: PlaceContext = {}): TownMatch | null {
  const all = findDivisions(name, 'town').filter((d) => d.kind !== 'other');
  if (all.length === 0) return null;
  const fitting = resolveTown(name, context).candidates.filter((d) => d.kind !== 'other');
  const candidates = fitting.length > 0 ? fitting : all;
  // a short form gives way to the official name (铁石乡 → 铁石苗族彝族乡); a longer one is the unit's own
  const official = officialName(name, candidates);
  const unit = official.length > name.length ? official : name;
  const kind = candidates[0]?.kind;
  const unitType = (kind && KIND_TYPE[kind]) ?? 'town';
  const division = fitting.length === 1 ? (fitting[0] ?? null) : null;
  return { unit, unitType, division, candidates };
}
