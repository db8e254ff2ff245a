import {
  type Db,
  IMMEDIATE,
  regionById,
  type Store,
  settleDivisionCode,
  type Unit,
  unitsWithoutDivision,
} from '@fazhi/db';
import { type UnitPlace, unitDivision } from './division.ts';

export interface BackfillSummary {
  /** units that had no division code and got one */
  filled: number;
  /** units still without one: the gazetteer does not settle their name in their county */
  left: number;
}

/** A stored unit's county, city and province, as the regions table holds them. */
function placeOf(db: Db, unit: Unit): UnitPlace {
  const county = regionById(db, unit.countyId);
  const parent = regionById(db, county?.parentId ?? null);
  const city = parent?.level === 'city' ? parent : undefined;
  const province = parent?.level === 'province' ? parent : regionById(db, city?.parentId ?? null);
  return { county: county?.name ?? null, city: city?.name ?? null, province: province?.name ?? null };
}

/**
 * Fills the division code of real units stored before codes were kept (or whose reports did not
 * settle one) where the gazetteer settles the name in the unit's county: the same rule as an ingest,
 * without the text. Namesakes stay without a code; nothing is guessed or overwritten. One transaction,
 * and none at all when there is nothing to fill.
 */
export function fillDivisionCodes(store: Store): BackfillSummary {
  const open = unitsWithoutDivision(store.db);
  if (open.length === 0) return { filled: 0, left: 0 };
  const codes = open.flatMap((u) => {
    const code = unitDivision(u, placeOf(store.db, u)).code;
    return code ? [{ id: u.id, code }] : [];
  });
  let filled = 0;
  if (codes.length > 0) {
    store.db.transaction((tx) => {
      for (const c of codes) if (settleDivisionCode(tx, c.id, c.code)) filled++;
    }, IMMEDIATE);
  }
  return { filled, left: open.length - filled };
}
