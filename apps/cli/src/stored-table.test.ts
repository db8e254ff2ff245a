import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { openStore, type Store } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import { compare } from '@fazhi/service';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { realValuesTable } from './stored-table.ts';

const OFFICE = '2023-沈丘县人民政府办公室.txt';
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cli-values-'));
  store = openStore(path.join(dir, 'app.db'));
  await ingestDocument(store, OFFICE, readFileSync(path.join(repoRoot, 'data', 'reports', OFFICE)));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The terminal table's figure of one indicator in one column. */
function terminalFigure(table: string, column: string, label: string): string | undefined {
  const [header = '', , ...rows] = table.split('\n');
  const at = header.split(/\s{2,}/).indexOf(column);
  return rows.find((r) => r.startsWith(label))?.split(/\s{2,}/)[at];
}

describe('the terminal summary and the dashboard', () => {
  // 受理共88件…相较于去年减少了339件: the only report is 2023's, and it gives 2022's figure
  test("agree on a year that only a later report's 比上年 figure gives (it used to be missing)", async () => {
    const cells = (
      await compare(store.db, {
        county: '沈丘县',
        indicators: ['recon.received'],
        years: [2022, 2023],
      })
    ).cells;
    const dashboard = cells.find((c) => c.year === 2022);
    expect(dashboard).toMatchObject({ value: 427, source: 'later_report' });
    const table = await realValuesTable(store.db);
    expect(terminalFigure(table, '沈丘县人民政府办公室2022（据次年报告）', '行政复议受理件数')).toBe('427');
    expect(terminalFigure(table, '沈丘县人民政府办公室2023', '行政复议受理件数')).toBe('88');
  });

  test('agree on the derived correction rate of the own report', async () => {
    const cells = (
      await compare(store.db, {
        county: '沈丘县',
        indicators: ['recon.correction_rate'],
        years: [2022, 2023],
      })
    ).cells;
    expect(cells.map((c) => [c.year, c.value])).toEqual([[2023, 6.35]]);
    const table = await realValuesTable(store.db);
    expect(terminalFigure(table, '沈丘县人民政府办公室2023', '行政复议纠错率')).toBe('6.35%（推算）');
    expect(terminalFigure(table, '沈丘县人民政府办公室2022（据次年报告）', '行政复议纠错率')).toBe('未报送');
  });
});
