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
  const values = items.map((i) => i.value);
  const out = new Map<number, { rank: number; tied: boolean }>();
  for (const item of items) {
    const better = values.filter((v) => (higherIsBetter ? v > item.value : v < item.value)).length;
    const same = values.filter((v) => v === item.value).length;
    out.set(item.id, { rank: better + 1, tied: same > 1 });
  }
  return out;
}
