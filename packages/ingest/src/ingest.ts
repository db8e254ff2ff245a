import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  carryDecisions,
  createUnit,
  currentReport,
  type Db,
  ensureCounty,
  findUnit,
  IMMEDIATE,
  insertReport,
  regionById,
  reportBySha,
  type Store,
  storeExtraction,
  supersedeReport,
  type Unit,
  unitById,
} from '@fazhi/db';
import { EXTRACTOR_VERSION, type ExtractResult, extractReport, readUnitName } from '@fazhi/extract';
import { IngestError, type IngestErrorCode } from './errors.ts';
import { DEFAULT_LIMITS, type Format, type ReadLimits, readDocument } from './read.ts';

export interface IngestOptions {
  /** the county the caller says these reports belong to (used when the text names none) */
  county?: string;
  /** the unit and year, when the caller names them (a text that states neither is refused otherwise) */
  unit?: string;
  year?: number;
  /** generated sample data: kept apart from real units */
  sample?: boolean;
  limits?: ReadLimits;
}

export type IngestOutcome =
  | {
      file: string;
      status: 'ingested' | 'replaced' | 'unchanged';
      reportId: number;
      unit: string;
      county: string | null;
      year: number;
      facts: number;
    }
  | { file: string; status: 'rejected'; code: IngestErrorCode; message: string };

interface Prepared {
  file: string;
  text: string;
  format: Format;
  encoding: string | null;
  sha256: string;
  result: ExtractResult;
  unit: { name: string; type: Unit['type'] };
  county: { county: string; city: string | null; province: string | null } | null;
  year: number;
  sample: boolean;
}

function title(text: string): string | null {
  const line = text.split('\n').find((l) => /报告|总结/.test(l) && l.trim().length <= 80);
  return line ? line.replace(/[#*|]/g, '').trim() : null;
}

function prepare(
  file: string,
  bytes: Uint8Array,
  doc: { text: string; format: Format; encoding: string | null },
  opts: IngestOptions,
): Prepared {
  const result = extractReport(doc.text, opts.year ? { year: opts.year } : {});
  const named = opts.unit ? readUnitName(opts.unit) : null;
  const unit = named
    ? { name: named.unit, type: named.unitType }
    : result.meta.unit && result.meta.unitType
      ? { name: result.meta.unit, type: result.meta.unitType }
      : null;
  if (!unit)
    throw new IngestError('no_unit', file, '未能从报告中识别出单位名称，请在导入时指定单位（--unit）');
  const year = opts.year ?? result.meta.year;
  if (!year)
    throw new IngestError('no_year', file, '未能从报告中识别出报告年度，请在导入时指定年度（--year）');
  // the caller's year wins; the engine's figures move with it (their previous years too)
  const shift = result.meta.year !== null ? year - result.meta.year : 0;
  if (shift !== 0) for (const f of result.facts) if (f.year !== null) f.year += shift;
  const countyName = opts.county ?? named?.county ?? result.meta.county;
  return {
    file,
    ...doc,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    result,
    unit,
    county: countyName
      ? { county: countyName, city: result.meta.city, province: result.meta.province }
      : null,
    year,
    sample: opts.sample ?? false,
  };
}

/** Writes one prepared report in the caller's transaction; see ingestDocument for the rules. */
function save(db: Db, p: Prepared): IngestOutcome {
  const seen = reportBySha(db, p.sha256);
  const seenUnit = seen ? unitById(db, seen.unitId) : undefined;
  if (seen && seenUnit) {
    const county = regionById(db, seenUnit.countyId)?.name ?? null;
    return {
      file: p.file,
      status: 'unchanged',
      reportId: seen.id,
      unit: seenUnit.name,
      county,
      year: seen.year,
      facts: 0,
    };
  }
  const county = p.county ? ensureCounty(db, p.county) : null;
  const unit =
    findUnit(db, county?.id ?? null, p.unit.name, p.sample) ??
    createUnit(db, { name: p.unit.name, type: p.unit.type, countyId: county?.id ?? null, sample: p.sample });
  const base = { file: p.file, unit: unit.name, county: p.county?.county ?? null, year: p.year };
  const current = currentReport(db, unit.id, p.year);
  if (current && current.text === p.text)
    return { ...base, status: 'unchanged', reportId: current.id, facts: 0 };
  const report = insertReport(db, {
    unitId: unit.id,
    year: p.year,
    title: title(p.text),
    signedDate: p.result.meta.reportDate,
    sourceName: path.basename(p.file),
    format: p.format,
    encoding: p.encoding,
    sha256: p.sha256,
    text: p.text,
    extractorVersion: EXTRACTOR_VERSION,
    flags: JSON.stringify(p.result.flags),
    sample: p.sample,
  });
  let before: ReturnType<typeof carryDecisions> = [];
  if (current) {
    supersedeReport(db, current.id, report.id);
    before = carryDecisions(db, current.id, report);
  }
  const facts = storeExtraction(db, report, p.result.facts, before);
  return { ...base, status: current ? 'replaced' : 'ingested', reportId: report.id, facts };
}

/**
 * Ingests one report file, all or nothing, in one transaction: the same content again is 'unchanged';
 * a new version of a unit-year report 'replaced' the old one's automatic facts and kept every fact a
 * person decided on. A file that cannot be used is 'rejected' with the reason, and nothing is written.
 */
export async function ingestDocument(
  store: Store,
  file: string,
  bytes: Uint8Array,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  try {
    const doc = await readDocument(file, bytes, opts.limits ?? DEFAULT_LIMITS);
    const prepared = prepare(file, bytes, doc, opts);
    return store.db.transaction((tx) => save(tx, prepared), IMMEDIATE);
  } catch (err) {
    if (err instanceof IngestError) return { file, status: 'rejected', code: err.code, message: err.message };
    throw err;
  }
}

/** A report file's bytes; a file that cannot be read is an IngestError naming it and saying why. */
export async function readReportFile(file: string, label = file): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EISDIR'
          ? '这是一个文件夹'
          : `无法读取（${code ?? '未知错误'}）`;
    throw new IngestError('read_failed', label, reason);
  }
}

export async function ingestFile(
  store: Store,
  file: string,
  opts: IngestOptions = {},
  label = file,
): Promise<IngestOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readReportFile(file, label);
  } catch (err) {
    if (err instanceof IngestError)
      return { file: label, status: 'rejected', code: err.code, message: err.message };
    throw err;
  }
  return ingestDocument(store, label, bytes, opts);
}
