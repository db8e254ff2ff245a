/** How a figure's qualifier reads beside it, one wording for the dashboard, exports and briefings. */
export type QualifierCode = 'exact' | 'over' | 'about' | 'near' | 'under' | 'derived';

/** 100余次, 约2000人次, 近50件, 不足10人, 95%: `number` is already written the way the caller wants. */
export function withQualifier(
  number: string,
  qualifier: QualifierCode | null | undefined,
  unit: string,
): string {
  switch (qualifier) {
    case 'over':
      return `${number}余${unit}`;
    case 'about':
      return `约${number}${unit}`;
    case 'near':
      return `近${number}${unit}`;
    case 'under':
      return `不足${number}${unit}`;
    default:
      return `${number}${unit}`;
  }
}
