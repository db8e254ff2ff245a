import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { listRegions, type Store } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import { buildApp } from '../app.ts';
import type { TestApp } from './app.ts';
import { disposeTestStore, newTestStore } from './engine.ts';

/** Two counties of one city (河南 周口市) and one of another province, as a city-wide installation has them. */
export const COUNTY_A = '沈丘县';
export const COUNTY_B = '郸城县';
export const OUTSIDE = '南郑区';

const seed = (name: string) => readFileSync(path.join(repoRoot, 'data', 'reports', name), 'utf8');
/** county B's reports: the seed's 沈丘县 reports moved to 郸城县, so every route has figures on both sides */
const toB = (text: string) => text.replaceAll('沈丘县', COUNTY_B).replaceAll('邢庄镇', '汲冢镇');

export interface RegionIds {
  province: number;
  city: number;
  a: number;
  b: number;
}

/** 沈丘县 (邢庄镇 and the county government office, 2023), 郸城县 (汲冢镇 and its office) and 南郑区 (法镇, 2022). */
export async function ingestTwoCounties(store: Store): Promise<void> {
  const files: [string, string, string][] = [
    ['2023-邢庄镇.txt', seed('2023-邢庄镇.txt'), COUNTY_A],
    ['2023-沈丘县人民政府办公室.txt', seed('2023-沈丘县人民政府办公室.txt'), COUNTY_A],
    ['2023-汲冢镇.txt', toB(seed('2023-邢庄镇.txt')), COUNTY_B],
    ['2023-郸城县人民政府办公室.txt', toB(seed('2023-沈丘县人民政府办公室.txt')), COUNTY_B],
    ['2022-法镇.txt', seed('2022-法镇.txt'), OUTSIDE],
  ];
  for (const [name, text, county] of files) {
    const o = await ingestDocument(store, name, new TextEncoder().encode(text), { county });
    if (o.status === 'rejected') throw new Error(o.message);
  }
}

/** The ids of the province, the city and the two counties (the city must hold both). */
export async function regionIds(store: Store): Promise<RegionIds> {
  const regions = await listRegions(store.db);
  const byName = (name: string) => {
    const r = regions.find((x) => x.name === name);
    if (!r) throw new Error(`no region ${name}: ${JSON.stringify(regions)}`);
    return r;
  };
  const [a, b, city] = [byName(COUNTY_A), byName(COUNTY_B), byName('周口市')];
  if (a.parentId !== city.id || b.parentId !== city.id)
    throw new Error(`not one city: ${JSON.stringify(regions)}`);
  return { province: city.parentId ?? -1, city: city.id, a: a.id, b: b.id };
}

/**
 * The three counties above in a SQLite file (`dir`'s app.db: a new folder, or one a test prepared), ingested
 * by the real code, and the app over it, with PDF printing unavailable (no built dashboard) so the PDF route
 * answers at once.
 */
export async function twoCountyApp(
  opts: { openReading?: boolean; dir?: string } = {},
): Promise<TestApp & { regions: RegionIds }> {
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'regions-'));
  const store = await newTestStore(dir);
  await ingestTwoCounties(store);
  const app = await buildApp({
    store,
    minBase: 1,
    maxFileBytes: 1 << 20,
    webDist: path.join(dir, 'no-dashboard'),
    openReading: opts.openReading ?? false,
    sessionHours: 12,
  });
  return {
    app,
    store,
    regions: await regionIds(store),
    dispose: async () => {
      await app.close();
      await disposeTestStore(store);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
