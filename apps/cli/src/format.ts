import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import type { UnitYearValue } from '@fazhi/values';

/**
 * A value as a reader expects it: 106余, 近1000, 约10, 不足5, 6.35%（推算）. Callers show a stored report's
 * values, so a value it lacks is 未提及, never 0.
 */
export function formatValue(v: UnitYearValue | undefined, unit: string): string {
  if (!v) return ABSENT_LABEL.not_mentioned;
  const n = `${Number.isInteger(v.value) ? v.value : v.value.toFixed(2).replace(/0$/, '')}${unit === '%' ? '%' : ''}`;
  switch (v.qualifier) {
    case 'over':
      return `${n}余`;
    case 'near':
      return `近${n}`;
    case 'about':
      return `约${n}`;
    case 'under':
      return `不足${n}`;
    case 'derived':
      return `${n}（推算）`;
    default:
      return n;
  }
}
