import { EXTRACTOR_VERSION } from '@fazhi/extract';
import { reextractAll } from '@fazhi/ingest';
import { failureLine, storeOrExit } from './faults.ts';
import { progressBar } from './progress.ts';

// pnpm reextract: the current engine over every stored report; facts people decided on are kept.
const store = await storeOrExit();
const file = store.file;
try {
  let bar: ReturnType<typeof progressBar> | null = null;
  const summary = await reextractAll(store, (done, total) => {
    bar ??= progressBar('重新提取', total);
    bar.tick(done);
  });
  (bar as ReturnType<typeof progressBar> | null)?.done();
  console.log(
    `已用提取引擎 ${EXTRACTOR_VERSION} 重新提取 ${summary.reports} 份报告，得到 ${summary.facts} 条自动事实；人工审核过的事实均已保留`,
  );
} catch (err) {
  // one report per transaction: those done are kept, the rest keep their earlier extraction
  const line = failureLine(err, file);
  if (line === null) throw err;
  console.error(`${line}\n重新提取已停止：已处理的报告已保存，重新运行即可继续`);
  process.exitCode = 1;
} finally {
  await store.close();
}
