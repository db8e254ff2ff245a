import { inGroup, type UnitGroup } from '@fazhi/catalog/vocabulary';
import type { CompareResponse } from '@fazhi/contract';
import type { z } from 'zod';

export type Comparison = z.infer<typeof CompareResponse>;
export type Unit = Comparison['units'][number];

/** What the compare screen shows: one year against a base year, for one group of units. */
export interface CompareScope {
  /** default: the newest year compared that has reports */
  year?: number | undefined;
  /** default: the year before `year` */
  base?: number | undefined;
  group: UnitGroup;
}

export interface ResolvedScope {
  year: number;
  base: number;
  group: UnitGroup;
  units: Unit[];
}

export function resolveScope(c: Comparison, s: CompareScope): ResolvedScope {
  const reported = c.years.filter((y) => !c.emptyYears.includes(y));
  const year = s.year ?? Math.max(...(reported.length > 0 ? reported : c.years), 0);
  return {
    year,
    base: s.base ?? year - 1,
    group: s.group,
    units: c.units.filter((u) => inGroup(u.type, s.group)),
  };
}

/**
 * The years to read for an export: the years asked, plus the two the wide sheet compares (so a base year
 * outside the list is read, not shown as 未报送). Undefined keeps every year with reports.
 */
export function yearsToRead(s: {
  years?: number[] | undefined;
  year?: number | undefined;
  base?: number | undefined;
}): number[] | undefined {
  if (!s.years) return undefined;
  const year = s.year ?? Math.max(...s.years);
  return [...new Set([...s.years, year, s.base ?? year - 1])].sort((a, b) => a - b);
}
