import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleReport } from '@fazhi/sample';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2014, 2015, 2016, 2017, 2018];

/** Generated town reports, each a distinct unit-year (28 towns × 10 years at most), the engine reads back. */
export function distinctReports(n: number) {
  return Array.from({ length: Math.ceil(n / YEARS.length) }, (_, i) => ({
    name: `${'东西南北中上下'[i % 7]}${'岭河山坡'[Math.floor(i / 7)]}镇`,
    seed: i,
  }))
    .flatMap((u) => YEARS.map((y) => sampleReport({ name: u.name, type: 'town', scale: 1 }, y, u.seed)))
    .slice(0, n)
    .map((r) => ({ ...r, bytes: Buffer.from(r.text) }));
}

export function writeReports(folder: string, reports: { file: string; bytes: Buffer }[]) {
  for (const r of reports) writeFileSync(path.join(folder, r.file), r.bytes);
}
