import { type IndicatorKey, isIndicatorKey } from '@fazhi/catalog';
import { type Combined, combineMentions } from './combine.ts';
import { DERIVATION_INPUTS, DERIVED_RATES, deriveRate } from './derive.ts';
import { PackedCellTable } from './packed.ts';
import { CellTable } from './table.ts';
import type { Cell, CellSource, CellStatus, StoredFact } from './types.ts';
import { UnitYearMap } from './unit-year-map.ts';

type Made = { combined: Combined<StoredFact>; source: CellSource };

const statusOf = (used: StoredFact[]): CellStatus => {
  let confirmed = 0;
  for (const f of used) {
    if (f.status === 'corrected' || f.status === 'added') return 'corrected';
    if (f.status === 'confirmed') confirmed++;
  }
  return used.length > 0 && confirmed === used.length ? 'confirmed' : 'auto';
};

/** One unit-year-key: the year's own report speaks for it; a later report's 比上年 figure only fills a gap. */
function combine(key: IndicatorKey, year: number, facts: StoredFact[]): Made | null {
  const own = facts.filter((f) => f.reportYear === year);
  const source = own.length > 0 ? 'report' : 'later_report';
  const chosen = own.length > 0 ? own : facts;
  const only = chosen[0];
  if (chosen.length === 1 && only && only.role !== 'part') {
    return { combined: { value: only.value, qualifier: only.qualifier, used: chosen }, source };
  }
  const combined = combineMentions(key, chosen);
  return combined ? { combined, source } : null;
}

// written out, not spread: a spread followed by more properties can leave V8 a slow dictionary object
const cellOf = (at: { unitId: number; year: number; key: IndicatorKey }, made: Made): Cell => ({
  unitId: at.unitId,
  year: at.year,
  key: at.key,
  value: made.combined.value,
  qualifier: made.combined.qualifier,
  status: statusOf(made.combined.used),
  source: made.source,
  factIds: made.combined.used.map((f) => f.id),
  change: null,
});

interface Group {
  unitId: number;
  year: number;
  key: IndicatorKey;
  facts: StoredFact[];
}

/** The facts of each unit-year-key, in the order the unit-year-keys first appear. */
function grouped(facts: readonly StoredFact[]): Group[] {
  const groups: Group[] = [];
  const byUnitYear = new UnitYearMap<Map<IndicatorKey, Group>>();
  for (const f of facts) {
    // a key the catalog no longer has makes no value
    if (!isIndicatorKey(f.key)) continue;
    const keys = byUnitYear.upsert(f.unitId, f.year, () => new Map());
    const group = keys.get(f.key);
    if (group) group.facts.push(f);
    else {
      const made = { unitId: f.unitId, year: f.year, key: f.key, facts: [f] };
      keys.set(f.key, made);
      groups.push(made);
    }
  }
  return groups;
}

/**
 * The unit-year value of every key the stored facts give, by the engine's combining rules, with the facts
 * behind each value, its review status, whether the year's own report gave it, and the change against the
 * year before (none when either year is missing). A derived rate is computed from the own report's counts.
 */
export function cellsFromFacts(facts: readonly StoredFact[]): Cell[] {
  const cells = unchangedCells(facts);
  const table = new CellTable(cells);
  for (const c of cells) c.change = table.change(c, c.year - 1);
  return cells;
}

/** The stored facts' unit-year values as a table (packed: the server keeps many of them). */
export const tableFromFacts = (facts: readonly StoredFact[]): PackedCellTable =>
  new PackedCellTable(unchangedCells(facts));

/** The cells with their change against the year before still to fill in. */
function unchangedCells(facts: readonly StoredFact[]): Cell[] {
  const cells: Cell[] = [];
  const stated = new UnitYearMap<Set<IndicatorKey>>();
  const inputs = new UnitYearMap<Map<IndicatorKey, Combined<StoredFact>>>();
  for (const { unitId, year, key, facts: mentions } of grouped(facts)) {
    const made = combine(key, year, mentions);
    if (!made) continue;
    cells.push(cellOf({ unitId, year, key }, made));
    stated.upsert(unitId, year, () => new Set()).add(key);
    if (DERIVATION_INPUTS.has(key) && made.source === 'report')
      inputs.upsert(unitId, year, () => new Map()).set(key, made.combined);
  }
  for (const { unitId, year, value: parts } of inputs) {
    for (const rate of DERIVED_RATES) {
      if (stated.get(unitId, year)?.has(rate.key)) continue;
      const derived = deriveRate(rate, (k) => parts.get(k));
      if (!derived) continue;
      const used = [...parts.values()].flatMap((p) => p.used);
      const combined = { value: derived.value, qualifier: derived.qualifier, used };
      cells.push(cellOf({ unitId, year, key: rate.key }, { combined, source: 'report' }));
    }
  }
  return cells;
}
