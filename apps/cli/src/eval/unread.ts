import { getIndicator, isIndicatorKey } from '@fazhi/catalog';
import type { ExtractResult, UnreadFigure } from '@fazhi/extract';
import type { GoldEntry } from './gold.ts';
import type { EntryScore } from './score.ts';

/** A figure of the gold that a reader should see: a missed fact, or an indicator without a catalog key. */
interface Wanted {
  value: number;
  text: string;
}

export interface UnreadScore {
  /** gold count figures the engine did not read as facts */
  wanted: Wanted[];
  /** of those, the ones offered as unread */
  offered: Wanted[];
  /** unread figures on a gold figure, on a phrase the gold says is not an indicator, or on neither */
  onGold: UnreadFigure[];
  onNotFacts: UnreadFigure[];
  other: UnreadFigure[];
}

const NOT_COUNTED = new Set<string>(['%', '元', '万元', '亿元', '年']);

function spans(text: string, phrase: string): [number, number][] {
  const out: [number, number][] = [];
  if (phrase === '') return out;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1))
    out.push([i, i + phrase.length]);
  return out;
}

const onPhrase = (text: string, phrase: string, u: UnreadFigure) =>
  spans(text, phrase).some(([s, e]) => u.start < e && s < u.end);

const unitOfKey = (key: string): string => (isIndicatorKey(key) ? getIndicator(key).unit : '%');

const overlapsFact = (f: { start: number; end: number }, [s, e]: [number, number]) =>
  f.start < e && s < f.end;

/**
 * How well the unread list serves a reader of one report: which figures of the gold that the engine did not
 * read it offers, and what else it offers. Only count figures are wanted (rates and money are not unread).
 */
export function scoreUnread(
  gold: GoldEntry,
  text: string,
  result: ExtractResult,
  facts: EntryScore,
): UnreadScore {
  const missed = facts.misses.filter((m) => !NOT_COUNTED.has(unitOfKey(m.key)));
  const unmapped = (gold.unmapped ?? []).filter((u) => {
    const unit = typeof u.unit === 'string' ? u.unit : '';
    return !NOT_COUNTED.has(unit) && !/[%％元]$/.test(u.evidence);
  });
  // a figure the engine read under another key or as another figure is read, not unread
  const read = (w: Wanted) =>
    result.facts.some(
      (f) => f.value === w.value && spans(text, w.text).some((span) => overlapsFact(f, span)),
    );
  const wanted: Wanted[] = [
    ...missed.map((m) => ({ value: m.value, text: m.text })),
    ...unmapped.map((u) => ({ value: u.value, text: u.evidence })),
  ].filter((w) => !read(w));
  const offered = wanted.filter((w) =>
    result.unread.some((u) => u.value === w.value && onPhrase(text, w.text, u)),
  );
  const goldPhrases = [...gold.facts, ...(gold.unmapped ?? [])];
  const onGold: UnreadFigure[] = [];
  const onNotFacts: UnreadFigure[] = [];
  const other: UnreadFigure[] = [];
  for (const u of result.unread) {
    if (goldPhrases.some((g) => g.value === u.value && onPhrase(text, g.evidence, u))) onGold.push(u);
    else if ((gold.not_facts ?? []).some((n) => onPhrase(text, n.phrase, u))) onNotFacts.push(u);
    else other.push(u);
  }
  return { wanted, offered, onGold, onNotFacts, other };
}
