import path from 'node:path';
import { databaseUrl, dbPath, repoRoot, userRelative } from '@fazhi/config';
import { openStoreForServing, type Store, storeSummary, unitsWithoutCounty } from '@fazhi/db';
import { fillDivisionCodes } from '@fazhi/ingest';
import { BatchStopped, failureLine, orExit, storeOrExit } from './faults.ts';
import { divisionLine, expandPaths, ingestAll, summarise } from './ingest-batch.ts';
import { ingestSampleCounty } from './sample.ts';
import { realValuesTable, summaryTable } from './stored-table.ts';

/** Ingests data/reports and the sample county, and fills units' division codes; a full, busy or read-only database skips it, saying why. */
async function ingestBundled(store: Store) {
  try {
    const reportsDir = path.join(repoRoot, 'data', 'reports');
    const real = await ingestAll(
      store,
      expandPaths([reportsDir]).map((p) => ({ path: p, label: path.relative(repoRoot, p) })),
      {},
    );
    console.log(`data/reports：${summarise(real)}`);
    console.log(`示例县（示例数据）：${summarise(await ingestSampleCounty(store))}`);
    // units stored before codes were kept get theirs here; those the gazetteer cannot settle stay without
    console.log(`${divisionLine(await fillDivisionCodes(store))}\n`);
  } catch (err) {
    const line = err instanceof BatchStopped ? err.message : failureLine(err, store.file);
    if (line === null) throw err;
    console.log(`${line}\n未能导入 data/reports 与示例县，照常启动服务\n`);
  }
}

// The seeding step of `pnpm start`: migrate the database, ingest data/reports and the sample county, show
// what is stored, then exit; `pnpm start` then runs the API's own server entry (apps/api/src/server.ts).
// A database that cannot be written is only summarised (the server serves it read-only).
const url = databaseUrl();
const file = dbPath();
const store = url === null ? orExit(file, () => openStoreForServing(file)) : await storeOrExit();
try {
  console.log(`法治指标看板 · 数据库 ${url === null ? userRelative(file) : store.file}\n`);
  if (store.readOnly) console.log(`数据库只读：${store.readOnly}。跳过导入，以只读方式提供看板\n`);
  else await ingestBundled(store);

  const s = await storeSummary(store.db);
  const facts = Object.entries(s.facts)
    .map(([status, n]) => `${status} ${n}`)
    .join(' / ');
  console.log(
    `已存储：${s.counties} 个县区 · ${s.units} 个单位（${s.unitsWithoutCounty} 个待指定县区）· ` +
      `报告 真实 ${s.reports.real} 份、示例 ${s.reports.sample} 份、旧版本 ${s.reports.superseded} 份 · 事实 ${facts}\n`,
  );
  console.log(`${summaryTable(s)}\n`);
  const pending = await unitsWithoutCounty(store.db);
  if (pending.length > 0) console.log(`待指定县区的单位：${pending.map((u) => u.name).join('、')}\n`);
  console.log(`真实报告的单位年度值（未提及≠0）\n\n${await realValuesTable(store.db)}\n`);
} finally {
  await store.close();
}
