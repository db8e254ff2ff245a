import {
  type Db,
  regionById,
  type Store,
  settleDivisionCode,
  type Unit,
  unitsWithoutDivision,
  writeTx,
} from '@fazhi/db';
import { type UnitPlace, unitDivision } from './division.ts';

export interface BackfillSummary {
  /** units that had no division code and got one */
  filled: number;
  /** units still without one: the gazetteer does not settle their name in their county */
  left: number;
}

/** A stored unit's county, city and province, as the regions table holds them. */
async function placeOf(db: Db, unit: Unit): Promise<UnitPlace> {
  const county = await regionById(db, unit.countyId);
  const parent = await regionById(db, county?.parentId ?? null);
  const city = parent?.level === 'city' ? parent : undefined;
  const province = parent?.level === 'province' ? parent : await regionById(db, city?.parentId ?? null);
  return { county: county?.name ?? null, city: city?.name ?? null, province: province?.name ?? null };
}

/**
 * Fills the division code of real units stored before codes were kept (or whose reports did not
 * settle one) where the gazetteer settles the name in the unit's county: the same rule as an ingest,
 * without the text. Namesakes stay without a code; nothing is guessed or overwritten. One transaction,
 * and none at all when there is nothing to fill.
 */
export async function fillDivisionCodes(store: Store): Promise<BackfillSummary> {
  const open = await unitsWithoutDivision(store.db);
  if (open.length === 0) return { filled: 0, left: 0 };
  const codes: { id: number; code: string }[] = [];
  for (const u of open) {
    const code = unitDivision(u, await placeOf(store.db, u)).code;
    if (code) codes.push({ id: u.id, code });
  }
  let filled = 0;
  if (codes.length > 0) {
    await writeTx(store.db, async (tx) => {
      for (const c of codes) if (await settleDivisionCode(tx, c.id, c.code)) filled++;
    });
  }
  return { filled, left: open.length - filled };
}
