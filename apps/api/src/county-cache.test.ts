import { correctFact, ensureCounty, writeTx } from '@fazhi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from './testing/app.ts';
import { reopenTestStore } from './testing/engine.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const q = encodeURIComponent;
const SAMPLE = `/api/ranking?county=${q('示例县')}&indicator=pub.events&year=2023`;
const SEED = `/api/compare?county=${q('沈丘县')}`;
const etag = async (url: string) => (await t.app.inject({ url })).headers.etag;

/** A correction made by another connection (a second process, or pnpm ingest), as the triggers see it. */
async function correctElsewhere(url: string, value: number) {
  const top = (await t.app.inject({ url })).json().rows[0];
  const other = await reopenTestStore(t.store);
  await correctFact(other.db, top.factIds[0], { value }, { actor: '另一进程' });
  await other.close();
  return top;
}

describe('answers about one county are cached per state of that county', () => {
  test("a correction in one county changes that county's answers and leaves another county's as they were", async () => {
    const [sample, seed] = [await etag(SAMPLE), await etag(SEED)];
    const top = await correctElsewhere(SAMPLE, 2);
    expect(await etag(SEED)).toBe(seed);
    expect(await etag(SAMPLE)).not.toBe(sample);
    const row = (await t.app.inject({ url: SAMPLE }))
      .json()
      .rows.find((r: { unit: { id: number } }) => r.unit.id === top.unit.id);
    expect(row).toMatchObject({ value: 2, status: 'corrected' });
  });

  test("a change that is not a correction (a new county) changes every county's answers", async () => {
    const [sample, seed] = [await etag(SAMPLE), await etag(SEED)];
    await writeTx(t.store.db, (tx) => ensureCounty(tx, { county: '新设县' }));
    expect(await etag(SEED)).not.toBe(seed);
    expect(await etag(SAMPLE)).not.toBe(sample);
  });

  test('a county answered before a correction elsewhere is not computed again: the same body, the same ETag', async () => {
    const before = await t.app.inject({ url: SEED });
    await correctElsewhere(SAMPLE, 3);
    const after = await t.app.inject({ url: SEED });
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.body).toBe(before.body);
  });
});
