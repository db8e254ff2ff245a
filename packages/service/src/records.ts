import type { FactStatus, IndicatorKey, Qualifier, ReportFlags, ReportFormat } from '@fazhi/catalog';
import {
  aliasesOf,
  auditOf,
  type Db,
  type FactRow,
  factById,
  factsOfReport,
  openUnreadOfReport,
  type Report,
  regionById,
  reportById,
  reportsOfUnit,
  reportYears,
  unitById,
  valueFactsOfUnit,
} from '@fazhi/db';
import { type Cell, cellsFromFacts } from '@fazhi/values';
import { type UnitChain, unitChain } from './chain.ts';
import { ServiceError } from './errors.ts';
import { unitRef } from './lists.ts';
import type { CountyRef, UnitRef } from './refs.ts';
import { type UnreadFigure, unreadBody } from './unread.ts';

/** A figure read from (or added to) a report, with where it stands in review. */
export interface Fact {
  id: number;
  reportId: number;
  unitId: number;
  key: IndicatorKey;
  year: number;
  value: number;
  qualifier: Qualifier;
  role: 'total' | 'part' | null;
  derived: boolean;
  /** [start, end) in the report text; null when the sentence is not in this version */
  spanStart: number | null;
  spanEnd: number | null;
  evidence: string;
  status: FactStatus;
  updatedAt: string;
}

export interface ReportSummary {
  id: number;
  year: number;
  title: string | null;
  signedDate: string | null;
  sourceName: string;
  format: ReportFormat;
  sample: boolean;
  ingestedAt: string;
}

/** One unit: its reports and every indicator over the years. */
export interface UnitProfile {
  unit: UnitRef & { villages: number | null; aliases: string[]; chain: UnitChain | null };
  county: CountyRef | null;
  reports: ReportSummary[];
  cells: Cell[];
  /** the years any unit of the unit's county has a report: a year of these without one of its own is 未报送 */
  countyYears: number[];
}

/** A report's text with its facts, its flags and the figures no rule read. */
export interface ReportDetail {
  report: ReportSummary & {
    unit: UnitRef & { chain: UnitChain | null };
    county: CountyRef | null;
    text: string;
    extractorVersion: string;
  };
  facts: Fact[];
  flags: ReportFlags;
  unread: UnreadFigure[];
}

export const factBody = (f: FactRow): Fact => ({
  id: f.id,
  reportId: f.reportId,
  unitId: f.unitId,
  key: f.key,
  year: f.year,
  value: f.value,
  qualifier: f.qualifier,
  role: f.role,
  derived: f.derived,
  spanStart: f.spanStart,
  spanEnd: f.spanEnd,
  evidence: f.evidence,
  status: f.status,
  updatedAt: f.updatedAt,
});

const reportSummary = (r: Report): ReportSummary => ({
  id: r.id,
  year: r.year,
  title: r.title,
  signedDate: r.signedDate,
  sourceName: r.sourceName,
  format: r.format,
  sample: r.sample,
  ingestedAt: r.ingestedAt,
});

async function countyOf(db: Db, countyId: number | null): Promise<CountyRef | null> {
  const region = await regionById(db, countyId);
  return region ? { id: region.id, name: region.name } : null;
}

/** One unit: its reports and every indicator over the years. */
export async function unitProfile(db: Db, id: number): Promise<UnitProfile> {
  const unit = await unitById(db, id);
  if (!unit) throw new ServiceError('unknown_unit', `单位 ${id} 不存在`);
  const aliases = await aliasesOf(db, id);
  return {
    unit: { ...unitRef(unit), villages: unit.villages, aliases, chain: unitChain(unit) },
    county: await countyOf(db, unit.countyId),
    reports: (await reportsOfUnit(db, id)).map(reportSummary),
    cells: cellsFromFacts(await valueFactsOfUnit(db, id)),
    countyYears: unit.countyId === null ? [] : await reportYears(db, unit.countyId),
  };
}

/** A report's text with every fact and its span, for highlighting. */
export async function reportView(db: Db, id: number): Promise<ReportDetail> {
  const report = await reportById(db, id);
  const unit = report ? await unitById(db, report.unitId) : undefined;
  if (!report || !unit) throw new ServiceError('unknown_report', `报告 ${id} 不存在`);
  return {
    report: {
      ...reportSummary(report),
      unit: { ...unitRef(unit), chain: unitChain(unit) },
      county: await countyOf(db, unit.countyId),
      text: report.text,
      extractorVersion: report.extractorVersion,
    },
    facts: (await factsOfReport(db, id)).map(factBody),
    flags: report.flags,
    unread: (await openUnreadOfReport(db, id)).map(unreadBody),
  };
}

/** The name people know from a change-log actor 王主任（wang）: the login stays with signed-in staff. */
export const displayNameOnly = (actor: string): string => actor.replace(/（[^（）]*）$/, '');

/** One fact with its history; `forStaff` false (a reader who is not signed in) shows display names only. */
export async function factView(db: Db, id: number, forStaff = true) {
  const fact = await factById(db, id);
  if (!fact) throw new ServiceError('unknown_fact', `指标事实 ${id} 不存在`);
  const json = (s: string | null): unknown => (s === null ? null : JSON.parse(s));
  return {
    fact: factBody(fact),
    audit: (await auditOf(db, id)).map((a) => ({
      ...a,
      actor: forStaff ? a.actor : displayNameOnly(a.actor),
      before: json(a.before),
      after: json(a.after),
    })),
  };
}
