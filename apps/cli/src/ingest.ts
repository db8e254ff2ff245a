import { parseArgs } from 'node:util';
import { maxFileMb, userPath, userRelative } from '@fazhi/config';
import { DEFAULT_LIMITS } from '@fazhi/ingest';
import { BatchStopped, storeOrExit } from './faults.ts';
import { expandPaths, ingestAll, summarise } from './ingest-batch.ts';

// pnpm ingest <files or folders> [--county 沈丘县] [--unit 邢庄镇] [--year 2023] [--max-mb 20] [--sample]
const USAGE =
  '用法：pnpm ingest <报告文件或文件夹…> [--county 县区] [--unit 单位] [--year 年度] [--max-mb 20] [--sample 作为示例数据]';

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      county: { type: 'string' },
      unit: { type: 'string' },
      year: { type: 'string' },
      'max-mb': { type: 'string' },
      sample: { type: 'boolean' },
    },
  });
}
try {
  parsed = parse();
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const year = values.year === undefined ? undefined : Number(values.year);
const maxMb = values['max-mb'] === undefined ? maxFileMb() : Number(values['max-mb']);
if (positionals.length === 0 || (year !== undefined && !Number.isInteger(year)) || !(maxMb > 0)) {
  console.error(USAGE);
  process.exit(2);
}

const files = expandPaths(positionals.map(userPath)).map((p) => ({ path: p, label: userRelative(p) }));
const store = await storeOrExit();
try {
  const outcomes = await ingestAll(store, files, {
    ...(values.county ? { county: values.county } : {}),
    ...(values.unit ? { unit: values.unit } : {}),
    ...(year ? { year } : {}),
    sample: values.sample === true,
    limits: { ...DEFAULT_LIMITS, maxBytes: maxMb * 1024 * 1024 },
  });
  console.log(summarise(outcomes));
  process.exitCode = outcomes.some((o) => o.status === 'rejected') ? 1 : 0;
} catch (err) {
  if (!(err instanceof BatchStopped)) throw err;
  console.log(summarise(err.outcomes));
  console.error(
    `${err.fault.message}\n导入已停止：之前的 ${err.outcomes.length} 个文件已处理完毕（结果见上），其余未导入；` +
      '重新运行同一命令即可，已保存的报告会显示为“未变”',
  );
  process.exitCode = 1;
} finally {
  await store.close();
}
