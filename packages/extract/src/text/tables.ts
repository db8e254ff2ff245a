/**
 * Tables that reached us as text (PDF or web copies): cells apart by runs of spaces, tabs, ideographic
 * spaces or bars. The matchers read sentences, so each table row is restated as one, built from the
 * cells' own characters (every character keeps its place in the original, for evidence spans):
 *
 *   序号 指标名称 单位 2023年 2022年        →  2023年排查调处矛盾纠纷112件;2022年排查调处矛盾纠纷97件。
 *   6 排查调处矛盾纠纷 件 112 97
 *
 *   收到申请 受理 审结 (单位:件)            →  收到申请142件,受理126件,审结120件。
 *   142 126 120
 */

/** A restated line: its UTF-16 code units and, for each, the index in the original text it stands for. */
export interface Restated {
  codes: number[];
  map: number[];
}

interface Cell {
  text: string;
  at: number;
}

const SEPARATOR = /(?:\s{2,}|\t|\u3000+|\s*[|｜]\s*)/g;
const NUMBER = /^(?:约|近)?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:余|多)?[%％]?$/;
const YEAR = /^((?:19|20)\d\d)年?度?$/;
const SEQUENCE = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$/;
const MEASURE = /^(?:次|场|场次|期|件|起|人|人次|名|份|册|条|个|项|家|户|%|％)$/;
const UNIT_NOTE = /单位[:：]\s*(次|场次|场|期|件|起|人次|人|名|份|条|个|项)/;
const UNIT_IN_LABEL = /[（(](次|场次|场|期|件|起|人次|人|名|份|条|个|项|%|％)[)）]$/;

function cells(line: string, start: number): Cell[] {
  const out: Cell[] = [];
  let last = 0;
  const push = (end: number) => {
    const raw = line.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, at: start + last + lead });
  };
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(line); m !== null; m = SEPARATOR.exec(line)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(line.length);
  return out;
}

class Builder {
  readonly codes: number[] = [];
  readonly map: number[] = [];
  /** a cell's own characters, each mapped to its place */
  copy(c: Cell, text = c.text) {
    for (let i = 0; i < text.length; i++) {
      this.codes.push(text.charCodeAt(i));
      this.map.push(c.at + i);
    }
  }
  /** words the row does not spell out, standing in the original at `at` */
  add(text: string, at: number) {
    for (let i = 0; i < text.length; i++) {
      this.codes.push(text.charCodeAt(i));
      this.map.push(at);
    }
  }
}

const isNumber = (c: Cell | undefined) => c !== undefined && NUMBER.test(c.text);
const lastAt = (c: Cell) => c.at + c.text.length - 1;
const measureOf = (value: string, unit: string | null) => (/[%％]$/.test(value) ? '' : (unit ?? ''));

/** Rows of a label column against year columns (the header names the years). */
function yearTable(rows: Cell[][], header: Cell[], out: Map<number, Restated | null>, first: number) {
  const years = header.map((c) => YEAR.exec(c.text)?.[1] ?? null);
  const unitCol = header.findIndex((c) => /^(?:计量)?单位$/.test(c.text));
  const labelCol = header.findIndex((c, i) => i !== unitCol && years[i] === null && !/^序号$/.test(c.text));
  rows.forEach((row, r) => {
    if (row.length !== header.length) return;
    const label = row[labelCol];
    if (!label || isNumber(label) || SEQUENCE.test(label.text)) return;
    const inLabel = UNIT_IN_LABEL.exec(label.text);
    const name = inLabel ? label.text.slice(0, -inLabel[0].length) : label.text;
    const unit =
      unitCol >= 0 && MEASURE.test(row[unitCol]?.text ?? '')
        ? (row[unitCol]?.text ?? null)
        : (inLabel?.[1] ?? null);
    const b = new Builder();
    years.forEach((year, i) => {
      const value = row[i];
      if (year === null || !value || !isNumber(value)) return;
      const measure = measureOf(value.text, unit);
      if (!measure && !/[%％]$/.test(value.text)) return;
      if (b.codes.length > 0) b.add(';', lastAt(value));
      b.add(`${year}年`, label.at);
      b.copy(label, name);
      b.copy(value);
      b.add(measure, lastAt(value));
    });
    if (b.codes.length === 0) return;
    b.add('。', b.map.at(-1) ?? label.at);
    out.set(first + 1 + r, b);
    // the header's years are said in every restated row
    out.set(first, null);
  });
}

/** A header of labels over one row of figures; the unit comes from the labels or a 单位：件 note nearby. */
function headerOverValues(
  header: Cell[],
  values: Cell[],
  note: string,
  out: Map<number, Restated | null>,
  at: number,
) {
  const unit = UNIT_NOTE.exec(note)?.[1] ?? null;
  const b = new Builder();
  header.forEach((label, i) => {
    const value = values[i] as Cell;
    const inLabel = UNIT_IN_LABEL.exec(label.text);
    const measure = measureOf(value.text, inLabel?.[1] ?? unit);
    if (!measure && !/[%％]$/.test(value.text)) return;
    if (b.codes.length > 0) b.add(',', label.at);
    b.copy(label, inLabel ? label.text.slice(0, -inLabel[0].length) : label.text);
    b.copy(value);
    b.add(measure, lastAt(value));
  });
  if (b.codes.length === 0) return;
  b.add('。', b.map.at(-1) ?? 0);
  out.set(at, null);
  out.set(at + 1, b);
}

/**
 * The lines of `lines` that are table rows, restated as sentences (null: a header, dropped). Lines are
 * the text split at \n; `starts[i]` is where line i begins in the original.
 */
export function restateTables(lines: string[], starts: number[]): Map<number, Restated | null> {
  const out = new Map<number, Restated | null>();
  const split = lines.map((l, i) => cells(l, starts[i] ?? 0));
  for (let i = 0; i < lines.length; i++) {
    const header = split[i] as Cell[];
    if (header.length < 3 || out.has(i)) continue;
    if (header.filter((c) => YEAR.test(c.text)).length >= 1 && header.some((c) => !YEAR.test(c.text))) {
      let end = i + 1;
      while (end < lines.length && (split[end]?.length ?? 0) === header.length) end++;
      if (end - i < 2) continue;
      yearTable(split.slice(i + 1, end), header, out, i);
      i = end - 1;
      continue;
    }
    const values = split[i + 1];
    if (!header.some(isNumber) && values?.length === header.length && values.every(isNumber)) {
      const note = [lines[i - 2], lines[i - 1], lines[i], lines[i + 2]].join('\n');
      headerOverValues(header, values, note, out, i);
      i++;
    }
  }
  return out;
}
