export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** facts whose evidence covers this stretch of text */
  factIds: number[];
  /** inside the sentence the reader came to see */
  inSentence: boolean;
  /** facts whose evidence ends here: their labels go after this segment */
  endsHere: number[];
  /** unread figures (未识别的数字) this stretch is part of */
  unreadIds: number[];
  /** unread figures that end here: their mark goes after this segment */
  unreadEndsHere: number[];
}

const STOPS = /[。！？!?\n]/;

/** The sentence around [start, end): from after the previous 。！？ or line end to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !STOPS.test(text[s - 1] ?? '')) s--;
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  let e = Math.max(end, start);
  while (e < text.length && !STOPS.test(text[e - 1] ?? '')) e++;
  if (e > end && text[e - 1] === '\n') e--;
  return [s, Math.max(e, end)];
}

/**
 * Cuts a report text at every fact's start and end, every unread figure's, and the focused sentence's bounds,
 * so each piece knows which facts and figures cover it; overlapping evidence is handled by pieces covered by
 * several facts.
 */
export function segmentText(
  length: number,
  spans: readonly Span[],
  sentence: [number, number] | null,
  unread: readonly Span[] = [],
): Segment[] {
  const inText = (s: Span) => s.start >= 0 && s.end <= length && s.start < s.end;
  const valid = spans.filter(inText);
  const figures = unread.filter(inText);
  const cuts = new Set<number>([0, length]);
  for (const s of [...valid, ...figures]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (sentence) {
    cuts.add(sentence[0]);
    cuts.add(sentence[1]);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i] as number, points[i + 1] as number];
    out.push({
      start,
      end,
      factIds: valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id),
      inSentence: sentence !== null && start >= sentence[0] && end <= sentence[1],
      endsHere: valid.filter((s) => s.end === end).map((s) => s.id),
      unreadIds: figures.filter((s) => s.start <= start && s.end >= end).map((s) => s.id),
      unreadEndsHere: figures.filter((s) => s.end === end).map((s) => s.id),
    });
  }
  return out;
}
