import { rmSync } from 'node:fs';
import { dbPath } from '@fazhi/config';
import { openStore } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import { type SampleUnit, sampleReport } from '@fazhi/sample';

// Reports per second through the whole ingest (decode, extract, one transaction per report) for 2,000
// generated reports into a fresh SQLite file beside DB_PATH (removed afterwards).
const FIRST = '东西南北中前后上下新老大小长高丰安永太和平兴隆福寿康宁昌盛富强青白红黄金银石水山河湖林田园';
const SECOND = '岭河山坡园川湾桥关庄';
const units: SampleUnit[] = [...FIRST].flatMap((a, i) =>
  [...SECOND].map((b, j) => ({ name: `${a}${b}镇`, type: 'town' as const, scale: 0.5 + ((i + j) % 10) / 5 })),
);
const YEARS = [2020, 2021, 2022, 2023, 2024];
const reports = units.slice(0, 400).flatMap((u) => YEARS.map((y) => sampleReport(u, y, 7)));
const encoder = new TextEncoder();
const files = reports.map((r) => ({ name: r.file, bytes: encoder.encode(r.text) }));
const megabytes = files.reduce((s, f) => s + f.bytes.length, 0) / 1e6;

const file = `${dbPath()}.bench-${process.pid}.db`;
const cleanup = () =>
  rmSync(file, { force: true }) ??
  rmSync(`${file}-wal`, { force: true }) ??
  rmSync(`${file}-shm`, { force: true });
const store = openStore(file);
try {
  const t0 = performance.now();
  let ingested = 0;
  for (const f of files) {
    const o = await ingestDocument(store, f.name, f.bytes, { county: '基准县' });
    if (o.status === 'ingested') ingested++;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `bench:ingest ${(files.length / seconds).toFixed(0)} reports/s — ${files.length} generated reports ` +
      `(${megabytes.toFixed(1)} MB, ${ingested} ingested) into a fresh SQLite file in ${seconds.toFixed(2)} s`,
  );
} finally {
  await store.close();
  cleanup();
}
