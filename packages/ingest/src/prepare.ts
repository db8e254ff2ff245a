import { createHash } from 'node:crypto';
import type { ReportParts } from '@fazhi/catalog';
import type { Unit } from '@fazhi/db';
import {
  type DivisionCandidate,
  type ExtractResult,
  extractReport,
  findParts,
  readUnitName,
} from '@fazhi/extract';
import { candidatesOf, type UnitPlace, unitDivision } from './division.ts';
import { IngestError } from './errors.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
import { type Document, type Format, readDocument } from './read.ts';

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

/** A report read and extracted, ready to be saved: plain data, so a worker thread can hand it back. */
export interface Prepared {
  file: string;
  text: string;
  title: string | null;
  format: Format;
  encoding: string | null;
  sha256: string;
  result: ExtractResult;
  /** the five required parts (厅字〔2019〕28号) as the engine found them */
  parts: ReportParts;
  unit: { name: string; type: Unit['type'] };
  /** the unit's administrative division code (see division.ts); null when nothing settles it */
  divisionCode: string | null;
  /** several: the unit's name is a town's that many counties have and no county was named (refused at save) */
  namesakes: DivisionCandidate[];
  county: { county: string; city: string | null; province: string | null } | null;
  year: number;
  sample: boolean;
}

function title(text: string): string | null {
  const line = text.split('\n').find((l) => /报告|总结/.test(l) && l.trim().length <= 80);
  return line ? line.replace(/[#*|]/g, '').trim() : null;
}

function prepare(file: string, bytes: Uint8Array, doc: Document, opts: IngestOptions): Prepared {
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
  // the engine's city and province are those of its own county: not of another one the caller names
  const sameCounty = result.meta.county === null || result.meta.county === countyName;
  const place: UnitPlace = {
    county: countyName,
    city: sameCounty ? result.meta.city : null,
    province: sameCounty ? result.meta.province : null,
  };
  // the engine's code stands when the unit and the county are the text's own (it read the places around them)
  const engineCode = named || !sameCounty ? null : (result.meta.divisionCode ?? null);
  const division = opts.sample || engineCode ? null : unitDivision(unit, place);
  return {
    file,
    ...doc,
    title: title(doc.text),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    result,
    parts: findParts(doc.text, { year }),
    unit,
    divisionCode: opts.sample ? null : (engineCode ?? division?.code ?? null),
    namesakes: candidatesOf(division?.candidates ?? []),
    county: countyName ? { ...place, county: countyName } : null,
    year,
    sample: opts.sample ?? false,
  };
}

/** Reads a report file and runs the engine over it: the slow part of an ingest, with no database. */
export async function readAndPrepare(
  file: string,
  bytes: Uint8Array,
  opts: IngestOptions,
): Promise<Prepared> {
  const doc = await readDocument(file, bytes, opts.limits ?? DEFAULT_LIMITS);
  return prepare(file, bytes, doc, opts);
}
