import { type Db, findUnit, updateUnitAttributes, writeTx } from '@fazhi/db';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { resolveCounty } from './county.ts';
import { ServiceError } from './errors.ts';

/** A row of a population table matched to a unit of the county. */
export interface AttributeRow {
  /** the row's number as the spreadsheet shows it */
  row: number;
  unit: string;
  population: number | null;
  villages: number | null;
  unitId: number | null;
  /** why the row cannot be applied; null when it can */
  problem: string | null;
}

/** Whether a table was imported (all rows or none), each row as read, and what happened in words. */
export interface AttributesImport {
  applied: boolean;
  rows: AttributeRow[];
  message: string;
}

type Cell = string | number | boolean | Date | null | undefined;

const HEADERS = {
  unit: /^(单位|单位名称|乡镇|乡镇（街道）|名称)$/,
  population: /人口/,
  villages: /(行政村|村数|村（社区）数)/,
};

/** Reads the first sheet of an .xlsx, or a UTF-8 .csv (with or without BOM), as rows of cells. */
export async function readTable(name: string, bytes: Uint8Array): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(name)) {
    try {
      return (await readSheet(Buffer.from(bytes))) as Cell[][];
    } catch {
      throw new ServiceError('bad_request', `${name}：不是有效的 Excel (.xlsx) 文件`);
    }
  }
  if (/\.csv$/i.test(name)) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  }
  throw new ServiceError('bad_request', `${name}：只能导入 .xlsx 或 .csv 文件`);
}

function count(v: Cell): number | null | 'bad' {
  if (v === null || v === undefined || String(v).trim() === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/[,，\s]/g, ''));
  return Number.isInteger(n) && n >= 0 ? n : 'bad';
}

/**
 * Rows of a population table matched to the county's units. The header row names the columns (单位,
 * 人口, 行政村数, in any order); every problem is reported with its row number.
 */
export async function matchAttributeRows(db: Db, countyId: number, table: Cell[][]): Promise<AttributeRow[]> {
  const headerAt = table.findIndex((r) => r.some((c) => HEADERS.unit.test(String(c ?? '').trim())));
  if (headerAt < 0)
    throw new ServiceError('bad_request', '找不到表头：需要“单位”列，以及“人口”或“行政村数”列');
  const header = (table[headerAt] ?? []).map((c) => String(c ?? '').trim());
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const [u, p, v] = [col(HEADERS.unit), col(HEADERS.population), col(HEADERS.villages)];
  if (p < 0 && v < 0) throw new ServiceError('bad_request', '表头中没有“人口”或“行政村数”列');
  const seen = new Set<number>();
  const out: AttributeRow[] = [];
  for (const [i, cells] of table.slice(headerAt + 1).entries()) {
    const name = String(cells[u] ?? '').trim();
    const population = p < 0 ? null : count(cells[p]);
    const villages = v < 0 ? null : count(cells[v]);
    const unit = name
      ? ((await findUnit(db, countyId, name)) ?? (await findUnit(db, countyId, name, true)))
      : undefined;
    const problem = !name
      ? '单位名称为空'
      : !unit
        ? `本县区没有单位“${name}”`
        : seen.has(unit.id)
          ? `“${name}”重复出现`
          : population === 'bad' || villages === 'bad'
            ? '人口和行政村数必须是非负整数'
            : population === null && villages === null
              ? '人口和行政村数都为空'
              : null;
    if (unit) seen.add(unit.id);
    out.push({
      row: headerAt + i + 2,
      unit: name,
      population: population === 'bad' ? null : population,
      villages: villages === 'bad' ? null : villages,
      unitId: unit?.id ?? null,
      problem,
    });
  }
  return out;
}

/** Imports population and villages for a county's units: all rows or, if any row is wrong, none. */
export async function importAttributes(
  db: Db,
  county: string,
  file: { name: string; bytes: Uint8Array },
  actor: string,
): Promise<AttributesImport> {
  const c = await resolveCounty(db, county);
  const rows = await matchAttributeRows(db, c.id, await readTable(file.name, file.bytes));
  const bad = rows.filter((r) => r.problem);
  if (rows.length === 0) return { applied: false, rows, message: `${file.name}：表中没有数据行` };
  if (bad.length > 0) {
    return {
      applied: false,
      rows,
      message: `${file.name}：${bad.length} 行有问题，未导入任何数据；请修改后重新上传`,
    };
  }
  await writeTx(db, async (tx) => {
    for (const r of rows) {
      const attrs = {
        ...(r.population !== null ? { population: r.population } : {}),
        ...(r.villages !== null ? { villages: r.villages } : {}),
      };
      await updateUnitAttributes(tx, r.unitId as number, attrs, actor, `导入 ${file.name} 第 ${r.row} 行`);
    }
  });
  return { applied: true, rows, message: `${file.name}：已更新 ${rows.length} 个单位` };
}
