/** One entry per unit and year, without string keys; iterates in the order entries were added. */
export class UnitYearMap<T> {
  private readonly byUnit = new Map<number, Map<number, T>>();
  private readonly added: { unitId: number; year: number; value: T }[] = [];

  get(unitId: number, year: number): T | undefined {
    return this.byUnit.get(unitId)?.get(year);
  }

  has(unitId: number, year: number): boolean {
    return this.byUnit.get(unitId)?.has(year) ?? false;
  }

  /** Sets a unit-year's entry; a unit-year set again keeps its place in the order. */
  set(unitId: number, year: number, value: T): this {
    let years = this.byUnit.get(unitId);
    if (!years) {
      years = new Map();
      this.byUnit.set(unitId, years);
    }
    if (years.has(year)) {
      const entry = this.added.find((e) => e.unitId === unitId && e.year === year);
      if (entry) entry.value = value;
    } else this.added.push({ unitId, year, value });
    years.set(year, value);
    return this;
  }

  /** The entry of a unit-year, made and added first when there is none. */
  upsert(unitId: number, year: number, make: () => T): T {
    const found = this.get(unitId, year);
    if (found !== undefined || this.has(unitId, year)) return found as T;
    const value = make();
    this.set(unitId, year, value);
    return value;
  }

  /** The years a unit has an entry for, in the order they were added. */
  yearsOf(unitId: number): number[] {
    return [...(this.byUnit.get(unitId)?.keys() ?? [])];
  }

  [Symbol.iterator](): IterableIterator<{ unitId: number; year: number; value: T }> {
    return this.added[Symbol.iterator]();
  }
}
