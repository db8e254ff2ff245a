import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore, type SqliteStore } from './client.ts';
import { StorageFault, storageFault } from './faults.ts';
import { createSession, createUser, sessionWithUser } from './queries/accounts.ts';
import { insertReport } from './queries/reports.ts';
import { createUnit } from './queries/units.ts';
import { openStoreReadOnly } from './read-only.ts';

let dir: string;
let file: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'faults-'));
  file = path.join(dir, 'app.db');
  store = openStore(file);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const thrown = async (act: () => unknown): Promise<unknown> => {
  try {
    await act();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
};
const bigReport = (unitId: number) => ({
  unitId,
  year: 2023,
  sourceName: 'big.txt',
  format: 'txt' as const,
  sha256: 'x'.repeat(64),
  text: '字'.repeat(200_000),
  extractorVersion: 'test',
  flags: [],
});

describe('storage faults are told apart by their code', () => {
  test.each([
    ['SQLITE_BUSY', undefined, 'busy', /^数据库正忙（另一个程序正在写入 \/d\/app\.db），请稍后重试$/],
    ['SQLITE_BUSY_SNAPSHOT', undefined, 'busy', /数据库正忙/],
    ['SQLITE_LOCKED', undefined, 'busy', /数据库正忙/],
    [
      'SQLITE_FULL',
      undefined,
      'disk_full',
      /^磁盘已满，无法写入 \/d\/app\.db：请清理 \/d 所在磁盘的空间后重试$/,
    ],
    ['ENOSPC', '/s/sample/a.txt', 'disk_full', /^磁盘已满，无法写入 \/s\/sample\/a\.txt/],
    ['SQLITE_READONLY', undefined, 'read_only', /不可写，无法保存修改/],
    ['EROFS', '/d/x', 'read_only', /无法保存修改/],
  ])('%s (path %s) is %s', (code, p, kind, message) => {
    const fault = storageFault(Object.assign(new Error('x'), { code, path: p }), '/d/app.db');
    expect(fault?.kind).toBe(kind);
    expect(fault?.message).toMatch(message);
  });

  test.each([
    ['SQLITE_CONSTRAINT_UNIQUE', undefined],
    ['ENOENT', 'open'],
    ['EACCES', 'scandir'],
    ['', undefined],
  ])('%s (in %s) is not a storage fault', (code, syscall) => {
    expect(storageFault(Object.assign(new Error('x'), { code, syscall }), file)).toBeNull();
  });

  test('a file other than the database is named as a file, not as the database', () => {
    const err = Object.assign(new Error('x'), {
      code: 'EACCES',
      syscall: 'open',
      path: '/nowhere/sample/a.txt',
    });
    expect(storageFault(err, file)?.message).toMatch(/^所在文件夹 \/nowhere\/sample 不可写，无法保存修改/);
  });
});

describe('writing beside another process', () => {
  test('a write waits for the other writer, and after the busy timeout is a busy fault naming the file', async () => {
    const other = new Database(file);
    other.prepare('BEGIN IMMEDIATE').run();
    store.sqlite.pragma('busy_timeout = 100');
    const err = await thrown(() =>
      createUser(store.db, { username: 'a', displayName: 'A', role: 'viewer', passwordHash: 'h' }, '测试'),
    );
    other.prepare('ROLLBACK').run();
    other.close();
    expect(storageFault(err, file)).toMatchObject({ kind: 'busy', message: expect.stringContaining(file) });
  });

  test('a write on a full disk is a disk-full fault naming the file, and nothing of it is kept', async () => {
    const unit = await createUnit(store.db, { name: '甲镇', type: 'town', countyId: null });
    store.sqlite.pragma(`max_page_count = ${store.sqlite.pragma('page_count', { simple: true })}`);
    const err = await thrown(() => insertReport(store.db, bigReport(unit.id)));
    expect(storageFault(err, file)).toMatchObject({
      kind: 'disk_full',
      message: expect.stringContaining(file),
    });
    expect(store.sqlite.prepare('select count(*) from reports').pluck().get()).toBe(0);
  });
});

describe('opening', () => {
  test('a file whose schema and catalog are current is opened without writing anything', async () => {
    await store.close();
    store = openStore(file);
    expect(store.sqlite.prepare('select total_changes()').pluck().get()).toBe(0);
    expect(store.readOnly).toBeNull();
  });

  test('read-only: reads work, writes are read-only faults, sign-ins are kept in memory only', async () => {
    const user = await createUser(
      store.db,
      { username: 'a', displayName: 'A', role: 'editor', passwordHash: 'h' },
      't',
    );
    const ro = openStoreReadOnly(file, '测试原因');
    try {
      expect(ro.readOnly).toBe('测试原因');
      const err = await thrown(() =>
        createUser(ro.db, { username: 'b', displayName: 'B', role: 'viewer', passwordHash: 'h' }, 't'),
      );
      expect(storageFault(err, file)?.kind).toBe('read_only');
      await createSession(ro.db, { id: 's1', userId: user.id, csrf: 'c', expiresAt: '2999-01-01T00:00:00Z' });
      expect((await sessionWithUser(ro.db, 's1'))?.user.username).toBe('a');
      expect(store.sqlite.prepare('select count(*) from sessions').pluck().get()).toBe(0);
    } finally {
      await ro.close();
    }
  });

  test('read-only is refused when the file would first need writing (catalog or migrations)', async () => {
    store.sqlite.prepare("update indicators set label = '旧名称' where rowid = 1").run();
    const err = await thrown(() => openStoreReadOnly(file, '数据库文件只读'));
    expect(err).toBeInstanceOf(StorageFault);
    expect((err as StorageFault).message).toMatch(/需要升级.*数据库文件只读.*无法启动/);
  });
});
