import { databaseUrl, dbPath } from '@fazhi/config';
import { openStore, type StorageFault, type Store, StoreError, storageFault } from '@fazhi/db';
import type { IngestOutcome } from '@fazhi/ingest';

/** A batch ingest stopped by a busy, full or read-only database: what was done before it stopped. */
export class BatchStopped extends Error {
  constructor(
    readonly outcomes: IngestOutcome[],
    readonly fault: StorageFault,
  ) {
    super(fault.message);
  }
}

/**
 * The one Chinese line a command prints for a failure that is not a bug: a storage fault (naming the
 * database file or folder) or a store error. Null for anything else, which keeps its stack trace.
 */
export function failureLine(err: unknown, dbFile: string): string | null {
  if (err instanceof StoreError) return err.message;
  return storageFault(err, dbFile)?.message ?? null;
}

/** Runs a step of a command; a storage fault or store error ends the command with its line and exit code 1. */
export function orExit<T>(dbFile: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    const line = failureLine(err, dbFile);
    if (line === null) throw err;
    console.error(line);
    process.exit(1);
  }
}

/** orExit for an asynchronous step: a rejection with a storage fault or store error ends the command the same way. */
export async function orExitAsync<T>(dbFile: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const line = failureLine(err, dbFile);
    if (line === null) throw err;
    console.error(line);
    process.exit(1);
  }
}

/**
 * The installation's store for a command: the PostgreSQL server at DATABASE_URL when it is set (the `pg`
 * driver is loaded only then), else the SQLite file at DB_PATH. A store that cannot be opened ends the
 * command with its one line.
 */
export async function storeOrExit(): Promise<Store> {
  const url = databaseUrl();
  if (url === null) {
    const file = dbPath();
    return orExit(file, () => openStore(file));
  }
  const { addressOf, openPgStore } = await import('@fazhi/db/pg');
  return orExitAsync(addressOf(url), () => openPgStore(url));
}
