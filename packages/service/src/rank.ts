export interface Rankable {
  id: number;
  value: number;
}

/**
 * Competition ranking ("1, 1, 3"): a unit's rank is one more than the number of units strictly better;
 * equal values share a rank (并列). Better is higher or lower as the indicator says.
 */
export function competitionRanks(
  items: Rankable[],
  higherIsBetter: boolean,
): Map<number, { rank: number; tied: boolean }> {
  const sorted = [...items].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
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
