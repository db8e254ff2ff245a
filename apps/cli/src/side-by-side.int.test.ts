import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { currentReports, factsOfReport, openStore } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import { addAccount } from '@fazhi/service';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { runScript, signIn, startServer } from './testing/processes.ts';
import { distinctReports, writeReports } from './testing/reports.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'side-by-side-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 140 distinct unit-years: the CLI gets 100 of them, the uploads the other 40 and 20 of the CLI's files
// again (the same bytes from two writers must still be stored once)
const reports = distinctReports(140);
const forCli = reports.slice(0, 100);
const forUpload = [...reports.slice(100), ...reports.slice(0, 100).filter((_, i) => i % 5 === 0)];

type Outcome = { status: number; error?: string; message?: string };

/** Sends requests one after another until `until` settles; every answer's status and error code. */
async function keepSending(until: Promise<unknown>, send: (i: number) => Promise<Response>) {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const seen: Outcome[] = [];
  for (let i = 0; !done; i++) {
    const r = await send(i);
    const body = (await r.json()) as { error?: string; message?: string };
    seen.push({ status: r.status, ...(r.status >= 300 ? body : {}) });
  }
  return seen;
}

describe('pnpm ingest while the server takes uploads and reviews', () => {
  test('no crash, no 500, the CLI exits 0 and every report is stored once', async () => {
    const db = path.join(dir, 'app.db');
    const folder = path.join(dir, 'reports');
    mkdirSync(folder);
    writeReports(folder, forCli);
    // a seeded store with figures to review and an editor account
    const seed = openStore(db);
    const seedDir = path.join(repoRoot, 'data', 'reports');
    for (const f of readdirSync(seedDir).filter((n) => n.endsWith('.txt')))
      await ingestDocument(seed, f, readFileSync(path.join(seedDir, f)));
    const factIds: number[] = [];
    for (const r of await currentReports(seed.db))
      for (const f of await factsOfReport(seed.db, r.id)) factIds.push(f.id);
    await addAccount(
      seed.db,
      { username: 'clerk', displayName: '编辑', role: 'editor', password: 'ledger-stamp-2024' },
      '测试',
    );
    await seed.close();

    const server = await startServer({ DB_PATH: db });
    const headers = await signIn(server.url, 'clerk', 'ledger-stamp-2024');
    const cli = runScript(['ingest', folder, '--county', '测试县'], { DB_PATH: db });
    const upload = (i: number) => {
      const r = forUpload[i % forUpload.length] as (typeof forUpload)[number];
      const form = new FormData();
      form.append('files', new Blob([r.bytes]), r.file);
      return fetch(`${server.url}/api/reports?county=${encodeURIComponent('测试县')}`, {
        method: 'POST',
        headers,
        body: form,
      });
    };
    const review = (i: number) =>
      fetch(`${server.url}/api/facts/${factIds[(i * 7) % factIds.length]}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(
          i % 2 === 0 ? { action: 'confirm' } : { action: 'correct', value: 100 + i, reason: '核对原件' },
        ),
      });
    const [ran, ...answers] = await Promise.all([
      cli,
      keepSending(cli, upload),
      keepSending(cli, (i) => upload(i + 30)),
      keepSending(cli, review),
      keepSending(cli, review),
    ]);
    const all = answers.flat();
    const busy = all.filter((a) => a.status === 503);
    const count = (s: (a: Outcome) => boolean) => all.filter(s).length;
    console.log(
      `CLI exit ${ran.code}; uploads ${answers[0].length + answers[1].length}, reviews ${answers[2].length + answers[3].length}; ` +
        `2xx ${count((a) => a.status < 300)}, 503 busy ${busy.length}, other ${count((a) => a.status >= 300 && a.status !== 503)}`,
    );
    expect(ran.err).toBe('');
    expect(ran.code).toBe(0);
    // a file an upload stored first is 未变 to the CLI
    const [, ingested, unchanged] = /导入 (\d+) · 未变 (\d+) · 替换 0 · 拒绝 0/.exec(ran.out) ?? [];
    expect(Number(ingested) + Number(unchanged)).toBe(100);
    expect(all.filter((a) => a.status >= 300 && !(a.status === 503 && a.error === 'busy'))).toEqual([]);
    for (const b of busy) expect(b.message).toContain('数据库正忙');
    // both writers were really at work at the same time
    expect(answers[0].length + answers[1].length).toBeGreaterThanOrEqual(10);
    expect(answers[2].length + answers[3].length).toBeGreaterThanOrEqual(10);
    // the rest of the uploads after the CLI has finished, so that every upload file was sent once
    for (let i = 0; i < forUpload.length; i++) expect((await upload(i)).status).toBe(200);
    expect(await server.stop()).toBe(0);

    const check = new Database(db, { readonly: true });
    const stored = check
      .prepare(
        `select u.name as unit, r.year as year, count(*) as n, sum(r.superseded_at is null) as current
         from reports r join units u on u.id = r.unit_id group by u.name, r.year`,
      )
      .all() as { unit: string; year: number; n: number; current: number }[];
    check.close();
    const byKey = new Map(stored.map((s) => [`${s.unit}-${s.year}`, s]));
    for (const r of reports)
      expect(byKey.get(`${r.unit}-${r.year}`), r.file).toMatchObject({ n: 1, current: 1 });
    // the seeds less 东关镇, which ingest asks about (two counties have one; its text names neither)
    expect(stored).toHaveLength(reports.length + 4);
  }, 300_000);
});
