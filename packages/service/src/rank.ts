import { type Direction, largestFirst } from '@fazhi/catalog';

export interface Rankable {
  id: number;
  value: number;
}

/**
 * Competition ranking ("1, 1, 3"): a unit's rank is one more than the number of units strictly better;
 * equal values share a rank (并列). Better is higher or lower as the indicator says; a figure that is
 * neither (a caseload) is ranked by size, largest first.
 */
export function competitionRanks(
  items: Rankable[],
  direction: Direction,
): Map<number, { rank: number; tied: boolean }> {
  const down = largestFirst(direction);
  const sorted = [...items].sort((a, b) => (down ? b.value - a.value : a.value - b.value));
  const out = new Map<number, { rank: number; tied: boolean }>();
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]?.value === sorted[i]?.value) j++;
    for (let k = i; k <= j; k++) out.set((sorted[k] as Rankable).id, { rank: i + 1, tied: j > i });
    i = j + 1;
  }
  return out;
}
