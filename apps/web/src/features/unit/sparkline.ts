/**
 * SVG path of a small trend line. A missing year breaks the line (a new `M`), never drawn as 0; a lone
 * point between gaps is a dot drawn by the caller. Values are scaled to the box with a 2px margin.
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const [lo, hi] = [Math.min(...present), Math.max(...present)];
  const m = 2;
  const x = (i: number) =>
    values.length === 1 ? width / 2 : m + (i * (width - 2 * m)) / (values.length - 1);
  const y = (v: number) => (hi === lo ? height / 2 : height - m - ((v - lo) * (height - 2 * m)) / (hi - lo));
  const r = (n: number) => Math.round(n * 10) / 10;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const lone = !pen && (values[i + 1] ?? null) === null;
    d += `${pen ? 'L' : 'M'}${r(x(i))},${r(y(v))} ${lone ? 'h0 ' : ''}`;
    pen = true;
  });
  return d.trim();
}
