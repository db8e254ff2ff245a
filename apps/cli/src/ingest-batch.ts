import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ingestTimeoutS } from '@fazhi/config';
import { type Store, storageFault } from '@fazhi/db';
import { type IngestOptions, type IngestOutcome, ingestFile, ReadPool } from '@fazhi/ingest';
import { BatchStopped } from './faults.ts';
import { progressBar } from './progress.ts';

const REPORT_FILE = /\.(txt|md|docx|pdf)$/i;

/** Files named on the command line; folders stand for the report files in them (recursively). */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // a missing path is reported by the ingest as 文件不存在
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (REPORT_FILE.test(name)) out.push(full);
      }
    };
    walk(p);
  }
  return out;
}

/**
 * Ingests the files one by one, each read in a worker thread (INGEST_TIMEOUT_S), so a file over the time
 * or memory limit is refused and the rest go on. A busy, full or read-only database stops the batch
 * (BatchStopped, with the outcomes so far): the file at hand was rolled back, the ones before it are stored.
 */
export async function ingestAll(
  store: Store,
  files: { path: string; label: string }[],
  opts: IngestOptions,
): Promise<IngestOutcome[]> {
  const bar = progressBar('导入', files.length);
  const pool = new ReadPool({ workers: 1, timeoutS: ingestTimeoutS() });
  const outcomes: IngestOutcome[] = [];
  try {
    for (const [i, f] of files.entries()) {
      outcomes.push(await ingestFile(store, f.path, opts, f.label, pool));
      bar.tick(i + 1, f.label);
    }
  } catch (err) {
    const fault = storageFault(err, store.file);
    if (fault) throw new BatchStopped(outcomes, fault);
    throw err;
  } finally {
    bar.done();
    await pool.close();
  }
  return outcomes;
}

/** 导入 3 · 未变 1 · 替换 0 · 拒绝 1, then one line per rejected file with its reason. */
export function summarise(outcomes: IngestOutcome[]): string {
  const n = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const lines = [
    `导入 ${n('ingested')} · 未变 ${n('unchanged')} · 替换 ${n('replaced')} · 拒绝 ${n('rejected')}`,
  ];
  for (const o of outcomes) {
    if (o.status === 'rejected') lines.push(`  ✗ ${o.message}`);
    else if (o.status === 'replaced')
      lines.push(`  ↻ ${o.file}：替换了 ${o.unit}${o.year}年的旧版本，人工审核过的数字已保留`);
  }
  const unknownCounty = outcomes.filter((o) => o.status !== 'rejected' && o.county === null);
  if (unknownCounty.length > 0) {
    lines.push(`  ? ${unknownCounty.length} 份报告未能确定所属县区，已存为“县区待指定”，请人工指定`);
  }
  return lines.join('\n');
}
