import type { IndicatorKey } from '@fazhi/catalog';
import { VALUE_QUALIFIERS, VALUE_STATUSES } from '@fazhi/catalog';
import { changeBetween } from './change.ts';
import type {
  Cell,
  CellAddress,
  CellLookup,
  CellSource,
  CellStatus,
  Change,
  ValueQualifier,
} from './types.ts';

const SOURCES: readonly CellSource[] = ['report', 'later_report'];
const NONE = -1;
const byIndex = (a: number, b: number) => a - b;

/**
 * The value model's cells packed in typed arrays: some 30 bytes a value instead of several hundred as objects,
 * and nothing for the garbage collector to walk, so a server keeping a hundred counties' tables does not stall
 * on them. Cells are made when asked for, always in the order the value model made them.
 */
export class PackedCellTable implements CellLookup {
  readonly size: number;
  private readonly unitIds: Int32Array;
  private readonly years: Int32Array;
  private readonly keyOf: Uint16Array;
  /** positions of each cell's unit and year in unitIndex and yearIndex */
  private readonly unitAt: Int32Array;
  private readonly yearAt: Int32Array;
  private readonly values: Float64Array;
  private readonly qualifierOf: Uint8Array;
  private readonly statusOf: Uint8Array;
  private readonly sourceOf: Uint8Array;
  /** cell i's fact ids are factIds[factStart[i] .. factStart[i + 1]) */
  private readonly factStart: Uint32Array;
  private readonly factIds: Int32Array;
  private readonly keys: IndicatorKey[] = [];
  private readonly keyIndex = new Map<IndicatorKey, number>();
  private readonly unitIndex = new Map<number, number>();
  private readonly yearIndex = new Map<number, number>();
  /** (unit, year, key) → cell index, NONE where the unit gave no value */
  private readonly slots: Int32Array;

  constructor(cells: readonly Cell[]) {
    const n = cells.length;
    this.size = n;
    this.unitIds = new Int32Array(n);
    this.years = new Int32Array(n);
    this.keyOf = new Uint16Array(n);
    this.unitAt = new Int32Array(n);
    this.yearAt = new Int32Array(n);
    this.values = new Float64Array(n);
    this.qualifierOf = new Uint8Array(n);
    this.statusOf = new Uint8Array(n);
    this.sourceOf = new Uint8Array(n);
    this.factStart = new Uint32Array(n + 1);
    let facts = 0;
    for (const c of cells) facts += c.factIds.length;
    this.factIds = new Int32Array(facts);
    facts = 0;
    cells.forEach((c, i) => {
      this.unitIds[i] = c.unitId;
      this.years[i] = c.year;
      this.keyOf[i] = indexIn(this.keyIndex, c.key, () => this.keys.push(c.key));
      this.unitAt[i] = indexIn(this.unitIndex, c.unitId);
      this.yearAt[i] = indexIn(this.yearIndex, c.year);
      this.values[i] = c.value;
      this.qualifierOf[i] = position(VALUE_QUALIFIERS, c.qualifier);
      this.statusOf[i] = position(VALUE_STATUSES, c.status);
      this.sourceOf[i] = position(SOURCES, c.source);
      this.factStart[i] = facts;
      this.factIds.set(c.factIds, facts);
      facts += c.factIds.length;
    });
    this.factStart[n] = facts;
    this.slots = new Int32Array(this.unitIndex.size * this.yearIndex.size * this.keys.length).fill(NONE);
    // a unit-year-key given twice keeps the later cell, as a map would
    for (let i = 0; i < n; i++) this.slots[this.slotAt(i)] = i;
  }

  get(unitId: number, year: number, key: IndicatorKey): Cell | undefined {
    const i = this.find(unitId, year, key);
    return i === NONE ? undefined : this.cell(i);
  }

  column(key: IndicatorKey, year: number): ReadonlyMap<number, Cell> {
    const [k, y] = [this.keyIndex.get(key), this.yearIndex.get(year)];
    const found: number[] = [];
    if (k === undefined || y === undefined) return new Map();
    for (let u = 0; u < this.unitIndex.size; u++) {
      const i = this.slots[this.slot(u, y, k)] as number;
      if (i !== NONE) found.push(i);
    }
    return new Map(found.sort(byIndex).map((i) => [this.unitIds[i] as number, this.cell(i)]));
  }

