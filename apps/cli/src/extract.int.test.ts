import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { scriptArgv } from './testing/processes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command the way an outside evaluation does: pnpm -s extract …, from another directory. */
function runPnpm(args: string[], cwd = dir) {
  const r = spawnSync('pnpm', ['-s', '-C', repoRoot, 'extract', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same command without pnpm's start-up, for what it reads and prints; the two tests about pnpm itself
 * (nothing but JSON on stdout, paths relative to where pnpm was run) go through runPnpm.
 */
function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, scriptArgv(['extract', ...args]), {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const reports = path.join(repoRoot, 'data', 'reports');

describe('pnpm -s extract', () => {
  test('prints only a JSON array, one object per file, in the contract shape', () => {
    const files = ['2023-邢庄镇.txt', '2023-东关镇.txt'].map((f) => path.join(reports, f));
    const { code, stdout } = runPnpm(files);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(2);
    const [xingzhuang] = out;
    expect(Object.keys(xingzhuang ?? {})).toEqual([
      'file',
      'unit',
      'unitType',
      'county',
      'city',
      'province',
      'year',
      'reportDate',
      'signedOn',
      'facts',
      'values',
      'flags',
      'unread',
    ]);
    expect(xingzhuang).toMatchObject({ unit: '邢庄镇', unitType: 'town', county: '沈丘县', year: 2023 });
    expect(xingzhuang?.values).toMatchObject({ 'pub.events': { value: 106, qualifier: 'over' } });
  });

  test('gives spans that index the file text exactly', () => {
    const file = path.join(reports, '2023-沈丘县人民政府办公室.txt');
    const text = readFileSync(file, 'utf8');
    const [report] = JSON.parse(run([file]).stdout) as {
      facts: { start: number; end: number; text: string }[];
    }[];
    expect(report?.facts.length).toBeGreaterThan(10);
    for (const f of report?.facts ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  test('lists figures no rule read in unread, with spans into the file, and leaves them out of values', () => {
    const file = path.join(dir, 'unread.txt');
    const text =
      '石桥镇2023年法治政府建设情况报告\r\n2023年，石桥镇开展普法宣传活动12场，受理群众投诉举报41起。\r\n';
    writeFileSync(file, text);
    const [report] = JSON.parse(run([file]).stdout) as {
      facts: { key: string }[];
      values: Record<string, { value: number }>;
      unread: Record<string, unknown>[];
    }[];
    expect(report?.facts.map((f) => f.key)).toEqual(['pub.events']);
    const clause = '受理群众投诉举报41起';
    const start = text.indexOf(clause);
    expect(report?.unread).toEqual([
      { value: 41, measure: '起', start, end: start + clause.length, text: clause },
    ]);
    expect(Object.keys(report?.values ?? {})).toEqual(['pub.events']);
  });

  test('reads paths relative to the directory it was started from', () => {
    writeFileSync(path.join(dir, 'r.txt'), '2023年，石桥镇开展普法宣传活动12场。');
    const [report] = JSON.parse(runPnpm(['r.txt']).stdout) as { file: string; facts: { key: string }[] }[];
    expect(report?.file).toBe('r.txt');
    expect(report?.facts.map((f) => f.key)).toEqual(['pub.events']);
  });

  test('reports a bad file on stderr with a non-zero exit, and still lists the good ones', () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = run(['empty.txt', path.join(reports, '2022-法镇.txt'), 'missing.txt']);
    expect(code).not.toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr).toContain('empty.txt：文件为空');
    expect(stderr).toContain('missing.txt：文件不存在');
  });

  test('reads GBK text as the ingest does', () => {
    writeFileSync(
      path.join(dir, 'gbk.txt'),
      iconv.encode('石桥镇2023年法治政府建设情况报告\n2023年，石桥镇开展普法宣传活动12场。', 'gbk'),
    );
    const [report] = JSON.parse(run(['gbk.txt']).stdout) as {
      unit: string;
      year: number;
      facts: unknown[];
    }[];
    expect(report).toMatchObject({ unit: '石桥镇', year: 2023 });
    expect(report?.facts).toHaveLength(1);
  });

  test('explains its usage when given no file', () => {
    const { code, stdout, stderr } = run([]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('用法');
  });
});
