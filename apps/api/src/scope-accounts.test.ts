import { afterAll, beforeAll, expect, test } from 'vitest';
import { twoCountyApp } from './testing/regions.ts';
import { type Caller, headersOf, type RegionName, signInEveryone } from './testing/scope-callers.ts';

// An admin gives an account only a region inside the admin's own, and manages only the accounts there.
let t: Awaited<ReturnType<typeof twoCountyApp>>;
let callers: Caller[];
beforeAll(async () => {
  t = await twoCountyApp();
  callers = await signInEveryone(t);
}, 120_000);
afterAll(() => t?.dispose());

type Account = { id: number; username: string; region: { id: number; name: string; level: string } | null };
const users = async (region: RegionName) =>
  (
    (await t.app.inject({ url: '/api/users', headers: headersOf(callers, region, 'admin') })).json() as {
      users: Account[];
    }
  ).users;
let n = 0;
const create = (region: RegionName, regionId: number | null | undefined) =>
  t.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: headersOf(callers, region, 'admin'),
    payload: {
      username: `new-${region.toLowerCase()}-${++n}`,
      displayName: '新同事',
      role: 'viewer',
      password: 'quiet-harbor-lantern-73',
      ...(regionId === undefined ? {} : { regionId }),
    },
  });

test.each([
  ['the whole installation lists every account', 'whole', 15],
  ['a province lists its own, its city’s and its counties’ accounts', 'province', 12],
  ['a city lists its own and its counties’ accounts', 'city', 9],
  ['a county lists only its own accounts', 'A', 3],
] as const)('%s', async (_, region, count) => {
  const list = await users(region);
  expect(list.filter((u) => u.username.includes('-'))).toHaveLength(count);
});

test('the accounts table shows each account’s region (none: the whole installation)', async () => {
  const list = await users('whole');
  expect(list.find((u) => u.username === 'viewer-a')?.region).toEqual({
    id: t.regions.a,
    name: '沈丘县',
    level: 'county',
  });
  expect(list.find((u) => u.username === 'viewer-city')?.region).toMatchObject({
    name: '周口市',
    level: 'city',
  });
  expect(list.find((u) => u.username === 'viewer-whole')?.region).toBeNull();
});

test.each([
  ['a city admin gives one of its counties', 'city', 'a', 201],
  ['a city admin gives its own city', 'city', 'city', 201],
  ['a province admin gives a city of it', 'province', 'city', 201],
  ['a whole-installation admin gives no region', 'whole', null, 201],
  ['a city admin cannot give the province above it', 'city', 'province', 403],
  ['a city admin cannot give the whole installation', 'city', null, 403],
  ['a city admin cannot leave the region out (the whole installation)', 'city', undefined, 403],
  ['a county admin cannot give the neighbouring county', 'A', 'b', 403],
] as const)('%s', async (_, admin, given, status) => {
  const regionId = given === null || given === undefined ? given : t.regions[given];
  const r = await create(admin, regionId);
  expect(r.statusCode).toBe(status);
  if (status === 403) expect((r.json() as { message: string }).message).toContain('无权访问该地区：');
});

test('a region that does not exist is refused with a message', async () => {
  const r = await create('whole', 9999);
  expect(r.statusCode).toBe(400);
  expect((r.json() as { message: string }).message).toContain('地区 9999 不存在');
});

test('an admin cannot change an account outside their region, nor move one out of it', async () => {
  const list = await users('whole');
  const id = (name: string) => list.find((u) => u.username === name)?.id ?? -1;
  const patch = (admin: RegionName, user: number, body: object) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user}`,
      headers: headersOf(callers, admin, 'admin'),
      payload: body,
    });
  expect((await patch('A', id('viewer-b'), { role: 'editor' })).statusCode).toBe(404);
  expect((await patch('city', id('viewer-whole'), { role: 'editor' })).statusCode).toBe(404);
  expect((await patch('city', id('viewer-a'), { regionId: t.regions.province })).statusCode).toBe(403);
  const moved = await patch('city', id('viewer-a'), { regionId: t.regions.b });
  expect(moved.statusCode).toBe(200);
  expect((moved.json() as Account).region?.name).toBe('郸城县');
  expect((await patch('city', id('admin-city'), { regionId: t.regions.a })).statusCode).toBe(409);
});

test('the session tells the web which region the account has', async () => {
  const r = await t.app.inject({ url: '/api/session', headers: headersOf(callers, 'A', 'editor') });
  expect((r.json() as { user: { regionId: number | null } }).user.regionId).toBe(t.regions.a);
});
