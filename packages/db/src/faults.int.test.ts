import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore, type SqliteStore } from './client.ts';
import { openStoreForServing } from './read-only.ts';
import { canLockPaths, lockPath } from './testing/disk.ts';

// The storage-fault tests that need other processes (node children, chattr); the rest are in faults.test.ts.

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

describe('writing beside another process', () => {
  test('several processes opening a new file at once migrate it once, without an error', async () => {
    const fresh = path.join(dir, 'fresh.db');
    const script = `import { openStore } from ${JSON.stringify(path.resolve(import.meta.dirname, 'client.ts'))}; await openStore(${JSON.stringify(fresh)}).close();`;
    const codes = await Promise.all(
      Array.from({ length: 4 }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        return new Promise<number | null>((resolve) => child.on('exit', resolve));
      }),
    );
    expect(codes).toEqual([0, 0, 0, 0]);
    const check = openStore(fresh);
    const applied = check.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get();
    await check.close();
    expect(applied).toBe(store.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get());
  }, 60_000);
});

describe('opening', () => {
  test.skipIf(!canLockPaths())(
    'a file this process cannot write is served read-only, with the reason naming it',
    async () => {
      await store.close();
      const unlock = lockPath(file);
      if (!unlock) throw new Error('lockPath failed');
      try {
        store = openStoreForServing(file);
        expect(store.readOnly).toBe(`数据库文件 ${file} 只读`);
        expect(store.sqlite.prepare('select count(*) from indicators').pluck().get()).toBeGreaterThan(0);
      } finally {
        unlock();
      }
    },
  );
});
