import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  carryDecisions,
  createUnit,
  currentReport,
  type Db,
  ensureCounty,
  findUnit,
  insertReport,
  regionById,
  reportBySha,
  type Store,
  settleDivisionCode,
  storeExtraction,
  storeUnread,
  supersedeReport,
  unitById,
  writeTx,
} from '@fazhi/db';
import { type DivisionCandidate, EXTRACTOR_VERSION } from '@fazhi/extract';
import { ambiguousUnit } from './division.ts';
import { IngestError, type IngestErrorCode } from './errors.ts';
import type { ReadPool } from './pool.ts';
import { type IngestOptions, type Prepared, readAndPrepare } from './prepare.ts';

export type { IngestOptions } from './prepare.ts';

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
  | {
      file: string;
      status: 'rejected';
      code: IngestErrorCode;
      message: string;
      /** for 'ambiguous_unit': the namesake divisions to choose from */
      candidates?: DivisionCandidate[];
    };

/**
 * Says why a report of this county (null: not known) may not be written, or null when it may: an uploading
 * account's region. Called inside the write transaction, so a refusal leaves nothing behind.
 */
export type CountyGuard = (county: { id: number; name: string } | null) => string | null;

function guarded(guard: CountyGuard | undefined, file: string, county: { id: number; name: string } | null) {
  const refusal = guard?.(county);
  if (refusal) throw new IngestError('outside_region', file, refusal);
}

/** Writes one prepared report in the caller's transaction; see ingestDocument for the rules. */
async function save(db: Db, p: Prepared, guard?: CountyGuard): Promise<IngestOutcome> {
  const seen = await reportBySha(db, p.sha256);
  const seenUnit = seen ? await unitById(db, seen.unitId) : undefined;
  if (seen && seenUnit) {
    const region = await regionById(db, seenUnit.countyId);
    guarded(guard, p.file, region ?? null);
    const county = region?.name ?? null;
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
  // asked only now, so a file already stored is 'unchanged' however its unit was settled then
  if (p.namesakes.length > 1) throw ambiguousUnit(p.file, p.unit.name, p.namesakes);
  const county = p.county ? await ensureCounty(db, p.county) : null;
  guarded(guard, p.file, county);
  const found = await findUnit(db, county?.id ?? null, p.unit.name, p.sample);
  const unit =
    found ??
    (await createUnit(db, {
      name: p.unit.name,
      type: p.unit.type,
      countyId: county?.id ?? null,
      sample: p.sample,
      divisionCode: p.divisionCode,
    }));
  // an existing unit gets the code this report settles only when it has none: a different one stays
  if (found && p.divisionCode) await settleDivisionCode(db, found.id, p.divisionCode);
  const base = { file: p.file, unit: unit.name, county: p.county?.county ?? null, year: p.year };
  const current = await currentReport(db, unit.id, p.year);
  if (current && current.text === p.text)
    return { ...base, status: 'unchanged', reportId: current.id, facts: 0 };
  const report = await insertReport(db, {
    unitId: unit.id,
    year: p.year,
    title: p.title,
    signedDate: p.result.meta.reportDate,
    sourceName: path.basename(p.file),
    format: p.format,
    encoding: p.encoding,
    sha256: p.sha256,
    text: p.text,
    extractorVersion: EXTRACTOR_VERSION,
    flags: p.result.flags,
    parts: p.parts,
    sample: p.sample,
  });
  let before: Awaited<ReturnType<typeof carryDecisions>> = [];
  if (current) {
    await supersedeReport(db, current.id, report.id);
    before = await carryDecisions(db, current.id, { id: report.id, text: p.text });
  }
  const facts = await storeExtraction(db, report, p.result.facts, before);
  await storeUnread(db, report.id, p.result.unread);
  return { ...base, status: current ? 'replaced' : 'ingested', reportId: report.id, facts };
}

/**
 * Ingests one report file, all or nothing, in one transaction: the same content again is 'unchanged';
 * a unit whose name several counties' towns have, with no county named, is refused with the namesakes;
 * a new version of a unit-year report 'replaced' the old one's automatic facts and kept every fact a
 * person decided on. A file that cannot be used is 'rejected' with the reason, and nothing is written.
 * With a pool, reading and extraction run in a worker thread under its time and memory limits; the
 * write stays here, on the caller's thread.
 */
export async function ingestDocument(
  store: Store,
  file: string,
  bytes: Uint8Array,
  opts: IngestOptions = {},
  pool?: ReadPool,
  guard?: CountyGuard,
): Promise<IngestOutcome> {
  try {
    const prepared = pool ? await pool.prepare(file, bytes, opts) : await readAndPrepare(file, bytes, opts);
    return await writeTx(store.db, (tx) => save(tx, prepared, guard));
  } catch (err) {
    if (err instanceof IngestError) {
      const { code, message, candidates } = err;
      return { file, status: 'rejected', code, message, ...(candidates ? { candidates } : {}) };
    }
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
  pool?: ReadPool,
): Promise<IngestOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readReportFile(file, label);
  } catch (err) {
    if (err instanceof IngestError)
      return { file: label, status: 'rejected', code: err.code, message: err.message };
    throw err;
  }
  return ingestDocument(store, label, bytes, opts, pool);
}
