import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from './testing/app.ts';
import { TEST_ENGINE } from './testing/engine.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.dispose());

describe('the engine under the API suites', () => {
  test('is the one the test project names: SQLite files in unit, the PostgreSQL cluster in postgres', () => {
    const named = process.env.FAZHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
    expect(TEST_ENGINE).toBe(named);
    expect(t.store.engine).toBe(named);
    if (named === 'postgres') expect(t.store.file).toMatch(/^postgres(ql)?:\/\//);
  });

  test('answers from the stored data: the seed county compares with its stored figures', async () => {
    const res = await t.app.inject({ url: `/api/compare?county=${encodeURIComponent('沈丘县')}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().cells.length).toBeGreaterThan(0);
  });
});
