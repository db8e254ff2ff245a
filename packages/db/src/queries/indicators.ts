import { INDICATORS } from '@fazhi/catalog';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { indicators } from '../schema/index.ts';

/** Makes the indicators table equal the catalog in code. */
export function syncIndicators(db: Db): void {
  db.transaction((tx) => {
    for (const i of INDICATORS) {
      const row = {
        key: i.key,
        label: i.label,
        unit: i.unit,
        groupKey: i.group,
        higherIsBetter: i.higherIsBetter,
        combine: i.combine,
      };
      tx.insert(indicators).values(row).onConflictDoUpdate({ target: indicators.key, set: row }).run();
    }
    const keys = INDICATORS.map((i) => i.key);
    tx.delete(indicators)
      .where(
        sql`${indicators.key} not in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
      )
      .run();
  });
}
