import { fillDivisionCodes } from '@fazhi/ingest';
import { orExitAsync, storeOrExit } from './faults.ts';
import { divisionLine } from './ingest-batch.ts';

// pnpm divisions: fills the division code of stored units the gazetteer settles in their county
// (`pnpm start` does the same at every start; this is for a database served elsewhere or read-only then).
if (process.argv.slice(2).some((a) => a !== '--')) {
  console.error('用法：pnpm divisions（为尚无行政区划代码的单位补上代码）');
  process.exit(2);
}
const store = await storeOrExit();
const file = store.file;
try {
  const s = await orExitAsync(file, () => fillDivisionCodes(store));
  console.log(divisionLine(s));
} finally {
  await store.close();
}
