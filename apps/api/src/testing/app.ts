import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { openStore, type Store } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import { prepareSampleCounty, SAMPLE_COUNTY, sampleCounty, sampleFiles } from '@fazhi/sample';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  dispose: () => Promise<void>;
}

/**
 * A fresh SQLite file built by the real ingest from the five seed reports and the sample county, and
 * the real app over it. One per test file.
 */
export async function testApp(
  opts: { minBase?: number; maxFileBytes?: number; webDist?: string } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'api-'));
  const store = openStore(path.join(dir, 'app.db'));
  const reports = path.join(repoRoot, 'data', 'reports');
  for (const f of readdirSync(reports).filter((n) => n.endsWith('.txt'))) {
    await ingestDocument(store, f, readFileSync(path.join(reports, f)));
  }
  prepareSampleCounty(store);
  for (const f of await sampleFiles(sampleCounty())) {
    await ingestDocument(store, f.name, f.bytes, { county: SAMPLE_COUNTY, sample: true });
  }
  const app = await buildApp({
    store,
    minBase: opts.minBase ?? 5,
    maxFileBytes: opts.maxFileBytes ?? 20 << 20,
    ...(opts.webDist ? { webDist: opts.webDist } : {}),
  });
  return {
    app,
    store,
    dispose: async () => {
      await app.close();
      store.close();
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
