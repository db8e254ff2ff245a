import { sql } from 'drizzle-orm';
import { customType, integer, text } from 'drizzle-orm/pg-core';

/**
 * An integer id PostgreSQL numbers itself, like SQLite's INTEGER PRIMARY KEY AUTOINCREMENT. "By default"
 * rather than "always": moving an installation from SQLite keeps its ids, which "always" would refuse.
 */
export const serialId = (name: string) => integer(name).primaryKey().generatedByDefaultAsIdentity();

/** The SQLite schema's `strftime('%Y-%m-%dT%H:%M:%fZ','now')`: the same ISO text, in UTC with milliseconds. */
export const NOW_ISO = sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** An ISO timestamp kept as text (as on SQLite), set to the time of the insert. */
export const isoTimestamp = (name: string) => text(name).notNull().default(NOW_ISO);

/** JSON kept as text, as SQLite's `text({ mode: 'json' })` keeps it: written and read back as a value of type T. */
export const jsonText = <T>(name: string) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => JSON.parse(value) as T,
  })(name);
