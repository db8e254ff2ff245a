import { openStore, openStoreReadOnly, type Store, sqliteOf } from '@fazhi/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { type Credentials, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
let editor: Credentials;
let factId: number;
beforeAll(async () => {
  t = await testApp({ openReading: false });
  editor = await signInAs(t, 'editor', { username: 'clerk' });
  factId = Number(sqliteOf(t.store).prepare("select min(id) from facts where status = 'auto'").pluck().get());
}, 60_000);
afterAll(() => t.dispose());

const REPORT = '望山镇2023年度法治政府建设情况报告\n2023年，望山镇开展普法宣传活动22场。';
const upload = (app: FastifyInstance, who: Credentials) =>
  app.inject({
    method: 'POST',
    url: '/api/reports',
    ...multipart([{ name: 'a.txt', content: REPORT }], who.headers),
  });
const confirm = (app: FastifyInstance, who: Credentials) =>
  app.inject({
    method: 'PATCH',
    url: `/api/facts/${factId}`,
    headers: who.headers,
    payload: { action: 'confirm' },
  });

describe('a database another process is writing', () => {
  test('answers writes 503 busy with Retry-After and a Chinese message once the wait runs out, never 500', async () => {
    const other = openStore(t.store.file).sqlite;
    other.prepare('BEGIN IMMEDIATE').run();
    sqliteOf(t.store).pragma('busy_timeout = 100');
    try {
      for (const r of [await confirm(t.app, editor), await upload(t.app, editor)]) {
        expect(r.statusCode).toBe(503);
        expect(r.headers['retry-after']).toBe('2');
        expect(r.json()).toEqual({
          error: 'busy',
          message: `数据库正忙（另一个程序正在写入 ${t.store.file}），请稍后重试`,
        });
      }
      // reading goes on meanwhile
      expect((await t.app.inject({ url: '/api/years', headers: editor.headers })).statusCode).toBe(200);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
      sqliteOf(t.store).pragma('busy_timeout = 5000');
    }
    expect((await confirm(t.app, editor)).statusCode).toBe(200);
  });
});

describe('a full disk', () => {
  test('answers an upload and a review 507 naming the database file, and keeps nothing of them', async () => {
    const pages = Number(sqliteOf(t.store).pragma('page_count', { simple: true }));
    const before = sqliteOf(t.store).prepare('select count(*) from reports').pluck().get();
    // SQLite's own limit on the file's size: the same SQLITE_FULL a full disk gives
    sqliteOf(t.store).pragma(`max_page_count = ${pages}`);
    try {
      const big = 'x'.repeat(200_000);
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/reports',
        ...multipart([{ name: 'big.txt', content: `${REPORT}\n${big}` }], editor.headers),
      });
      expect(r.statusCode).toBe(507);
      expect(r.json()).toEqual({
        error: 'disk_full',
        message: `磁盘已满，无法写入 ${t.store.file}：请清理 ${t.store.file.replace(/\/app\.db$/, '')} 所在磁盘的空间后重试`,
      });
    } finally {
      sqliteOf(t.store).pragma(`max_page_count = ${2 ** 30}`);
    }
    expect(sqliteOf(t.store).prepare('select count(*) from reports').pluck().get()).toBe(before);
  });
});

describe('a server on a database it can only read', () => {
  let ro: Store;
  let app: FastifyInstance;
  let who: Credentials;
  beforeAll(async () => {
    ro = openStoreReadOnly(t.store.file, `数据库文件 ${t.store.file} 只读`);
    app = await buildApp({
      store: ro,
      minBase: 5,
      maxFileBytes: 1 << 20,
      openReading: false,
      sessionHours: 12,
    });
    const r = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'clerk', password: editor.password },
    });
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.find((c) => c.name === 'fazhi_session')?.value;
    who = { ...editor, headers: { cookie: `fazhi_session=${cookie}`, 'x-csrf-token': r.json().csrfToken } };
  });
  afterAll(async () => {
    await app.close();
    await ro.close();
  });

  test('lets people sign in and read, and says why it is read-only in the session', async () => {
    const session = await app.inject({ url: '/api/session', headers: who.headers });
    expect(session.json()).toMatchObject({
      user: { username: 'clerk' },
      readOnly: `数据库文件 ${t.store.file} 只读`,
    });
    expect((await app.inject({ url: '/api/years', headers: who.headers })).statusCode).toBe(200);
  });

  test('refuses uploads and reviews with 503 and the reason, before reading the upload', async () => {
    for (const r of [await upload(app, who), await confirm(app, who)]) {
      expect(r.statusCode).toBe(503);
      expect(r.json()).toEqual({
        error: 'read_only',
        message: `数据库只读：数据库文件 ${t.store.file} 只读，上传、审核和维护暂不可用；请管理员处理后重启服务`,
      });
    }
  });

  test('still signs out', async () => {
    const r = await app.inject({ method: 'DELETE', url: '/api/session', headers: who.headers });
    expect(r.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/years', headers: who.headers })).statusCode).toBe(401);
  });
});
