import { GROUPS, INDICATORS } from './catalog.ts';
import type { GroupKey, Indicator, IndicatorKey } from './types.ts';

export { FOCUS_KEYS, GROUPS, INDICATORS } from './catalog.ts';
export * from './types.ts';
export * from './vocabulary.ts';

const byKey = new Map<string, Indicator>(INDICATORS.map((i) => [i.key, i]));

export function isIndicatorKey(key: string): key is IndicatorKey {
  return byKey.has(key);
}

export function getIndicator(key: IndicatorKey): Indicator {
  const found = byKey.get(key);
  if (!found) throw new Error(`unknown indicator key: ${key}`);
  return found;
}

/** The catalog grouped for display, groups in catalog order. */
export function indicatorsByGroup(): {
  key: GroupKey;
  label: string;
  focus: boolean;
  indicators: Indicator[];
}[] {
  return GROUPS.map((g) => ({ ...g, indicators: INDICATORS.filter((i) => i.group === g.key) }));
}
