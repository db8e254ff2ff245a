import { type Db, reportById, reportTextsOfCounty, unitById } from '@fazhi/db';
import { findReuse, learnBoilerplate, reuseShare, sharedPassages } from '@fazhi/reuse';
import { ServiceError } from './errors.ts';

/** How much of a report is found elsewhere: in the unit's previous report, and in the closest peer's this year. */
export interface ReuseFigures {
  /** null: the unit has no report for the year before */
  previousYear: { reportId: number; share: number } | null;
  /** null: no other unit of the county reported this year */
  peer: { unitId: number; unit: string; reportId: number; share: number } | null;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A county's reports of a year and the year before, and the boilerplate learnt from them (one home for both uses). */
async function countyTexts(db: Db, countyId: number, year: number) {
  const texts = await reportTextsOfCounty(db, countyId, [year - 1, year]);
  return { texts, common: learnBoilerplate(texts.map((t) => t.text)) };
}

/**
 * Every report of a county's year against the unit's previous report and its peers'. The boilerplate every
 * report has is learnt from the county's reports of both years (besides the fixed formulas and headings).
 */
export async function countyReuse(
  db: Db,
  countyId: number,
  year: number,
): Promise<Map<number, ReuseFigures>> {
  const { texts, common } = await countyTexts(db, countyId, year);
  const found = findReuse(
    texts.map((t) => ({
      id: String(t.id),
      unitId: String(t.unitId),
      county: String(countyId),
      year: t.year,
      text: t.text,
    })),
    { common },
  );
  const out = new Map<number, ReuseFigures>();
  for (const [i, t] of texts.entries()) {
    const r = found[i];
    if (t.year !== year || !r) continue;
    const peerUnit = r.peer ? Number(r.peer.unitId) : null;
    out.set(t.id, {
      previousYear: r.previousYear
        ? { reportId: Number(r.previousYear.id), share: round(r.previousYear.share) }
        : null,
      peer:
        r.peer && peerUnit !== null
          ? {
              unitId: peerUnit,
              unit: (await unitById(db, peerUnit))?.name ?? `单位 ${peerUnit}`,
              reportId: Number(r.peer.id),
              share: round(r.peer.share),
            }
          : null,
    });
  }
  return out;
}

/** One side of a comparison: the report and the passages of it found in the other. */
export interface ReuseSide {
  reportId: number;
  unitId: number;
  unit: string;
  year: number;
  /** the share of this report's own text (boilerplate aside) found in the other */
  share: number;
  passages: { start: number; end: number; text: string; other: number | null }[];
}

/** Two reports side by side: what each shares with the other, as spans of its own text. */
export async function reuseBetween(
  db: Db,
  id: number,
  againstId: number,
): Promise<{ report: ReuseSide; against: ReuseSide }> {
  const a = await reportById(db, id);
  const b = await reportById(db, againstId);
  if (!a) throw new ServiceError('unknown_report', `报告 ${id} 不存在`);
  if (!b) throw new ServiceError('unknown_report', `报告 ${againstId} 不存在`);
  if (a.id === b.id) throw new ServiceError('bad_request', '请选择另一份报告来比较');
  // the boilerplate the county's figures were measured without, so the two agree
  const countyId = (await unitById(db, a.unitId))?.countyId ?? null;
  const options =
    countyId === null
      ? {}
      : {
          common: learnBoilerplate(
            (await reportTextsOfCounty(db, countyId, [a.year - 1, a.year])).map((t) => t.text),
          ),
        };
  const names = new Map<number, string | undefined>();
  for (const r of [a, b]) names.set(r.unitId, (await unitById(db, r.unitId))?.name);
  const passages = sharedPassages(a.text, b.text, options);
  const side = (r: typeof a, share: number, list: typeof passages.a): ReuseSide => ({
    reportId: r.id,
    unitId: r.unitId,
    unit: names.get(r.unitId) ?? `单位 ${r.unitId}`,
    year: r.year,
    share: round(share),
    passages: list.map((p) => ({
      start: p.start,
      end: p.end,
      text: r.text.slice(p.start, p.end),
      other: p.other,
    })),
  });
  return {
    report: side(a, reuseShare(a.text, b.text, options).share, passages.a),
    against: side(b, reuseShare(b.text, a.text, options).share, passages.b),
  };
}
