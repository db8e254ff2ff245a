import type { Qualifier } from '@fazhi/catalog';
import type { Random } from './random.ts';

/** A figure as written in a report, and what it states (the value a careful reader takes from it). */
export interface Written {
  text: string;
  value: number;
  qualifier: Qualifier;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals: 十二, 二十一. */
function chinese(n: number): string {
  if (n < 10) return CN[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens]}十${ones === 0 ? '' : CN[ones]}`;
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/**
 * Writes a count the many ways reports do: 12, １２, 1,200, 1.2万余, 十二, 二十余, 300余, 近千, 约50.
 * The value returned is what the text states, not the number the generator started from.
 */
export function writeCount(n: number, r: Random): Written {
  const form = r.int(0, 9);
  if (n >= 10_000 && form < 5) {
    const wan = Math.floor(n / 1000) / 10;
    return { text: `${wan}万余`, value: Math.round(wan * 10_000), qualifier: 'over' };
  }
  if (n >= 1000 && form < 3) return { text: n.toLocaleString('en-US'), value: n, qualifier: 'exact' };
  if (n >= 900 && n < 1000 && form < 5) return { text: '近千', value: 1000, qualifier: 'near' };
  if (n >= 20 && n < 100 && form === 5) {
    const round = Math.floor(n / 10) * 10;
    return { text: `${chinese(round)}余`, value: round, qualifier: 'over' };
  }
  if (n > 1 && n < 100 && form === 6) return { text: chinese(n), value: n, qualifier: 'exact' };
  if (n >= 100 && form === 7) {
    const round = Math.floor(n / 100) * 100;
    return { text: `${round}余`, value: round, qualifier: 'over' };
  }
  if (n >= 20 && form === 8) {
    const round = Math.round(n / 10) * 10;
    return { text: `约${round}`, value: round, qualifier: 'about' };
  }
  if (form === 9) return { text: fullWidth(String(n)), value: n, qualifier: 'exact' };
  return { text: String(n), value: n, qualifier: 'exact' };
}

/** A percentage with up to one decimal: 95%, 98.6%, 百分之百 is written 100%. */
export function writeRate(rate: number): Written {
  const v = Math.round(rate * 10) / 10;
  return { text: `${v}%`, value: v, qualifier: 'exact' };
}
