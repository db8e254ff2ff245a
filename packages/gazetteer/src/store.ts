import { loadDivisions } from './data.ts';
import { nameForms } from './names.ts';
import type { Division, DivisionLevel } from './types.ts';

export interface Index {
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

export const idx = (): Index => {
  index ??= build();
  return index;
};
