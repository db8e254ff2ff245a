/** Which way an indicator is better: more training is better, more lost lawsuits worse. */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const directionOf = (i: { higherIsBetter: boolean }): Direction =>
  i.higherIsBetter ? 'higher' : 'lower';

/** `better` beside a figure, `ranking` under a ranking. */
export const DIRECTION_LABEL: Record<Direction, { better: string; ranking: string }> = {
  higher: { better: '越高越好', ranking: '数值越高排名越前' },
  lower: { better: '越低越好', ranking: '数值越低排名越前' },
};
