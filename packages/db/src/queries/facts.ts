import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { first, written } from '../run.ts';
import { ENGINE_STATUSES, type FactRow, facts, type NewFactRow } from '../schema/index.ts';
import { appendAudit, snapshot } from './audit.ts';

/** A figure as the extraction engine gives it (structurally the engine's Fact). */
export interface ExtractedFact {
  key: FactRow['key'];
  value: number;
  qualifier: FactRow['qualifier'];
  year: number | null;
  derived: boolean;
  role: FactRow['role'];
  start: number;
  end: number;
  text: string;
}

export function factsOfReport(db: Db, reportId: number): Promise<FactRow[]> {
  return db.select().from(facts).where(eq(facts.reportId, reportId)).orderBy(facts.id);
}

export function factById(db: Db, id: number): Promise<FactRow | undefined> {
  return first(db.select().from(facts).where(eq(facts.id, id)));
}

/** Facts a person decided on (confirmed, corrected, rejected, added): never replaced by the engine. */
export function humanFacts(db: Db, reportId: number): Promise<FactRow[]> {
  return prepared(db, 'humanFacts', (d) =>
    d
      .select()
      .from(facts)
      .where(
        and(eq(facts.reportId, sql.placeholder('reportId')), notInArray(facts.status, [...ENGINE_STATUSES])),
      )
      .prepare(),
  ).all({ reportId });
}

/** The engine's unreviewed facts of a report (not those waiting beside a decision). */
function autoFacts(db: Db, reportId: number): Promise<FactRow[]> {
  return db
    .select()
    .from(facts)
    .where(and(eq(facts.reportId, reportId), eq(facts.status, 'auto')));
}

const p = (name: string) => sql.placeholder(name);

async function deleteEngineFacts(db: Db, reportId: number): Promise<void> {
  await prepared(db, 'deleteEngineFacts', (d) =>
    d
      .delete(facts)
      .where(and(eq(facts.reportId, p('reportId')), inArray(facts.status, [...ENGINE_STATUSES])))
      .prepare(),
  ).all({ reportId });
}

async function insertEngineFact(db: Db, row: NewFactRow): Promise<void> {
  await prepared(db, 'insertAutoFact', (d) =>
    d
      .insert(facts)
      .values({
        reportId: p('reportId'),
        unitId: p('unitId'),
        key: p('key'),
        year: p('year'),
        value: p('value'),
        qualifier: p('qualifier'),
        role: p('role'),
        derived: p('derived'),
        spanStart: p('spanStart'),
        spanEnd: p('spanEnd'),
        evidence: p('evidence'),
        status: p('status'),
      })
      .prepare(),
  ).all({ ...row, derived: row.derived ? 1 : 0 });
}

/** The end of an evidence sentence (the words and the figure), which survives edits earlier in it. */
export const evidenceTail = (evidence: string) => evidence.replace(/\s/g, '').slice(-10);

const overlaps = (h: FactRow, e: ExtractedFact) =>
  h.spanStart !== null && h.spanEnd !== null && h.spanStart < e.end && e.start < h.spanEnd;

/** Whether a person already decided on this figure: the engine does not add it again. */
function isDecided(e: ExtractedFact, year: number, human: FactRow[]): boolean {
  return human.some(
    (h) =>
      h.key === e.key &&
      h.year === year &&
      (h.status === 'added'
        ? h.value === e.value
        : overlaps(h, e) || h.evidence === e.text || evidenceTail(h.evidence) === evidenceTail(e.text)),
  );
}

const sameMention = (a: FactRow, e: ExtractedFact, year: number) =>
  a.key === e.key &&
  a.year === year &&
  a.value === e.value &&
  (a.evidence === e.text || evidenceTail(a.evidence) === evidenceTail(e.text));

/**
 * Whether a new figure must wait for review: a person already decided this key and year, and the
 * figure is not one the engine read before and that counted beside that decision all along. Otherwise
 * a new version's reworded figure would be added to the person's correction (25 → 30, then 26: 56).
 */
function waitsForReview(e: ExtractedFact, year: number, human: FactRow[], before: FactRow[]): boolean {
  const decided = human.some((h) => h.key === e.key && h.year === year);
  return decided && !before.some((a) => sameMention(a, e, year));
}

/**
 * Replaces the engine's facts of a report with a new extraction, leaving every fact a person
 * decided on as it is, and not re-adding the figures those decisions cover. A new figure for a key and
 * year a person decided is stored as pending: shown for review, not counted until accepted. `before`
 * is the previous extraction's unreviewed facts (by default this report's own). Returns the count stored.
 */
export async function storeExtraction(
  db: Db,
  report: { id: number; unitId: number; year: number },
  extracted: ExtractedFact[],
  previous?: FactRow[],
): Promise<number> {
  const before = previous ?? (await autoFacts(db, report.id));
  await deleteEngineFacts(db, report.id);
  const human = await humanFacts(db, report.id);
  const rows: NewFactRow[] = extracted
    .filter((e) => !isDecided(e, e.year ?? report.year, human))
    .map((e) => ({
      reportId: report.id,
      unitId: report.unitId,
      key: e.key,
      year: e.year ?? report.year,
      value: e.value,
      qualifier: e.qualifier,
      role: e.role,
      derived: e.derived,
      spanStart: e.start,
      spanEnd: e.end,
      evidence: e.text,
      status: waitsForReview(e, e.year ?? report.year, human, before)
        ? ('pending' as const)
        : ('auto' as const),
    }));
  for (const row of rows) await insertEngineFact(db, row);
  return rows.length;
}

/**
 * Moves the facts people decided on from an old version of a report to its new version, finding each
 * one's sentence again in the new text (span null when the sentence is gone); the old engine facts go.
 * Returns the old version's unreviewed facts, for storeExtraction to tell new figures from known ones.
 */
export async function carryDecisions(
  db: Db,
  fromReportId: number,
  to: { id: number; text: string },
): Promise<FactRow[]> {
  const before = await autoFacts(db, fromReportId);
  const moved = await humanFacts(db, fromReportId);
  for (const f of moved) {
    // the whole sentence if it is still there, else its end (the words and the figure)
    const tail = evidenceTail(f.evidence);
    const whole = f.evidence ? to.text.indexOf(f.evidence) : -1;
    const part = whole < 0 && tail.length >= 4 ? to.text.indexOf(tail) : -1;
    const at = whole >= 0 ? whole : part;
    const length = whole >= 0 ? f.evidence.length : tail.length;
    const after = await written(
      db
        .update(facts)
        .set({
          reportId: to.id,
          spanStart: at >= 0 ? at : null,
          spanEnd: at >= 0 ? at + length : null,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(facts.id, f.id))
        .returning(),
    );
    await appendAudit(db, {
      factId: f.id,
      actor: 'system',
      action: 'carry',
      before: snapshot(f),
      after: snapshot(after),
      reason: at >= 0 ? '报告有新版本，沿用人工审核结果' : '报告有新版本，原句已不在新版本中',
    });
  }
  await deleteEngineFacts(db, fromReportId);
  return before;
}
