/**
 * Which way an indicator is better: more training is better, more lost lawsuits worse, and a caseload
 * (复议受理件数, 矛盾纠纷件数, 诉讼案件数) is neither: it says how much came in, not how well a unit did.
 */
export const DIRECTIONS = ['higher', 'lower', 'neither'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whether more or less of it is better or worse: rankings colour and sentences judge only these. */
export const judges = (d: Direction): boolean => d !== 'neither';

/** The order a ranking lists units in: neutral figures by size, largest first, like higher-is-better. */
export const largestFirst = (d: Direction): boolean => d !== 'lower';

/** `better` beside a figure, `ranking` under a ranking. */
export const DIRECTION_LABEL: Record<Direction, { better: string; ranking: string }> = {
  higher: { better: '越高越好', ranking: '数值越高排名越前' },
  lower: { better: '越低越好', ranking: '数值越低排名越前' },
  neither: { better: '数量指标，不分好坏', ranking: '按数值从大到小排列，数量多少不代表好坏' },
};
