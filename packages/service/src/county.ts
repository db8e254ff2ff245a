import { type IndicatorKey, isIndicatorKey } from '@fazhi/catalog';
import { countyByName, type Db, dataVersion, type Region, regionById } from '@fazhi/db';
import { ServiceError } from './errors.ts';

// names resolved per connection and data version: every read route asks, most ask for the same county
const known = new WeakMap<object, { version: number; byRef: Map<string, Region> }>();

/** A county by its name (or its id, for the rare name two counties share). */
export function resolveCounty(db: Db, ref: string): Region {
  const session = (db as unknown as { session: object }).session;
  const version = dataVersion(db);
  let memo = known.get(session);
  if (!memo || memo.version !== version) {
    memo = { version, byRef: new Map() };
    known.set(session, memo);
  }
  const hit = memo.byRef.get(ref);
  if (hit) return hit;
  const found = lookupCounty(db, ref);
  memo.byRef.set(ref, found);
  return found;
}

function lookupCounty(db: Db, ref: string): Region {
  if (/^\d+$/.test(ref)) {
    const byId = regionById(db, Number(ref));
    if (byId?.level === 'county') return byId;
    throw new ServiceError('unknown_county', `没有编号为 ${ref} 的县区`);
  }
  const found = countyByName(db, ref);
  if (found.length === 0) throw new ServiceError('unknown_county', `没有名为“${ref}”的县区`);
  if (found.length > 1) {
    const ids = found.map((c) => c.id).join('、');
    throw new ServiceError('ambiguous_county', `有 ${found.length} 个县区名为“${ref}”，请改用编号（${ids}）`);
  }
  return found[0] as Region;
}

/** An indicator key the catalog knows; 404 otherwise. */
export function resolveIndicator(key: string): IndicatorKey {
  if (!isIndicatorKey(key))
    throw new ServiceError('unknown_indicator', `没有指标“${key}”，可用的指标见 /api/indicators`);
  return key;
}
