import { idx } from './store.ts';
import type { Division, DivisionLevel, PlaceContext, Region, Resolution } from './types.ts';

/** Loads and indexes the data now (it is otherwise loaded on first use); returns its size and cost. */
export function loadGazetteer(): { divisions: number; ms: number } {
  const i = idx();
  return { divisions: i.divisions.length, ms: Math.round(i.ms) };
}

export function divisionByCode(code: string): Division | null {
  const i = idx();
  i.byCode ??= new Map(i.divisions.map((d) => [d.code, d]));
  return i.byCode.get(code) ?? null;
}

/** Divisions whose official name or short form is `name` (石柱县 → 石柱土家族自治县), by code. */
export function findDivisions(name: string, level?: DivisionLevel): Division[] {
  const all = idx().byName.get(name);
  return level ? all.filter((d) => d.level === level) : [...all];
}

/** Provinces, cities and counties whose bare name is `stem` (上城 → 上城区). */
export function findByStem(stem: string, level?: DivisionLevel): Division[] {
  const all = idx().byStem.get(stem);
  return level ? all.filter((d) => d.level === level) : [...all];
}

export const isDivision = (name: string, level?: DivisionLevel): boolean =>
  findDivisions(name, level).length > 0;

/** From the province down to the division itself. */
export function chainOf(d: Division): Division[] {
  const chain: Division[] = [];
  for (let at: Division | null = d; at; at = at.parent) chain.unshift(at);
  return chain;
}

/** 重庆市·石柱土家族自治县·石家乡: the chain a person reads. */
export const chainLabel = (d: Division): string =>
  chainOf(d)
    .map((x) => x.name)
    .join('·');

export function regionOf(d: Division): Region {
  const region: Region = { province: null, city: null, county: null, town: null };
  for (const x of chainOf(d)) region[x.level] = x;
  return region;
}

export function isWithin(d: Division, ancestor: Division): boolean {
  for (let at: Division | null = d; at; at = at.parent) if (at.code === ancestor.code) return true;
  return false;
}

/** The divisions a context entry names: a code, a name or short form, or a bare name. */
function contextDivisions(value: string, level: DivisionLevel): Division[] {
  if (/^\d+$/.test(value)) {
    const d = divisionByCode(value);
    return d ? [d] : [];
  }
  const named = findDivisions(value, level);
  return named.length > 0 ? named : findByStem(value, level);
}

/**
 * The division of a level that a name stands for, given the places around it. A context entry that
 * names no division is no constraint; each other entry keeps only the candidates inside it.
 */
export function resolve(name: string, level: DivisionLevel, context: PlaceContext = {}): Resolution {
  let candidates = findDivisions(name, level);
  const levels: [keyof PlaceContext, DivisionLevel][] = [
    ['county', 'county'],
    ['city', 'city'],
    ['province', 'province'],
  ];
  for (const [key, at] of levels) {
    const value = context[key];
    const within = value ? contextDivisions(value, at) : [];
    if (within.length > 0) candidates = candidates.filter((c) => within.some((w) => isWithin(c, w)));
  }
  return { division: candidates.length === 1 ? (candidates[0] ?? null) : null, candidates };
}

export const resolveTown = (name: string, context?: PlaceContext): Resolution =>
  resolve(name, 'town', context);

export const resolveCounty = (name: string, context?: PlaceContext): Resolution =>
  resolve(name, 'county', context);
