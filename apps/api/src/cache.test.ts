import { gunzipSync } from 'node:zlib';
import { correctFact } from '@fazhi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from './testing/app.ts';
import { reopenTestStore } from './testing/engine.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const COMPARE = `/api/compare?county=${encodeURIComponent('示例县')}`;

describe('cached read answers', () => {
  test('send large answers gzipped to clients that accept gzip, the same JSON unpacked to others', async () => {
    const zipped = await t.app.inject({
      method: 'GET',
      url: COMPARE,
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.inject({ method: 'GET', url: COMPARE });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
  });

  test('send a mid-sized answer unpacked the first two times and gzipped from the third time it is asked', async () => {
    const url = `/api/ranking?county=${encodeURIComponent('示例县')}&indicator=pub.events&year=2022`;
    const ask = () => t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    const [first, second] = [await ask(), await ask()];
    expect(first.rawPayload.length).toBeGreaterThan(1024);
    expect(first.rawPayload.length).toBeLessThan(16 * 1024);
    for (const plain of [first, second]) expect(plain.headers['content-encoding']).toBeUndefined();
    expect(second.body).toBe(first.body);
    const [third, fourth] = [await ask(), await ask()];
    for (const again of [third, fourth]) {
      expect(again.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(again.rawPayload).toString()).toBe(first.body);
      expect(again.headers.etag).toBe(first.headers.etag);
    }
    const plain = await t.app.inject({ method: 'GET', url });
    expect(plain.body).toBe(first.body);
  });

  test('answer a revalidation with the same ETag with 304 and no body', async () => {
    const first = await t.app.inject({ method: 'GET', url: COMPARE });
    const etag = String(first.headers.etag);
    const again = await t.app.inject({ method: 'GET', url: COMPARE, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  test('change their ETag and content when the data changes, even through another connection', async () => {
    const url = `/api/ranking?county=${encodeURIComponent('示例县')}&indicator=pub.events&year=2023`;
    const before = await t.app.inject({ method: 'GET', url });
    const top = before.json().rows[0];
    // another writer (like pnpm ingest in a second process) corrects the figure directly in the database
    const other = await reopenTestStore(t.store);
    await correctFact(other.db, top.factIds[0], { value: 1 }, { actor: '另一进程' });
    await other.close();
    const after = await t.app.inject({ method: 'GET', url });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const row = after.json().rows.find((r: { unit: { id: number } }) => r.unit.id === top.unit.id);
    expect(row).toMatchObject({ value: 1, status: 'corrected' });
  });

  test('one question, one entry: parameters in another order or with their defaults share the ETag', async () => {
    const C = encodeURIComponent('示例县');
    const urls = [
      `/api/ranking?county=${C}&indicator=pub.events&year=2023`,
      `/api/ranking?year=2023&indicator=pub.events&county=${C}`,
      `/api/ranking?indicator=pub.events&county=${C}&year=2023&group=towns&per10k=false`,
    ];
    const etags = new Set<string>();
    for (const url of urls) etags.add(String((await t.app.inject({ method: 'GET', url })).headers.etag));
    expect(etags.size).toBe(1);
  });

  test.each([
    ['/api/ranking', 'indicator=pub.events&year=2023&junk=1'],
    ['/api/compare', '_=1712345678'],
    ['/api/overview', 'year=2023&Year=2023'],
    ['/api/briefing', 'year=2023&focus=pub&x'],
  ])('refuses an unknown parameter on %s with 400, naming it', async (route, params) => {
    const r = await t.app.inject({
      method: 'GET',
      url: `${route}?county=${encodeURIComponent('示例县')}&${params}`,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/不认识的参数 (junk|_|Year|x)/);
  });
});
