import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId } from './columns.ts';

/** See schema/limits.ts. `at` is milliseconds since the epoch: bigint (SQLite's integer is 64-bit too). */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: serialId('id'),
    key: text('key').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
  },
  (t) => [index('login_failures_key_at').on(t.key, t.at), index('login_failures_at').on(t.at)],
);
