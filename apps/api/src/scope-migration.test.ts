import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileAtMigration } from '@fazhi/db/testing/migrations';
import { hashPassword } from '@fazhi/service';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COUNTY_A, COUNTY_B, OUTSIDE, twoCountyApp } from './testing/regions.ts';

// A database from before accounts had regions (migrations 0000–0009) with an office's admin in it: after
// the upgrade (0010) the account has no region, which is the whole installation, so nothing changes for it.
let t: Awaited<ReturnType<typeof twoCountyApp>>;
let cookie = '';
const PASSWORD = 'amber-window-orchard-58';

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scope-migration-'));
  const hash = await hashPassword(PASSWORD);
  fileAtMigration(path.join(dir, 'app.db'), 10, (db) => {
    db.prepare(
      `insert into users (username, display_name, role, password_hash) values ('wang', '王主任', 'admin', ?)`,
    ).run(hash);
  });
  t = await twoCountyApp({ dir });
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: 'wang', password: PASSWORD },
  });
  cookie = `fazhi_session=${r.cookies.find((c) => c.name === 'fazhi_session')?.value}`;
}, 60_000);
afterAll(() => t?.dispose());

test('an account from before the upgrade has no region: the whole installation', async () => {
  const r = await t.app.inject({ url: '/api/users', headers: { cookie } });
  expect((r.json() as { users: { username: string; region: unknown }[] }).users).toEqual([
    expect.objectContaining({ username: 'wang', region: null }),
  ]);
});

test.each([COUNTY_A, COUNTY_B, OUTSIDE])('it still reads %s', async (county) => {
  const r = await t.app.inject({
    url: `/api/compare?county=${encodeURIComponent(county)}`,
    headers: { cookie },
  });
  expect(r.statusCode).toBe(200);
});

test('it still sees every region and every unit', async () => {
  const regions = (await t.app.inject({ url: '/api/regions', headers: { cookie } })).json() as {
    regions: { name: string }[];
  };
  expect(regions.regions.map((r) => r.name)).toEqual(expect.arrayContaining([COUNTY_A, COUNTY_B, OUTSIDE]));
  const units = (await t.app.inject({ url: '/api/units', headers: { cookie } })).json() as {
    units: unknown[];
  };
  expect(units.units).toHaveLength(5);
});
