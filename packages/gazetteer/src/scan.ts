import { idx, type NameIndex } from './store.ts';
import type { Division, DivisionLevel, Mention } from './types.ts';

/**
 * The longest name of a division of `level` that `text` has at `start` (湛江市雷州市… → 湛江市), with its
 * divisions; null when none starts there.
 */
export function findPrefix(
  text: string,
  level: DivisionLevel,
  start = 0,
): { name: string; divisions: Division[] } | null {
  const i = idx();
  let beginnings = i.beginnings.get(level);
  if (!beginnings) {
    beginnings = new Map();
    for (const [name, divisions] of i.byName.entries()) {
      const ofLevel = divisions.filter((d) => d.level === level);
      if (ofLevel.length === 0) continue;
      for (let end = 1; end < name.length; end++)
        if (!beginnings.has(name.slice(0, end))) beginnings.set(name.slice(0, end), []);
      beginnings.set(name, ofLevel);
    }
    i.beginnings.set(level, beginnings);
  }
  let found: { name: string; divisions: Division[] } | null = null;
  for (let end = start + 1; end <= text.length; end++) {
    const name = text.slice(start, end);
    const divisions = beginnings.get(name);
    if (divisions === undefined) break;
    if (divisions.length > 0 && name.length >= 2) found = { name, divisions };
  }
  return found && { name: found.name, divisions: [...found.divisions] };
}

function endingsOf(byName: NameIndex, levels?: DivisionLevel[]): Set<string> {
  const endings = new Set<string>();
  for (const [name, divisions] of byName.entries()) {
    if (levels && !divisions.some((d) => levels.includes(d.level))) continue;
    for (let i = name.length - 1; i >= 0; i--) endings.add(name.slice(i));
  }
  return endings;
}

/**
 * Division names written in a text, the longest at each place (渠县宝城镇 → 渠县, 宝城镇), optionally of
 * some levels only. Bare stems are not looked for.
 */
export function findMentions(text: string, levels?: DivisionLevel[]): Mention[] {
  const { byName, endings: cache } = idx();
  const key = levels ? [...levels].sort().join() : '';
  let endings = cache.get(key);
  if (!endings) {
    endings = endingsOf(byName, levels);
    cache.set(key, endings);
  }
  const found: Mention[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (!endings.has(text[end - 1] ?? '')) continue;
    let best: Mention | null = null;
    for (let start = end - 2; start >= 0; start--) {
      const name = text.slice(start, end);
      if (!endings.has(name)) break;
      const all = byName.get(name);
      const divisions = levels ? all.filter((d) => levels.includes(d.level)) : all;
      if (divisions.length > 0) best = { start, end, name, divisions };
    }
    if (!best) continue;
    while (found.length > 0 && (found[found.length - 1]?.start ?? -1) >= best.start) found.pop();
    found.push(best);
  }
  return found;
}
