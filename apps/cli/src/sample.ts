import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import type { Store } from '@fazhi/db';
import { type IngestOutcome, ingestDocument } from '@fazhi/ingest';
import {
  prepareSampleCounty,
  recordSampleSubmissions,
  SAMPLE_COUNTY,
  sampleCounty,
  sampleFiles,
} from '@fazhi/sample';
import { progressBar } from './progress.ts';

export const SAMPLE_DIR = path.join(repoRoot, 'data', 'sample');

/**
 * Writes the synthetic 示例县 reports to data/sample (the same files on every run) and ingests them
 * through the same pipeline as real reports, marked sample.
 */
export async function ingestSampleCounty(store: Store): Promise<IngestOutcome[]> {
  const reports = sampleCounty();
  const files = await sampleFiles(reports);
  mkdirSync(SAMPLE_DIR, { recursive: true });
  for (const f of files) writeFileSync(path.join(SAMPLE_DIR, f.name), f.bytes);
  await prepareSampleCounty(store);
  const bar = progressBar('示例数据', files.length);
  const outcomes: IngestOutcome[] = [];
  for (const [i, f] of files.entries()) {
    outcomes.push(
      await ingestDocument(store, `data/sample/${f.name}`, f.bytes, { county: SAMPLE_COUNTY, sample: true }),
    );
    bar.tick(i + 1, f.name);
  }
  bar.done();
  await recordSampleSubmissions(store, reports);
  return outcomes;
}
