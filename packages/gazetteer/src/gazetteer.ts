import { loadDivisions } from './data.ts';
import { nameForms } from './names.ts';
import type { Division, DivisionLevel, Mention, PlaceContext, Region, Resolution } from './types.ts';

interface Index {
  divisions: Division[];
  /** built on first use: the engine never looks a code up */
  byCode: Map<string, Division> | null;
  /** official names and their short forms */
  byName: Map<string, Division[]>;
  /** bare names of provinces, cities and counties: 石柱, 上城, 湛江 */
  byStem: Map<string, Division[]>;
  /** per level: every beginning of every name, so a prefix search stops as soon as no name goes on so */
  beginnings: Map<DivisionLevel, Set<string>>;
  /** every ending of every name of some levels, so a scan stops as soon as no name ends so (built on first scan) */
  endings: Map<string, Set<string>>;
  ms: number;
}

let index: Index | null = null;

// a division's name and its short forms all differ, so a division is never added twice under one key
function add(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

function build(): Index {
  const t0 = performance.now();
  const divisions = loadDivisions();
  const byName = new Map<string, Division[]>();
  const byStem = new Map<string, Division[]>();
  for (const d of divisions) {
    add(byName, d.name, d);
    const forms = nameForms(d.name, d.level);
    for (const alias of forms.aliases) add(byName, alias, d);
    if (forms.stem) add(byStem, forms.stem, d);
  }
  return {
    divisions,
    byCode: null,
    byName,
    byStem,
    beginnings: new Map(),
    endings: new Map(),
    ms: performance.now() - t0,
  };
}

const idx = (): Index => {
  index ??= build();
  return index;
};

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
  const all = idx().byName.get(name) ?? [];
  return level ? all.filter((d) => d.level === level) : all;
}

/**
 * The longest name of a division of `level` that `text` has at `start` (湛江市雷州市… → 湛江市), with its
 * divisions; null when none starts there.
 */
export function findPrefix(
  text: string,
  level: DivisionLevel,
  start = 0,
): { name: string; divisions: Division[] } | null {
  const i = idx();
  let beginnings = i.beginnings.get(level);
  if (!beginnings) {
    beginnings = new Set();
    for (const [name, divisions] of i.byName)
      if (divisions.some((d) => d.level === level))
        for (let end = 1; end <= name.length; end++) beginnings.add(name.slice(0, end));
    i.beginnings.set(level, beginnings);
  }
  let found: { name: string; divisions: Division[] } | null = null;
  for (let end = start + 1; end <= text.length; end++) {
    const name = text.slice(start, end);
    if (!beginnings.has(name)) break;
    const divisions = i.byName.get(name)?.filter((d) => d.level === level);
    if (divisions && divisions.length > 0 && name.length >= 2) found = { name, divisions };
  }
  return found;
}

/** Provinces, cities and counties whose bare name is `stem` (上城 → 上城区). */
export function findByStem(stem: string, level?: DivisionLevel): Division[] {
  const all = idx().byStem.get(stem) ?? [];
  return level ? all.filter((d) => d.level === level) : all;
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

function endingsOf(byName: Map<string, Division[]>, levels?: DivisionLevel[]): Set<string> {
  const endings = new Set<string>();
  for (const [name, divisions] of byName) {
    if (levels && !divisions.some((d) => levels.includes(d.level))) continue;
    for (let i = name.length - 1; i >= 0; i--) endings.add(name.slice(i));
  }
  return endings;
}

/**
 * Division names written in a text, the longest at each place (渠县宝城镇 → 渠县, 宝城镇), optionally of
 * some levels only. Bare stems are not looked for.
 */
export function findMentions(text: string, levels?: DivisionLevel[]): Mention[] {
  const { byName, endings: cache } = idx();
  const key = levels ? [...levels].sort().join() : '';
  let endings = cache.get(key);
  if (!endings) {
    endings = endingsOf(byName, levels);
    cache.set(key, endings);
  }
  const found: Mention[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (!endings.has(text[end - 1] ?? '')) continue;
    let best: Mention | null = null;
    for (let start = end - 2; start >= 0; start--) {
      const name = text.slice(start, end);
      if (!endings.has(name)) break;
      const all = byName.get(name);
      const divisions = all && levels ? all.filter((d) => levels.includes(d.level)) : all;
      if (divisions && divisions.length > 0) best = { start, end, name, divisions };
    }
    if (!best) continue;
    while (found.length > 0 && (found[found.length - 1]?.start ?? -1) >= best.start) found.pop();
    found.push(best);
  }
  return found;
}
