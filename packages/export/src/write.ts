import { withQualifier } from '@fazhi/catalog/wording';
import writeXlsxFile, { type Row, type SheetData, type Cell as XlsxCell } from 'write-excel-file/node';
import { printSetup } from './print-setup.ts';
import { type Approx, type Cell, flatHeaders, type Sheet, type Workbook } from './table.ts';

const HEADER = {
  fontWeight: 'bold',
  backgroundColor: '#E8EEF7',
  wrap: true,
  align: 'center',
  alignVertical: 'center',
} as const;

/** 106余 or 约2000 on screen and in print, a number to the spreadsheet: the qualifier lives in the format. */
export function approxFormat(a: Approx): string {
  const [before = '', after = ''] = withQualifier('\u0000', a.qualifier, '').split('\u0000');
  const quote = (s: string) => (s ? `"${s}"` : '');
  return `${quote(before)}${Number.isInteger(a.value) ? '0' : '0.0##'}${quote(after)}`;
}

const xlsxCell = (v: Cell, figures: boolean): XlsxCell =>
  v === null
    ? null
    : typeof v === 'number'
      ? { value: v, type: Number }
      : typeof v === 'string'
        ? { value: v, type: String, ...(figures ? { align: 'right' as const } : {}) }
        : { value: v.value, type: Number, format: approxFormat(v) };

/** Rows above the data: the title, the as-of line, the column bands if any, the header. */
const titleRows = (s: Sheet) => 3 + (s.bands ? 1 : 0);

function sheetData(s: Sheet): SheetData {
  const span = s.columns.length;
  return [
    [{ value: s.title, fontWeight: 'bold', fontSize: 14, columnSpan: span }],
    [{ value: s.subtitle, columnSpan: span }],
    // a merged cell's hidden neighbours must be nulls
    ...(s.bands
      ? [
          s.bands.flatMap((b) => [
            { ...HEADER, value: b.header, columnSpan: b.span },
            ...Array<null>(b.span - 1).fill(null),
          ]),
        ]
      : []),
    // two lines high: 增减幅度（%） wraps in a narrow column, and LibreOffice does not grow the row itself
    s.columns.map((c) => ({ ...HEADER, value: c.header, height: 30 })),
    ...s.rows.map((row): Row => row.map((v, i) => xlsxCell(v, s.columns[i]?.figures ?? false))),
  ];
}

/**
 * An .xlsx: title row, as-of row, frozen header (and first column when the sheet is wide), numbers as
 * numbers, in 宋体; printed landscape on A4, one page wide, title and header rows on every page.
 */
export async function toXlsx(w: Workbook): Promise<Uint8Array> {
  const file = writeXlsxFile(
    w.sheets.map((s) => ({
      data: sheetData(s),
      sheet: s.name,
      stickyRowsCount: titleRows(s),
      ...(s.bands ? { stickyColumnsCount: 1 } : {}),
      columns: s.columns.map((c) => ({ width: c.width })),
      orientation: 'landscape' as const,
    })),
    {
      fontFamily: '宋体',
      fontSize: 11,
      features: [printSetup(w.sheets.map((s) => ({ name: s.name, titleRows: titleRows(s) })))],
    },
  );
  return new Uint8Array(await file.toBuffer());
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading
 * apostrophe, as OWASP advises for CSV injection; numbers stay numbers.
 */
export const csvField = (v: Cell): string => {
  if (v === null) return '';
  if (typeof v === 'object') return String(v.value);
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A .csv in UTF-8 with a BOM (so Excel reads the Chinese) of the first sheet, the one the screen shows:
 * one header line (bands joined to their columns), no `sep=` line.
 */
export function toCsv(w: Workbook): Uint8Array {
  const [sheet] = w.sheets;
  const lines = [flatHeaders(sheet), ...sheet.rows].map((r) => r.map(csvField).join(','));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** Content-Disposition with the Chinese name (RFC 5987 filename*) and a plain ASCII fallback. */
export function contentDisposition(fileName: string, ext: 'xlsx' | 'csv' | 'pdf'): string {
  return `attachment; filename="export.${ext}"; filename*=UTF-8''${encodeURIComponent(`${fileName}.${ext}`)}`;
}
