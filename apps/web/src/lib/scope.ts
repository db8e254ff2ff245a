import { useQuery } from '@tanstack/react-query';
import { defaultScope, type Remembered } from './defaultScope.ts';
import { regionsQuery, yearsQuery } from './queries.ts';
import { useLocation } from './router.tsx';

export interface Scope {
  /** the county in the URL, else the one chosen last, else the one with the most reports */
  county: string | null;
  counties: string[];
  /** the year in the URL, else the one chosen last for this county, else its newest (nearly) complete year */
  year: number | null;
  years: number[];
  loading: boolean;
  error: unknown;
  /** the URL names a county the data does not have */
  unknownCounty: boolean;
}

const REMEMBERED = 'fazhi.scope';

/** The county and year chosen last in this browser (null when none, or when storage is unavailable). */
export function rememberedScope(): Remembered | null {
  try {
    const r = JSON.parse(window.localStorage.getItem(REMEMBERED) ?? 'null') as Partial<Remembered> | null;
    return typeof r?.county === 'string'
      ? { county: r.county, year: typeof r.year === 'number' ? r.year : null }
      : null;
  } catch {
    return null;
  }
}

export function rememberScope(scope: Remembered) {
  try {
    window.localStorage.setItem(REMEMBERED, JSON.stringify(scope));
  } catch {
    // private windows may refuse storage; the URL still carries the choice
  }
}

/** County and year of the current view, from the URL with defaults from the data and the last choice. */
export function useScope(): Scope {
  const { params } = useLocation();
  const regions = useQuery(regionsQuery());
  const countyRegions = (regions.data?.regions ?? []).filter((r) => r.level === 'county');
  const fallback = defaultScope(countyRegions, rememberedScope(), params.get('county'));
  const county = fallback.county;
  const years = useQuery({ ...yearsQuery(county ?? ''), enabled: county !== null });
  const list = years.data?.years ?? [];
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 1900 ? asked : (fallback.year ?? list.at(-1) ?? null);
  return {
    county,
    counties: countyRegions.map((r) => r.name),
    year,
    years: list,
    loading: regions.isPending || (county !== null && years.isPending),
    error: regions.error ?? years.error,
    unknownCounty: regions.isSuccess && county !== null && !countyRegions.some((r) => r.name === county),
  };
}
