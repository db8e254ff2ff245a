import { INDICATORS } from '@fazhi/catalog';
import { sql } from 'drizzle-orm';
import { type Db, IMMEDIATE } from '../client.ts';
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

/** Whether the indicators table already equals the catalog in code (then opening writes nothing). */
export function indicatorsInSync(db: Db): boolean {
  const stored = new Map(
    db
      .select()
      .from(indicators)
      .all()
      .map((r) => [r.key, JSON.stringify(r)]),
  );
  const rows = catalogRows();
  return stored.size === rows.length && rows.every((r) => stored.get(r.key) === JSON.stringify(r));
}

/** Makes the indicators table equal the catalog in code. */
export function syncIndicators(db: Db): void {
  if (indicatorsInSync(db)) return;
  db.transaction((tx) => {
    const rows = catalogRows();
    for (const row of rows)
      tx.insert(indicators).values(row).onConflictDoUpdate({ target: indicators.key, set: row }).run();
    tx.delete(indicators)
      .where(
        sql`${indicators.key} not in (${sql.join(
          rows.map((r) => sql`${r.key}`),
          sql`, `,
        )})`,
      )
      .run();
  }, IMMEDIATE);
}
