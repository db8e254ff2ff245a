import { type IndicatorKey, isIndicatorKey } from '@fazhi/catalog';
import type { Db, Region } from '@fazhi/db';
import { ServiceError } from './errors.ts';
import { readModel } from './read-model.ts';

/** A county by its name (or its id, for the rare name two counties share), resolved once per data version. */
export async function resolveCounty(db: Db, ref: string): Promise<Region> {
  return (await readModel(db)).county(ref);
}

/** An indicator key the catalog knows; 404 otherwise. */
export function resolveIndicator(key: string): IndicatorKey {
  if (!isIndicatorKey(key))
    throw new ServiceError('unknown_indicator', `没有指标“${key}”，可用的指标见 /api/indicators`);
  return key;
}
