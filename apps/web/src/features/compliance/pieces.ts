/** A stretch of a report's text: inside one shared passage (its index) or not (null). */
export interface Piece {
  start: number;
  end: number;
  passage: number | null;
}

/**
 * Cuts a text into the stretches shared with the other report and those between them; passages outside the
 * text or overlapping an earlier one are cut to what is left, so every character is shown exactly once.
 */
export function textPieces(length: number, passages: readonly { start: number; end: number }[]): Piece[] {
  const ordered = passages
    .map((p, index) => ({ start: Math.max(0, p.start), end: Math.min(length, p.end), index }))
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const p of ordered) {
    const start = Math.max(p.start, at);
    if (p.end <= start) continue;
    if (start > at) out.push({ start: at, end: start, passage: null });
    out.push({ start, end: p.end, passage: p.index });
    at = p.end;
  }
  if (at < length) out.push({ start: at, end: length, passage: null });
  return out;
}
