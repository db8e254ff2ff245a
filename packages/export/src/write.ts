import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import type { Table } from './table.ts';

/** An .xlsx: title row, as-of row, frozen header, numbers as numbers. */
export async function toXlsx(t: Table): Promise<Uint8Array> {
  const span = t.columns.length;
  const data: SheetData = [
    [{ value: t.title, fontWeight: 'bold', fontSize: 14, columnSpan: span }],
    [{ value: t.subtitle, columnSpan: span }],
    t.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const, backgroundColor: '#E8EEF7' })),
    ...t.rows.map(
      (row): Row =>
        row.map((v) =>
          v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String },
        ),
    ),
  ];
  const file = writeXlsxFile(data, {
    sheet: '数据',
    stickyRowsCount: 3,
    columns: t.columns.map((c) => ({ width: c.width })),
  });
  return new Uint8Array(await file.toBuffer());
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading
 * apostrophe, as OWASP advises for CSV injection; numbers stay numbers.
 */
export const csvField = (v: string | number | null): string => {
  if (v === null) return '';
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A .csv in UTF-8 with a BOM (so Excel reads the Chinese), header first, no `sep=` line. */
export function toCsv(t: Table): Uint8Array {
  const lines = [t.columns.map((c) => c.header), ...t.rows].map((r) => r.map(csvField).join(','));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** Content-Disposition with the Chinese name (RFC 5987 filename*) and a plain ASCII fallback. */
export function contentDisposition(fileName: string, ext: 'xlsx' | 'csv' | 'pdf'): string {
  return `attachment; filename="export.${ext}"; filename*=UTF-8''${encodeURIComponent(`${fileName}.${ext}`)}`;
}
