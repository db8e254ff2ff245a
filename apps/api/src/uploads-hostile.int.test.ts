import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_UPLOADS } from './testing/hostile-uploads.ts';
import {
  createEditor,
  peakMemoryMb,
  type ServerProcess,
  signIn,
  startServer,
  uploadWhilePolling,
} from './testing/server-process.ts';

// The real server process on loopback, given each bad file of issue 11 as a multipart upload while
// GET /api/health is asked again and again. The strict figure (200 ms) is measured by
// `pnpm bench:uploads` (all within it at a load average of 7 on this 2-core machine); here the bound is
// looser, as answers took up to 1.2 s at a load of 15 with no task on the request thread over 50 ms, yet
// it is far below what reading on the request thread cost (9.5 s to 100 s per file before the pool).
const HEALTH_BOUND_MS = 3_000;
const PEAK_MEMORY_MB = 1024;

const dir = mkdtempSync(path.join(tmpdir(), 'hostile-uploads-'));
let server: ServerProcess;
let headers: Record<string, string>;
beforeAll(async () => {
  const db = path.join(dir, 'app.db');
  await createEditor(db, 'uploader', 'quiet-harbour-7319');
  server = await startServer({ DB_PATH: db });
  headers = await signIn(server.url, 'uploader', 'quiet-harbour-7319');
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('uploading the bad files of issue 11 to the real server', () => {
  test.each(HOSTILE_UPLOADS)(
    'answers $name ($label) as expected while /api/health keeps answering',
    async ({ name, build, expected }) => {
      const upload = await uploadWhilePolling(server.url, headers, { name, bytes: build() });
      if (expected.status === 'rejected') {
        expect(upload.outcome).toMatchObject({ file: name, status: 'rejected', code: expected.code });
        expect(upload.outcome.message).toContain(`${name}：`);
        expect(upload.outcome.message).toContain(expected.message);
      } else {
        expect(upload.outcome).toMatchObject({ file: name, status: 'ingested', unit: expected.unit });
      }
      expect(upload.healthMs.length).toBeGreaterThan(0);
      expect(Math.max(...upload.healthMs)).toBeLessThan(HEALTH_BOUND_MS);
    },
    180_000,
  );

  test('kept its peak memory under 1 GB, and still takes a good report', async () => {
    expect(peakMemoryMb(server.pid)).toBeLessThan(PEAK_MEMORY_MB);
    const report = '望山镇2024年度法治政府建设情况报告\n2024年，望山镇开展普法宣传活动12场。';
    const upload = await uploadWhilePolling(server.url, headers, {
      name: 'good.txt',
      bytes: new TextEncoder().encode(report),
    });
    expect(upload.outcome).toMatchObject({ status: 'ingested', unit: '望山镇' });
  }, 60_000);
});
