import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ROLES } from '../schema/auth.ts';
import { isoTimestamp, serialId } from './columns.ts';
import { regions } from './regions.ts';

/** See schema/auth.ts. */
export const users = pgTable(
  'users',
  {
    id: serialId('id'),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: isoTimestamp('created_at'),
    disabledAt: text('disabled_at'),
    regionId: integer('region_id').references(() => regions.id),
  },
  (t) => [uniqueIndex('users_username').on(t.username)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrf: text('csrf').notNull(),
    createdAt: isoTimestamp('created_at'),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);
