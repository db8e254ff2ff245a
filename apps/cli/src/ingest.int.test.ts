import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { currentReports, factsOfReport, openStore } from '@fazhi/db';
import { extractReport } from '@fazhi/extract';
import { gbkText } from '@fazhi/ingest/testing';
import { type SampleUnit, sampleReport } from '@fazhi/sample';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { scriptArgv } from './testing/processes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const reports = path.join(repoRoot, 'data', 'reports');

/** `pnpm -s <args>` run from `dir`, through the script's entry without pnpm (see scriptArgv). */
function pnpm(args: string[], db: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, scriptArgv(args), {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, DB_PATH: db, NO_COLOR: '1', ...env, INIT_CWD: dir },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pnpm ingest', () => {
  const db = path.join(dir, 'cli.db');

  test('ingests a folder, asks which 东关镇 it is, then finds it all unchanged the second time', () => {
    const first = pnpm(['ingest', reports], db);
    expect(first.code).toBe(1);
    expect(first.out).toContain('导入 4 · 未变 0 · 替换 0 · 拒绝 1');
    expect(first.out).toContain(
      '2023-东关镇.txt：“东关镇”在 2 个县（区）都有，请指定所属县（区）：' +
        '山西省·忻州市·保德县·东关镇；福建省·泉州市·永春县·东关镇\n' +
        '    请用 --county 指定所属县（区）后重新导入，如 --county 保德县',
    );
    const settled = pnpm(['ingest', path.join(reports, '2023-东关镇.txt'), '--county', '保德县'], db);
    expect(settled.out).toContain('导入 1 · 未变 0 · 替换 0 · 拒绝 0');
    const second = pnpm(['ingest', reports], db);
    expect(second.code).toBe(0);
    expect(second.out).toContain('导入 0 · 未变 5 · 替换 0 · 拒绝 0');
    // each run starts a reading worker (a few seconds on a busy machine)
  }, 60_000);

  test('names each rejected file with its reason and exits non-zero', () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'old.doc'), 'x');
    const r = pnpm(['ingest', 'empty.txt', 'old.doc', path.join(reports, '2022-法镇.txt')], db);
    expect(r.code).toBe(1);
    expect(r.out).toContain('未变 1');
    expect(r.out).toContain('拒绝 2');
    expect(r.out).toContain('✗ empty.txt：文件为空');
    expect(r.out).toContain('✗ old.doc：不支持 .doc 文件');
  }, 60_000);

  test('refuses a file over INGEST_TIMEOUT_S, naming the limit, and goes on with the next', () => {
    const folder = path.join(dir, 'slow');
    mkdirSync(folder);
    // ~950,000 characters: the engine needs ~2 s for them, four times the limit set here
    writeFileSync(path.join(folder, 'a-slow.txt'), gbkText(1.7));
    writeFileSync(path.join(folder, 'b-good.txt'), readFileSync(path.join(reports, '2023-邢庄镇.txt')));
    const r = pnpm(['ingest', folder], path.join(dir, 'slow.db'), { INGEST_TIMEOUT_S: '0.5' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('导入 1 · 未变 0 · 替换 0 · 拒绝 1');
    expect(r.out).toMatch(/✗ \S*a-slow\.txt：读取与提取超过时限 0\.5 秒/);
  }, 60_000);

  test('pnpm reextract re-runs the engine over what is stored', () => {
    const r = pnpm(['reextract'], db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/重新提取 5 份报告，得到 43 条自动事实/);
  }, 60_000);
});

describe('a batch ingest killed part-way', () => {
  test('leaves no partial report: every stored report has all of its facts', async () => {
    const folder = path.join(dir, 'batch');
    mkdirSync(folder);
    const unit = (i: number): SampleUnit => ({
      name: `${'东西南北中'[i % 5]}${'岭河山坡园川湾桥关庄'[i % 10]}${'一二三四五六'[i % 6]}镇`,
      type: 'town',
      scale: 1,
    });
    for (let i = 0; i < 300; i++) {
      const r = sampleReport(unit(i), 2018 + (i % 7), i);
      writeFileSync(path.join(folder, `${i}.txt`), r.text);
    }
    const db = path.join(dir, 'killed.db');
    // the CLI itself, not pnpm, so that SIGKILL reaches the process that writes
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'apps/cli/src/ingest.ts'), folder, '--county', '测试县'],
      {
        cwd: repoRoot,
        env: { ...process.env, DB_PATH: db },
        stdio: 'ignore',
      },
    );
    const stored = () => {
      try {
        const conn = new Database(db, { readonly: true, fileMustExist: true });
        const n = (conn.prepare('select count(*) as n from reports').get() as { n: number }).n;
        conn.close();
        return n;
      } catch {
        return 0;
      }
    };
    for (let i = 0; i < 600 && stored() < 30; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const store = openStore(db);
    try {
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const kept = await currentReports(store.db);
      expect(kept.length).toBeGreaterThanOrEqual(30);
      expect(kept.length).toBeLessThan(300);
      for (const report of kept) {
        const expected = extractReport(report.text, { year: report.year }).facts.length;
        expect(await factsOfReport(store.db, report.id)).toHaveLength(expected);
      }
      const orphans = store.sqlite
        .prepare('select count(*) as n from facts where report_id not in (select id from reports)')
        .get();
      expect(orphans).toEqual({ n: 0 });
    } finally {
      await store.close();
    }
  }, 120_000);
});
