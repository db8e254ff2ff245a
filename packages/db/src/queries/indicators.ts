import { INDICATORS } from '@fazhi/catalog';
import { notInArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { writeTx } from '../run.ts';
import { indicators } from '../schema/index.ts';

const catalogRows = () =>
  INDICATORS.map((i) => ({
    key: i.key,
    label: i.label,
    unit: i.unit,
    groupKey: i.group,
    direction: i.direction,
    combine: i.combine,
  }));

type IndicatorRow = typeof indicators.$inferSelect;

const equalsCatalog = (stored: IndicatorRow[]) => {
  const byKey = new Map(stored.map((r) => [r.key, JSON.stringify(r)]));
  const rows = catalogRows();
  return byKey.size === rows.length && rows.every((r) => byKey.get(r.key) === JSON.stringify(r));
};

const upsert = (db: Db, row: ReturnType<typeof catalogRows>[number]) =>
  db.insert(indicators).values(row).onConflictDoUpdate({ target: indicators.key, set: row });
const dropOthers = (db: Db) =>
  db.delete(indicators).where(
    notInArray(
      indicators.key,
      catalogRows().map((r) => r.key),
    ),
  );

/** Whether the indicators table already equals the catalog in code (then opening writes nothing). */
export async function indicatorsInSync(db: Db): Promise<boolean> {
  return equalsCatalog(await db.select().from(indicators));
}

/** Makes the indicators table equal the catalog in code. */
export async function syncIndicators(db: Db): Promise<void> {
  if (await indicatorsInSync(db)) return;
  await writeTx(db, async (tx) => {
    for (const row of catalogRows()) await upsert(tx, row);
    await dropOthers(tx);
  });
}

/**
 * The same for an SQLite file while it is being opened: there the store is opened synchronously (every
 * command and test opens it in one call), so this runs the same statements without awaiting.
 */
export function syncIndicatorsOnOpen(db: Db, probeOnly = false): boolean {
  if (equalsCatalog(db.select().from(indicators).all())) return true;
  if (probeOnly) return false;
  db.$client
    .transaction(() => {
      for (const row of catalogRows()) upsert(db, row).run();
      dropOthers(db).run();
    })
    .immediate();
  return true;
}
