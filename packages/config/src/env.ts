import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The one module that reads the environment. DB_PATH, HOST and PORT are the project's configuration.

/** The repository root, whatever directory a command was started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the user ran pnpm (pnpm itself runs scripts from the root). */
const userDir = () => process.env.INIT_CWD ?? process.cwd();

/** Paths on the command line are relative to where the user ran pnpm. */
export function userPath(p: string): string {
  return path.resolve(userDir(), p);
}

/** A path as the user would write it: relative to where they ran pnpm when it lies below it. */
export function userRelative(p: string): string {
  const rel = path.relative(userDir(), p);
  return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}

/** The SQLite file: DB_PATH (relative to where pnpm was run), default data/app.db in the repository. */
export function dbPath(): string {
  const p = process.env.DB_PATH;
  return p ? userPath(p) : path.join(repoRoot, 'data', 'app.db');
}

export function serverAddress(): { host: string; port: number } {
  const port = Number(process.env.PORT ?? 3000);
  return { host: process.env.HOST ?? '127.0.0.1', port: Number.isInteger(port) && port >= 0 ? port : 3000 };
}

/** Largest report file accepted, in MB (INGEST_MAX_MB, default 20). */
export function maxFileMb(): number {
  const mb = Number(process.env.INGEST_MAX_MB ?? 20);
  return Number.isFinite(mb) && mb > 0 ? mb : 20;
}

/** A rate taken of fewer than this many cases is shown but not ranked (RANKING_MIN_BASE, default 5). */
export function rankingMinBase(): number {
  const n = Number(process.env.RANKING_MIN_BASE ?? 5);
  return Number.isFinite(n) && n >= 0 ? n : 5;
}

/** Hand-checked fixtures live beside the repository (../shared/fixtures); FIXTURES_DIR overrides. */
export function fixturesDir(): string {
  return process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures');
}

/** The browser the end-to-end tests and `pnpm bench:web` drive: Debian's chromium (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The built dashboard the server sends at / (WEB_DIST overrides, for tests that build elsewhere). */
export function webDist(): string {
  return process.env.WEB_DIST ?? path.join(repoRoot, 'apps', 'web', 'dist');
}

/** Whether anyone may read the dashboard without signing in (OPEN_READING=true); writes always need an account. */
export function openReading(): boolean {
  return /^(1|true|yes)$/i.test(process.env.OPEN_READING ?? '');
}

/** How long a sign-in lasts without use, in hours (SESSION_HOURS, default 12). */
export function sessionHours(): number {
  const h = Number(process.env.SESSION_HOURS ?? 12);
  return Number.isFinite(h) && h > 0 ? h : 12;
}

/**
 * Whether to believe X-Forwarded-For/-Proto (TRUST_PROXY): unset or false for a server browsers reach
 * directly; true behind one trusted reverse proxy; a number of proxy hops; or the proxies' addresses
 * (comma-separated IPs or CIDRs). Decides https-only headers and the address sign-in limits count.
 */
export function trustProxy(): boolean | string | ((address: string, hop: number) => boolean) {
  const v = (process.env.TRUST_PROXY ?? '').trim();
  if (v === '' || /^(0|false|no)$/i.test(v)) return false;
  if (/^(true|yes)$/i.test(v)) return true;
  // n proxy hops: believe the addresses the nearest n proxies reported (hop 0 is the socket's peer)
  if (/^\d+$/.test(v)) return (_address, hop) => hop < Number(v);
  return v;
}

/** A positive number from the environment, or undefined (unset or not a number) so the caller's default holds. */
function positive(name: string): number | undefined {
  const n = Number(process.env[name]);
  return process.env[name] && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Worker threads that read uploaded and imported files (INGEST_WORKERS; default in @fazhi/ingest limits.ts). */
export function ingestWorkers(): number | undefined {
  const n = positive('INGEST_WORKERS');
  return n === undefined ? undefined : Math.min(4, Math.floor(n));
}

/** Seconds one file may take to read and extract before it is refused (INGEST_TIMEOUT_S; default in limits.ts). */
export function ingestTimeoutS(): number | undefined {
  return positive('INGEST_TIMEOUT_S');
}

/** PDFs one server process prints or holds waiting at most (PDF_JOBS, default 3); more are refused with 503. */
export function pdfJobs(): number {
  const n = positive('PDF_JOBS');
  return n === undefined ? 3 : Math.floor(n);
}

/**
 * The PostgreSQL server the installation lives on (DATABASE_URL, postgres://…), or null: then the SQLite
 * file at DB_PATH. The server, every command and `pnpm backup`/`restore` follow it.
 */
export function databaseUrl(): string | null {
  const v = (process.env.DATABASE_URL ?? '').trim();
  return v === '' ? null : v;
}

/** Connections one server process keeps to PostgreSQL (PG_POOL, default 10). */
export function pgPool(): number {
  const n = positive('PG_POOL');
  return n === undefined ? 10 : Math.floor(n);
}
