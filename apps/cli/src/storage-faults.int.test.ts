import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { currentReports, factsOfReport, openStore } from '@fazhi/db';
import { canLockPaths, lockPath, smallDisk } from '@fazhi/db/testing';
import { extractReport } from '@fazhi/extract';
import { ingestDocument } from '@fazhi/ingest';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { runScript } from './testing/processes.ts';
import { distinctReports, writeReports } from './testing/reports.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = path.join(repoRoot, 'data', 'reports');
const folder = path.join(dir, 'reports');
mkdirSync(folder);
writeReports(folder, distinctReports(20));
const STACK = /^\s+at /m;

/** Every stored report has all of its engine's facts: nothing half-written. */
async function expectWhole(file: string) {
  const store = openStore(file);
  try {
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const r of await currentReports(store.db))
      expect(await factsOfReport(store.db, r.id)).toHaveLength(
        extractReport(r.text, { year: r.year }).facts.length,
      );
    return (await currentReports(store.db)).length;
  } finally {
    await store.close();
  }
}

describe('pnpm ingest when it cannot write', () => {
  test('a database another process keeps locked past the busy timeout: one Chinese line, exit 1', async () => {
    const db = path.join(dir, 'busy.db');
    await openStore(db).close();
    const other = new Database(db);
    other.prepare('BEGIN IMMEDIATE').run();
    const r = await runScript(['ingest', seeds], { DB_PATH: db });
    other.prepare('ROLLBACK').run();
    other.close();
    expect(r.code).toBe(1);
    expect(r.err).toBe(`数据库正忙（另一个程序正在写入 ${db}），请稍后重试\n`);
  }, 60_000);

  test.skipIf(!canLockPaths())(
    'a read-only database file: one line naming the file, exit 1',
    async () => {
      const db = path.join(dir, 'locked.db');
      await openStore(db).close();
      const unlock = lockPath(db);
      try {
        const r = await runScript(['ingest', seeds], { DB_PATH: db });
        expect(r.code).toBe(1);
        expect(r.err).toMatch(new RegExp(`^数据库文件 ${db} 只读，无法保存修改：请检查文件权限.*\\n$`));
      } finally {
        unlock?.();
      }
    },
    60_000,
  );

  test('a disk that fills up part-way: the stored reports are whole, the rest is named and left', async (ctx) => {
    const disk = smallDisk(3072);
    if (!disk) return ctx.skip('mounting a small disk is not possible here');
    try {
      const db = path.join(disk.dir, 'app.db');
      // the seeds but 东关镇, which ingest asks about (its text names no county, and two have one)
      expect((await runScript(['ingest', seeds], { DB_PATH: db })).out).toContain(
        '导入 4 · 未变 0 · 替换 0 · 拒绝 1',
      );
      disk.fill(256);
      const r = await runScript(['ingest', folder, '--county', '测试县'], { DB_PATH: db });
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(STACK);
      expect(r.err).toMatch(
        new RegExp(`^磁盘已满，无法写入 ${db}：请清理 ${disk.dir} 所在磁盘的空间后重试\\n导入已停止`),
      );
      const done = Number(/导入 (\d+) ·/.exec(r.out)?.[1]);
      expect(done).toBeLessThan(20);
      // a backup onto the full disk is refused the same way and leaves no partial file
      const backup = await runScript(['backup', path.join(disk.dir, 'copy.db')], { DB_PATH: db });
      expect(backup.code).toBe(1);
      expect(backup.err).toMatch(/^磁盘已满，无法写入 .*copy\.db/);
      expect(readdirSync(disk.dir).filter((f) => f.includes('copy'))).toEqual([]);
      disk.free();
      expect(await expectWhole(db)).toBe(4 + done);
    } finally {
      disk.dispose();
    }
  }, 120_000);
});

describe('pnpm backup', () => {
  test('copies the database while a writer commits reports: the copy opens and has every report committed before it', async () => {
    const db = path.join(dir, 'live.db');
    const writer = openStore(db);
    const count = () => Number(writer.sqlite.prepare('select count(*) from reports').pluck().get());
    let running = true;
    // the real ingest in this process, so that it is sure to be writing the whole time the backup runs
    const writing = (async () => {
      for (const r of distinctReports(280)) {
        if (!running) break;
        await ingestDocument(writer, r.file, r.bytes, { county: '测试县' });
        await new Promise((next) => setImmediate(next)); // let the test's timers and the child's pipes run
      }
    })();
    while (count() < 10) await new Promise((r) => setTimeout(r, 20));
    const before = count();
    const copy = path.join(dir, 'copy.db');
    const r = await runScript(['backup', copy], { DB_PATH: db });
    const after = count();
    running = false;
    await writing;
    await writer.close();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(after).toBeGreaterThan(before);
    const reports = Number(/报告 (\d+) 份/.exec(r.out)?.[1]);
    expect(reports).toBeGreaterThanOrEqual(before);
    expect(reports).toBeLessThanOrEqual(after);
    expect(await expectWhole(copy)).toBe(reports);
    const again = await runScript(['backup', copy], { DB_PATH: db });
    expect(again).toMatchObject({ code: 1, err: `备份文件 ${copy} 已存在，不会覆盖：请换一个文件名\n` });
  }, 180_000);
});
