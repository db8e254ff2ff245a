import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { openStore } from '@fazhi/db';
import { canLockPaths, lockPath, smallDisk } from '@fazhi/db/testing';
import { ingestDocument } from '@fazhi/ingest';
import { addAccount } from '@fazhi/service';
import { afterAll, describe, expect, test } from 'vitest';
import { signIn, startServer } from './testing/processes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'server-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database with the seed reports and an editor, closed again (no -wal or -shm left). */
async function seeded(file: string) {
  const store = openStore(file);
  const seeds = path.join(repoRoot, 'data', 'reports');
  for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt')))
    await ingestDocument(store, f, readFileSync(path.join(seeds, f)));
  await addAccount(
    store.db,
    { username: 'clerk', displayName: '编辑', role: 'editor', password: 'ledger-stamp-2024' },
    '测试',
  );
  const factId = Number(store.sqlite.prepare('select min(id) from facts').pluck().get());
  await store.close();
  return factId;
}

/** Signs in, reads, and tries a review and an upload: what a person would see. */
async function tryItOut(url: string, factId: number) {
  const headers = await signIn(url, 'clerk', 'ledger-stamp-2024');
  const session = (await (await fetch(`${url}/api/session`, { headers })).json()) as {
    readOnly: string | null;
  };
  const years = await fetch(`${url}/api/years`, { headers });
  const review = await fetch(`${url}/api/facts/${factId}`, {
    method: 'PATCH',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'confirm' }),
  });
  const form = new FormData();
  form.append(
    'files',
    new Blob(['望山镇2023年度法治政府建设情况报告\n开展普法活动22场。'.repeat(4000)]),
    'a.txt',
  );
  const upload = await fetch(`${url}/api/reports`, { method: 'POST', headers, body: form });
  return {
    readOnly: session.readOnly,
    years: years.status,
    review: { status: review.status, ...((await review.json()) as object) },
    upload: { status: upload.status, ...((await upload.json()) as object) },
  };
}

describe('the server on a database it cannot write', () => {
  test.skipIf(!canLockPaths())(
    'a read-only file: starts read-only, says so, reads, refuses writes with 503',
    async () => {
      const db = path.join(dir, 'locked.db');
      const factId = await seeded(db);
      const unlock = lockPath(db);
      try {
        const server = await startServer({ DB_PATH: db });
        const seen = await tryItOut(server.url, factId);
        expect(server.output()).toContain(
          `数据库只读：数据库文件 ${db} 只读。看板可以查看，上传、审核和维护暂不可用`,
        );
        expect(await server.stop()).toBe(0);
        const refused = {
          status: 503,
          error: 'read_only',
          message: expect.stringContaining(`数据库文件 ${db} 只读`),
        };
        expect(seen).toEqual({
          readOnly: `数据库文件 ${db} 只读`,
          years: 200,
          review: refused,
          upload: refused,
        });
      } finally {
        unlock?.();
      }
    },
    90_000,
  );

  test.skipIf(!canLockPaths())(
    'a read-only file that needs upgrading first: refuses to start with one line',
    async () => {
      const db = path.join(dir, 'old.db');
      await seeded(db);
      const store = openStore(db);
      store.sqlite.prepare("update indicators set label = '旧名称' where rowid = 1").run(); // as an older version left it
      await store.close();
      const unlock = lockPath(db);
      try {
        const err = await startServer({ DB_PATH: db }).catch((e: Error) => e);
        expect(err).toBeInstanceOf(Error);
        expect((err as Error).message).toMatch(
          /exited with 1 before listening:\n数据库 .*old\.db 需要升级（迁移）才能使用，但数据库文件 .*只读：无法启动/,
        );
        expect((err as Error).message).not.toMatch(/^\s+at /m);
      } finally {
        unlock?.();
      }
    },
    60_000,
  );

  test('a disk mounted read-only: reads the file into memory and serves it read-only', async (ctx) => {
    const ro = smallDisk(4096);
    if (!ro) return ctx.skip('mounting a small disk is not possible here');
    try {
      const db = path.join(ro.dir, 'app.db');
      const factId = await seeded(db);
      ro.remountReadOnly();
      const server = await startServer({ DB_PATH: db });
      const seen = await tryItOut(server.url, factId);
      expect(await server.stop()).toBe(0);
      expect(seen).toMatchObject({
        readOnly: `数据库所在的磁盘以只读方式挂载（${ro.dir}）`,
        years: 200,
        review: { status: 503, error: 'read_only' },
        upload: { status: 503, error: 'read_only' },
      });
    } finally {
      ro.dispose();
    }
  }, 90_000);

  test('a full disk: starts, reads, and answers writes saying the disk is full', async (ctx) => {
    const full = smallDisk(4096);
    if (!full) return ctx.skip('mounting a small disk is not possible here');
    try {
      const db = path.join(full.dir, 'app.db');
      const factId = await seeded(db);
      full.fill(64);
      const server = await startServer({ DB_PATH: db });
      const seen = await tryItOut(server.url, factId);
      expect(await server.stop()).toBe(0);
      expect(server.output()).not.toMatch(/^\s+at /m);
      expect(seen.years).toBe(200);
      // with room for SQLite's shared-memory file it runs read-write and the write fails (507); without,
      // it starts read-only (503): either way the answer says the disk is full and names the database
      expect([503, 507]).toContain(seen.upload.status);
      expect(seen.upload).toMatchObject({ message: expect.stringContaining(`磁盘已满，无法写入 ${db}`) });
    } finally {
      full.dispose();
    }
  }, 90_000);
});
