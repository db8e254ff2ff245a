import {
  addUnitAlias,
  createUnit,
  ensureCounty,
  findUnit,
  type Store,
  submissions,
  writeTx,
} from '@fazhi/db';
import type { SampleReport } from './generate.ts';
import { SAMPLE_COUNTY, sampleUnits } from './units.ts';

/**
 * Registers the sample county's units before its reports come in, with the old name of the renamed
 * unit as an alias, so that 城关镇 (to 2021) and 城关街道 (from 2022) are one unit. All marked sample.
 */
export async function prepareSampleCounty(store: Store): Promise<void> {
  await writeTx(store.db, async (tx) => {
    const county = await ensureCounty(tx, { county: SAMPLE_COUNTY });
    for (const u of sampleUnits()) {
      if (await findUnit(tx, county.id, u.name, true)) continue;
      const unit = await createUnit(tx, { name: u.name, type: u.type, countyId: county.id, sample: true });
      if (u.formerName) await addUnitAlias(tx, unit.id, u.formerName);
    }
  });
}

/**
 * Records when each sample report was handed in and where it was published, as an office would have: some
 * late, some never published. Generated data like the reports themselves, so not an audited person's change.
 */
export async function recordSampleSubmissions(store: Store, reports: readonly SampleReport[]): Promise<void> {
  await writeTx(store.db, async (tx) => {
    const county = await ensureCounty(tx, { county: SAMPLE_COUNTY });
    for (const r of reports) {
      const unit = await findUnit(tx, county.id, r.unit, true);
      if (!unit) continue;
      const row = {
        receivedOn: r.receivedOn,
        publishedUrl: r.published?.url ?? null,
        publishedCheckedOn: r.published?.checkedOn ?? null,
      };
      await tx
        .insert(submissions)
        .values({ unitId: unit.id, year: r.year, ...row })
        .onConflictDoUpdate({ target: [submissions.unitId, submissions.year], set: row });
    }
  });
}
