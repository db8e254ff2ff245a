import {
  type Direction,
  GROUPS,
  type GroupKey,
  getIndicator,
  HEADLINE_KEYS,
  type IndicatorKey,
  inGroup,
  largestFirst,
  type UnitGroup,
  type ValueQualifier,
} from '@fazhi/catalog';
import { reportYears } from '@fazhi/db';
import type { Cell } from '@fazhi/values';
import { type HeadlineFigures, headlineFigures } from './headline.ts';
import { indicatorInfo } from './lists.ts';
import { modelOf, type ReadSource } from './read-model.ts';
import type { CountyRef, IndicatorInfo, UnitRef } from './refs.ts';
import { type AbsentCounts, absentCounts, reportedIn } from './states.ts';

export interface OverviewParams {
  county: string;
  year?: number | undefined;
  group?: UnitGroup | undefined;
}

/** The unit at one end of the county's range, with the facts behind its figure. */
export interface Leader {
  unit: Pick<UnitRef, 'id' | 'name'>;
  value: number;
  qualifier: ValueQualifier;
  factIds: number[];
}

/** A county-wide figure of one indicator, who leads and lags on it, and who has not got it. */
export interface Headline extends HeadlineFigures {
  indicator: IndicatorInfo;
  absent: AbsentCounts;
  best: Leader | null;
  /** null with one unit */
  worst: Leader | null;
}

export interface OverviewGroup {
  key: GroupKey;
  label: string;
  headlines: Headline[];
}

export interface Overview {
  county: CountyRef;
  year: number | null;
  /** every unit of the county is sample data */
  sample: boolean;
  /** units of the county, and how many sent a report for the year (0: the year is empty, said once) */
  units: number;
  reported: number;
  groups: OverviewGroup[];
  asOf: string | null;
}

/** Who leads and who lags on a figure; equal values go by name so the answer is stable. */
function ends(now: Map<number, Cell>, direction: Direction, names: Map<number, string>) {
  const down = largestFirst(direction);
  const leader = (c: Cell): Leader => ({
    unit: { id: c.unitId, name: names.get(c.unitId) ?? '' },
    value: c.value,
    qualifier: c.qualifier,
    factIds: c.factIds,
  });
  const sorted = [...now.values()].sort(
    (a, b) =>
      (down ? b.value - a.value : a.value - b.value) ||
      BY_NAME.compare(names.get(a.unitId) ?? '', names.get(b.unitId) ?? ''),
  );
  const [first, last] = [sorted[0], sorted.at(-1)];
  return {
    best: first ? leader(first) : null,
    worst: last && sorted.length > 1 ? leader(last) : null,
  };
}

const BY_NAME = new Intl.Collator('zh-CN');

/** A county's year at a glance: headline figures of the focus groups with change, and who reported. */
export async function overview(source: ReadSource, q: OverviewParams): Promise<Overview> {
  const model = await modelOf(source);
  const county = await model.county(q.county);
  const year = q.year ?? (await reportYears(model.db, county.id)).at(-1) ?? null;
  const { table, units: all, asOf, reported: reportedByYear } = await model.countyCells(county.id);
  const units = all.filter((u) => inGroup(u.type, q.group ?? 'towns'));
  const ids = new Set(units.map((u) => u.id));
  const inYear = year === null ? new Set<number>() : reportedIn(reportedByYear, year);
  const reported = new Set([...inYear].filter((id) => ids.has(id)));
  const names = new Map(units.map((u) => [u.id, u.name]));
  const values = (key: IndicatorKey, y: number | null) => {
    const m = new Map<number, Cell>();
    for (const [id, c] of y === null ? [] : table.column(key, y)) {
      if (ids.has(id)) m.set(id, c);
    }
    return m;
  };
  const groups = GROUPS.filter((g) => g.focus).map((g) => ({
    key: g.key,
    label: g.label,
    headlines: HEADLINE_KEYS.map(getIndicator)
      .filter((i) => i.group === g.key)
      .map((i) => {
        const now = values(i.key, year);
        return {
          indicator: indicatorInfo(i),
          ...headlineFigures(
            i.combine === 'sum' ? 'sum' : 'median',
            now,
            values(i.key, year === null ? null : year - 1),
          ),
          absent: absentCounts(ids, (id) => now.has(id), reported),
          ...ends(now, i.direction, names),
        };
      }),
  }));
  return {
    county: { id: county.id, name: county.name },
    year,
    sample: units.length > 0 && units.every((u) => u.sample),
    units: units.length,
    reported: reported.size,
    groups,
    asOf,
  };
}
