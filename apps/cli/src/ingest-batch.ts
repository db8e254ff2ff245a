import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSIONS } from '@fazhi/catalog';
import { ingestTimeoutS } from '@fazhi/config';
import { type Store, storageFault } from '@fazhi/db';
import {
  type BackfillSummary,
  type IngestOptions,
  type IngestOutcome,
  ingestFile,
  ReadPool,
} from '@fazhi/ingest';
import { BatchStopped } from './faults.ts';

// the extensions a picker offers; aliases (.text, .markdown) are read when named, not collected from folders
const isReportFile = (name: string) => EXTENSIONS.includes(path.extname(name).toLowerCase());

import { progressBar } from './progress.ts';

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
        else if (isReportFile(name)) out.push(full);
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

/** 请用 --county 指定…, with the county of the first namesake as the example (省·市·县·镇 → 县). */
function countyHint(candidates: { label: string }[] = []): string {
  const county = candidates[0]?.label.split('·').at(-2);
  return `请用 --county 指定所属县（区）后重新导入${county ? `，如 --county ${county}` : ''}`;
}

/** 行政区划代码：补上 3 个单位，1 个单位仍无代码… */
export function divisionLine(s: BackfillSummary): string {
  return (
    `行政区划代码：补上 ${s.filled} 个单位` +
    (s.left > 0 ? `，${s.left} 个单位仍无代码（区划数据中查不到，或县区内有同名，未猜测）` : '')
  );
}

/** 导入 3 · 未变 1 · 替换 0 · 拒绝 1, then one line per rejected file with its reason. */
export function summarise(outcomes: IngestOutcome[]): string {
  const n = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const lines = [
    `导入 ${n('ingested')} · 未变 ${n('unchanged')} · 替换 ${n('replaced')} · 拒绝 ${n('rejected')}`,
  ];
  for (const o of outcomes) {
    if (o.status === 'rejected') lines.push(`  ✗ ${o.message}`);
    if (o.status === 'rejected' && o.code === 'ambiguous_unit') lines.push(`    ${countyHint(o.candidates)}`);
    else if (o.status === 'replaced')
      lines.push(`  ↻ ${o.file}：替换了 ${o.unit}${o.year}年的旧版本，人工审核过的数字已保留`);
  }
  const unknownCounty = outcomes.filter((o) => o.status !== 'rejected' && o.county === null);
  if (unknownCounty.length > 0) {
    lines.push(`  ? ${unknownCounty.length} 份报告未能确定所属县区，已存为“县区待指定”，请人工指定`);
  }
  return lines.join('\n');
}
