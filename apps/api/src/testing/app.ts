import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import type { Store } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import {
  prepareSampleCounty,
  recordSampleSubmissions,
  SAMPLE_COUNTY,
  sampleCounty,
  sampleFiles,
} from '@fazhi/sample';
import { addAccount, SetupCode } from '@fazhi/service';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { disposeTestStore, newTestStore, reopenTestStore } from './engine.ts';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  dispose: () => Promise<void>;
}

/**
 * The seed 东关镇 does not say its county, and two counties have a 东关镇 (保德县, 永春县): ingest asks,
 * and the fixture answers as a person would. The others say theirs.
 */
const SEED_COUNTY: Record<string, string | undefined> = { '2023-东关镇.txt': '保德县' };
/** A town no division has (so nothing settles its county), in a report that names no county: 县区待指定. */
const NO_COUNTY = '望山镇2023年度法治政府建设情况报告\n2023年，望山镇认真履行推进法治建设第一责任人职责。';

/**
 * A fresh SQLite file built by the real ingest from the five seed reports (see SEED_COUNTY), a report
 * whose county is unknown, and the sample county, and the real app over it. One per test file.
 */
export async function testApp(
  opts: {
    minBase?: number;
    maxFileBytes?: number;
    webDist?: string;
    openReading?: boolean;
    trustProxy?: boolean;
    pdfJobs?: number;
  } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'api-'));
  const store = await newTestStore(dir);
  const reports = path.join(repoRoot, 'data', 'reports');
  for (const f of readdirSync(reports).filter((n) => n.endsWith('.txt'))) {
    await ingestDocument(store, f, readFileSync(path.join(reports, f)), { county: SEED_COUNTY[f] });
  }
  await ingestDocument(store, '2023-望山镇.txt', new TextEncoder().encode(NO_COUNTY));
  await prepareSampleCounty(store);
  const sample = sampleCounty();
  for (const f of await sampleFiles(sample)) {
    await ingestDocument(store, f.name, f.bytes, { county: SAMPLE_COUNTY, sample: true });
  }
  await recordSampleSubmissions(store, sample);
  const app = await buildApp(
    {
      store,
      minBase: opts.minBase ?? 5,
      maxFileBytes: opts.maxFileBytes ?? 20 << 20,
      ...(opts.webDist ? { webDist: opts.webDist } : {}),
      openReading: opts.openReading ?? true,
      sessionHours: 12,
      ...(opts.pdfJobs ? { pdfJobs: opts.pdfJobs } : {}),
    },
    { trustProxy: opts.trustProxy ?? false },
  );
  return {
    app,
    store,
    dispose: async () => {
      await app.close();
      await disposeTestStore(store);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A second server over the same database file, as a second API process would be: its own connection, its own
 * memory (response cache, PDF line), nothing shared with the first but the database.
 */
export async function secondProcess(t: TestApp, opts: { openReading?: boolean } = {}): Promise<TestApp> {
  const store = await reopenTestStore(t.store);
  const app = await buildApp({
    store,
    minBase: 5,
    maxFileBytes: 20 << 20,
    openReading: opts.openReading ?? true,
    sessionHours: 12,
  });
  return {
    app,
    store,
    dispose: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** The app over a new, empty database (no reports, no accounts) with this first-run code, as a first start has. */
export async function firstRunApp(code: string | null): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'first-run-'));
  const store = await newTestStore(dir);
  const app = await buildApp({
    store,
    minBase: 5,
    maxFileBytes: 1 << 20,
    openReading: false,
    sessionHours: 12,
    ...(code === null ? {} : { setupCode: new SetupCode(code) }),
  });
  return {
    app,
    store,
    dispose: async () => {
      await app.close();
      await disposeTestStore(store);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET a JSON route; the URL's Chinese is encoded as a browser would. */
export async function getJson<T = unknown>(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; body: T }> {
  const r = await app.inject({ method: 'GET', url: encodeURI(url) });
  return { status: r.statusCode, body: r.json() as T };
}

export interface Credentials {
  /** send these with a request to act as the account */
  headers: { cookie: string; 'x-csrf-token': string };
  username: string;
  password: string;
}

/** Creates an account of this role and signs in through the real route; returns the session's headers. */
export async function signInAs(
  t: TestApp,
  role: 'viewer' | 'editor' | 'admin',
  opts: { username?: string; displayName?: string; regionId?: number | null } = {},
): Promise<Credentials> {
  const username = opts.username ?? `${role}-${Math.random().toString(36).slice(2, 8)}`;
  const password = `secret-${Math.random().toString(36).slice(2, 10)}-2024`;
  const displayName = opts.displayName ?? `测试${role}`;
  const regionId = opts.regionId ?? null;
  await addAccount(t.store.db, { username, displayName, role, password, regionId }, '测试');
  const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`sign-in failed: ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === 'fazhi_session');
  const csrf = (r.json() as { csrfToken: string }).csrfToken;
  if (!cookie) throw new Error('no session cookie');
  return { headers: { cookie: `fazhi_session=${cookie.value}`, 'x-csrf-token': csrf }, username, password };
}

/** A multipart/form-data body as a browser sends it. */
export function multipart(
  files: { name: string; content: Buffer | string }[],
  headers: Record<string, string> = {},
) {
  const boundary = '----fazhi-test-boundary';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        // browsers send the file name as raw UTF-8 in filename="…"
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(f.content),
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
