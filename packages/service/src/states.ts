import { valueState } from '@fazhi/catalog/wording';

/** Units of a scope without the figure, by why. */
export interface AbsentCounts {
  noReport: number;
  notMentioned: number;
}

const NONE: ReadonlySet<number> = new Set();

/** The units with a report in force for a year, from the county's table (none: the year is empty). */
export const reportedIn = (reported: Map<number, Set<number>>, year: number): ReadonlySet<number> =>
  reported.get(year) ?? NONE;

/** How many units of a scope have no figure, and why: no report (未报送) or a report without it (未提及). */
export function absentCounts(
  unitIds: Iterable<number>,
  hasValue: (unitId: number) => boolean,
  reported: ReadonlySet<number>,
): AbsentCounts {
  const counts = { noReport: 0, notMentioned: 0 };
  for (const id of unitIds) {
    const state = valueState(hasValue(id), reported.has(id));
    if (state === 'no_report') counts.noReport++;
    else if (state === 'not_mentioned') counts.notMentioned++;
  }
  return counts;
}
