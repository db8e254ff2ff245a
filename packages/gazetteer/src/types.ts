export type DivisionLevel = 'province' | 'city' | 'county' | 'town';

/** What a 乡级 division is: 镇, 乡 (苏木 and 民族乡 too), 街道, or another kind (开发区, 农场, 管委会…). */
export type TownKind = 'town' | 'township' | 'subdistrict' | 'other';

export interface Division {
  /** National Bureau of Statistics code, 2023: 2 digits province, 4 city, 6 county, 9 town (乡级) */
  readonly code: string;
  /** the official name: 石柱土家族自治县, 铁石苗族彝族乡, 漓东街道 (办事处 dropped) */
  readonly name: string;
  readonly level: DivisionLevel;
  /**
   * The division above. A municipality's districts hang from the municipality itself (its 市辖区/县
   * groupings are not divisions), a 省直辖县级 unit from its province, and the towns of a city without
   * counties (东莞市) from the city.
   */
  readonly parent: Division | null;
  /** for towns only; null above */
  readonly kind: TownKind | null;
  /**
   * A functional zone the statistics list as a county (高新技术产业开发区, 管理区: codes ending 7x), not an
   * administrative county: its towns belong to a real county the zone does not name.
   */
  readonly zone: boolean;
}

/** The place a division sits in, from the province down to itself. */
export interface Region {
  province: Division | null;
  city: Division | null;
  county: Division | null;
  town: Division | null;
}

/** Names of the divisions around the one to resolve, as the text writes them (石柱县, 湛江, 广东省) or codes. */
export interface PlaceContext {
  county?: string | null;
  city?: string | null;
  province?: string | null;
}

/** A resolved name: `division` when exactly one fits, otherwise the candidates for a person to choose from. */
export interface Resolution {
  division: Division | null;
  /** every division of that name consistent with the context, by code */
  candidates: Division[];
}

/** A division name found in a text: [start, end) in JavaScript string indices. */
export interface Mention {
  start: number;
  end: number;
  /** the name as written (a short form such as 石柱县 or 龙归街 included) */
  name: string;
  divisions: Division[];
}
