import {
  addUnitAlias,
  createUnit,
  ensureCounty,
  findUnit,
  IMMEDIATE,
  type Store,
  submissions,
} from '@fazhi/db';
import type { SampleReport } from './generate.ts';
import { SAMPLE_COUNTY, sampleUnits } from './units.ts';

/**
 * Registers the sample county's units before its reports come in, with the old name of the renamed
 * unit as an alias, so that 城关镇 (to 2021) and 城关街道 (from 2022) are one unit. All marked sample.
 */
export function prepareSampleCounty(store: Store): void {
  store.db.transaction((tx) => {
    const county = ensureCounty(tx, { county: SAMPLE_COUNTY });
    for (const u of sampleUnits()) {
      if (findUnit(tx, county.id, u.name, true)) continue;
      const unit = createUnit(tx, { name: u.name, type: u.type, countyId: county.id, sample: true });
      if (u.formerName) addUnitAlias(tx, unit.id, u.formerName);
    }
  }, IMMEDIATE);
}

/**
 * Records when each sample report was handed in and where it was published, as an office would have: some
 * late, some never published. Generated data like the reports themselves, so not an audited person's change.
 */
export function recordSampleSubmissions(store: Store, reports: readonly SampleReport[]): void {
  store.db.transaction((tx) => {
    const county = ensureCounty(tx, { county: SAMPLE_COUNTY });
    for (const r of reports) {
      const unit = findUnit(tx, county.id, r.unit, true);
      if (!unit) continue;
      const row = {
        receivedOn: r.receivedOn,
        publishedUrl: r.published?.url ?? null,
        publishedCheckedOn: r.published?.checkedOn ?? null,
      };
      tx.insert(submissions)
        .values({ unitId: unit.id, year: r.year, ...row })
        .onConflictDoUpdate({ target: [submissions.unitId, submissions.year], set: row })
        .run();
    }
  }, IMMEDIATE);
}
