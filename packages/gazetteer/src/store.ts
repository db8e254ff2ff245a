import { loadDivisions } from './data.ts';
import { nameForms } from './names.ts';
import type { Division, DivisionLevel } from './types.ts';

export interface Index {
  divisions: Division[];
  /** built on first use: the engine never looks a code up */
  byCode: Map<string, Division> | null;
  /** official names and their short forms */
  byName: NameIndex;
  /** bare names of provinces, cities and counties: 石柱, 上城, 湛江 */
  byStem: NameIndex;
  /**
   * per level: every beginning of every name, so a prefix search stops as soon as no name goes on so, with the
   * divisions of that level a whole name means (none for a mere beginning)
   */
  beginnings: Map<DivisionLevel, Map<string, Division[]>>;
  /** every ending of every name of some levels, so a scan stops as soon as no name ends so (built on first scan) */
  endings: Map<string, Set<string>>;
  ms: number;
}

let index: Index | null = null;

/**
 * Divisions by name. Most names are one division's: those are kept bare, not in an array of one, as
 * loading time is mostly the collection of short-lived objects.
 */
/** The towns nameForms gives short forms for: streets, and townships of peoples (…族乡). */
const SHORTENED_TOWN = /街道?$|族(?:乡|镇|苏木)$/;

export class NameIndex {
  private readonly map = new Map<string, Division | Division[]>();

  // a division's name and its short forms all differ, so a division is never added twice under one key
  add(name: string, d: Division): void {
    const known = this.map.get(name);
    if (known === undefined) this.map.set(name, d);
    else if (Array.isArray(known)) known.push(d);
    else this.map.set(name, [known, d]);
  }

  get(name: string): Division[] {
    const known = this.map.get(name);
    return known === undefined ? [] : Array.isArray(known) ? known : [known];
  }

  *entries(): IterableIterator<[string, Division[]]> {
    for (const [name, known] of this.map) yield [name, Array.isArray(known) ? known : [known]];
  }
}

function build(): Index {
  const t0 = performance.now();
  const divisions = loadDivisions();
  const byName = new NameIndex();
  const byStem = new NameIndex();
  for (const d of divisions) {
    byName.add(d.name, d);
    // most towns (X镇, X乡) have no short form: skip the look, and the garbage it leaves
    if (d.level === 'town' && !SHORTENED_TOWN.test(d.name)) continue;
    const forms = nameForms(d.name, d.level);
    for (const alias of forms.aliases) byName.add(alias, d);
    if (forms.stem) byStem.add(forms.stem, d);
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

export const idx = (): Index => {
  index ??= build();
  return index;
};
