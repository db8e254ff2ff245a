import { compareFileName } from '@fazhi/catalog/wording';
import { compareLongSheet } from './compare-long.ts';
import { type CompareScope, type Comparison, resolveScope } from './compare-scope.ts';
import { compareWideSheet } from './compare-wide.ts';
import type { Workbook } from './table.ts';

/**
 * The comparison as a download: first the sheet the screen shows (a row per unit, this year against the
 * base year for each indicator), then the long form (a row per unit, year and indicator) for pivoting.
 */
export function compareTable(c: Comparison, scope: CompareScope): Workbook {
  const s = resolveScope(c, scope);
  return {
    fileName: compareFileName({
      county: c.county.name,
      year: s.year,
      base: s.base,
      indicators: c.indicators.map((i) => i.label),
      group: s.group,
    }),
    sheets: [compareWideSheet(c, s), compareLongSheet(c, s.units)],
  };
}