  row(unitId: number, year: number): ReadonlyMap<IndicatorKey, Cell> {
    const found: number[] = [];
    for (const key of this.keys) {
      const i = this.find(unitId, year, key);
      if (i !== NONE) found.push(i);
    }
    return new Map(
      found.sort(byIndex).map((i) => [this.keys[this.keyOf[i] as number] as IndicatorKey, this.cell(i)]),
    );
  }

  change(at: CellAddress, baseYear: number): Change | null {
    const now = this.find(at.unitId, at.year, at.key);
    const base = this.find(at.unitId, baseYear, at.key);
    return now === NONE || base === NONE
      ? null
      : changeBetween(this.values[base] as number, this.values[now] as number);
  }

  yearsOf(unitId: number): number[] {
    const first = new Map<number, number>();
    for (const year of this.yearIndex.keys()) {
      let min = NONE;
      for (const key of this.keys) {
        const i = this.find(unitId, year, key);
        if (i !== NONE && (min === NONE || i < min)) min = i;
      }
      if (min !== NONE) first.set(year, min);
    }
    return [...first].sort((a, b) => a[1] - b[1]).map(([year]) => year);
  }

  select(keys?: ReadonlySet<IndicatorKey>, years?: ReadonlySet<number>): Cell[] {
    const out: Cell[] = [];
    for (let i = 0; i < this.size; i++) {
      if (years && !years.has(this.years[i] as number)) continue;
      if (keys && !keys.has(this.keys[this.keyOf[i] as number] as IndicatorKey)) continue;
      out.push(this.cell(i));
    }
    return out;
  }

  private find(unitId: number, year: number, key: IndicatorKey): number {
    const [u, y, k] = [this.unitIndex.get(unitId), this.yearIndex.get(year), this.keyIndex.get(key)];
    return u === undefined || y === undefined || k === undefined
      ? NONE
      : (this.slots[this.slot(u, y, k)] as number);
  }

  private slot(u: number, y: number, k: number): number {
    return (u * this.yearIndex.size + y) * this.keys.length + k;
  }

  private slotAt(i: number): number {
    return this.slot(this.unitAt[i] as number, this.yearAt[i] as number, this.keyOf[i] as number);
  }

  /** cell i's change against the year before */
  private changeAt(i: number): Change | null {
    const before = this.yearIndex.get((this.years[i] as number) - 1);
    if (before === undefined) return null;
    const base = this.slots[this.slot(this.unitAt[i] as number, before, this.keyOf[i] as number)] as number;
    return base === NONE ? null : changeBetween(this.values[base] as number, this.values[i] as number);
  }

  private cell(i: number): Cell {
    const [from, to] = [this.factStart[i] as number, this.factStart[i + 1] as number];
    const factIds = new Array<number>(to - from);
    for (let f = from; f < to; f++) factIds[f - from] = this.factIds[f] as number;
    return {
      unitId: this.unitIds[i] as number,
      year: this.years[i] as number,
      key: this.keys[this.keyOf[i] as number] as IndicatorKey,
      value: this.values[i] as number,
      qualifier: VALUE_QUALIFIERS[this.qualifierOf[i] as number] as ValueQualifier,
      status: VALUE_STATUSES[this.statusOf[i] as number] as CellStatus,
      source: SOURCES[this.sourceOf[i] as number] as CellSource,
      factIds,
      change: this.changeAt(i),
    };
  }
}

/** The index of a value in first-seen order, given a new one (and `added` called) the first time it is seen. */
function indexIn<T>(index: Map<T, number>, value: T, added?: () => void): number {
  const hit = index.get(value);
  if (hit !== undefined) return hit;
  index.set(value, index.size);
  added?.();
  return index.size - 1;
}

function position<T>(tuple: readonly T[], value: T): number {
  const i = tuple.indexOf(value);
  if (i < 0) throw new Error(`value model: ${String(value)} is not one of ${tuple.join(', ')}`);
  return i;
}
