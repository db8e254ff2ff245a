import { addUnitAlias, createUnit, ensureCounty, findUnit, IMMEDIATE, type Store } from '@fazhi/db';
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
