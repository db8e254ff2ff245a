import { afterAll, describe, expect, test } from 'vitest';
import { ingestDocument } from './ingest.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { ReadPool } from './pool.ts';
import { readAndPrepare } from './prepare.ts';
import { REPORT, utf8 } from './testing/files.ts';
import { docxWithXml, gbkText, paddedBomb } from './testing/hostile.ts';
import { count, fingerprint, tempStore } from './testing/store.ts';

// Real worker threads (loading the TypeScript sources through tsx, as under pnpm start).

const pools: ReadPool[] = [];
const poolOf = (options: ConstructorParameters<typeof ReadPool>[0]) => {
  const pool = new ReadPool(options);
  pools.push(pool);
  return pool;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('the reading pool', () => {
  const pool = poolOf({ workers: 1 });

  test('reads and extracts a report in a worker exactly as in process', async () => {
    const [inWorker, inProcess] = await Promise.all([
      pool.prepare('r.txt', utf8(REPORT), { county: '云岭县' }),
      readAndPrepare('r.txt', utf8(REPORT), { county: '云岭县' }),
    ]);
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.result.facts.length).toBeGreaterThan(5);
  }, 60_000);

  test('refuses a hostile file in the worker with the same message as in process', async () => {
    const bytes = paddedBomb();
    const inWorker = await refusal(pool.prepare('bomb.docx', bytes, {}));
    const inProcess = await refusal(readAndPrepare('bomb.docx', bytes, {}));
    expect(inWorker).toMatchObject({ code: 'document_too_large', message: (inProcess as Error).message });
  }, 60_000);

  test('reads files queued beyond its size one after another', async () => {
    const names = ['a.txt', 'b.txt', 'c.txt'];
    const done = await Promise.all(names.map((n) => pool.prepare(n, utf8(REPORT), {})));
    expect(done.map((p) => p.file)).toEqual(names);
  }, 60_000);
});

describe('a file over a worker limit', () => {
  test('is refused naming the heap limit, and a fresh worker reads the next file', async () => {
    const pool = poolOf({ workers: 1, heapMb: 64 });
    const error = await refusal(pool.prepare('heavy.docx', docxWithXml(6), {}));
    expect(error).toMatchObject({ code: 'out_of_memory' });
    expect((error as Error).message).toBe(
      'heavy.docx：读取此文件所需内存超过上限 64 MB，已停止；请检查文件是否过大或异常',
    );
    expect((await pool.prepare('next.txt', utf8(REPORT), {})).unit.name).toBe('石桥镇');
  }, 120_000);

  test('is refused naming the time limit, and a fresh worker reads the next file', async () => {
    const pool = poolOf({ workers: 1, timeoutS: 1 });
    await pool.prepare('warm.txt', utf8(REPORT), {}); // a started worker, so only the file is timed
    const bytes = gbkText(10);
    const started = performance.now();
    const unlimited = { limits: { ...DEFAULT_LIMITS, maxTextChars: Infinity } };
    const error = await refusal(pool.prepare('slow.txt', bytes, unlimited));
    expect(error).toMatchObject({ code: 'too_slow' });
    expect((error as Error).message).toBe(
      'slow.txt：读取与提取超过时限 1 秒，已停止；请检查文件是否过大或异常',
    );
    // the engine needs ~10 s for this file; the worker was stopped at the limit
    expect(performance.now() - started).toBeLessThan(8_000);
    expect((await pool.prepare('next.txt', utf8(REPORT), {})).unit.name).toBe('石桥镇');
  }, 120_000);
});

describe('ingesting through the pool', () => {
  test('stores a report read in a worker, and writes nothing for a refused one', async () => {
    const pool = poolOf({ workers: 1 });
    const t = await tempStore();
    try {
      const ok = await ingestDocument(t.store, 'r.txt', utf8(REPORT), { county: '云岭县' }, pool);
      expect(ok).toMatchObject({ status: 'ingested', unit: '石桥镇', year: 2023, county: '云岭县' });
      expect(await count(t.store, 'facts')).toBeGreaterThan(5);
      const before = await fingerprint(t.store);
      const bad = await ingestDocument(t.store, 'bomb.docx', paddedBomb(), {}, pool);
      expect(bad).toMatchObject({ status: 'rejected', code: 'document_too_large' });
      expect(await fingerprint(t.store)).toBe(before);
    } finally {
      await t.dispose();
    }
  }, 60_000);
});
