import { useQuery } from '@tanstack/react-query';
import { regionsQuery, yearsQuery } from './queries.ts';
import { useLocation } from './router.tsx';

export interface Scope {
  /** the county in the URL, or the first county stored */
  county: string | null;
  counties: string[];
  /** the year in the URL, or the newest year with a report */
  year: number | null;
  years: number[];
  loading: boolean;
  error: unknown;
  /** the URL names a county the data does not have */
  unknownCounty: boolean;
}

/** County and year of the current view, from the URL with defaults from the data. */
export function useScope(): Scope {
  const { params } = useLocation();
  const regions = useQuery(regionsQuery());
  const counties = (regions.data?.regions ?? []).filter((r) => r.level === 'county').map((r) => r.name);
  const county = params.get('county') ?? counties[0] ?? null;
  const years = useQuery({ ...yearsQuery(county ?? ''), enabled: county !== null });
  const list = years.data?.years ?? [];
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 1900 ? asked : (list.at(-1) ?? null);
  return {
    county,
    counties,
    year,
    years: list,
    loading: regions.isPending || (county !== null && years.isPending),
    error: regions.error ?? years.error,
    unknownCounty: regions.isSuccess && county !== null && !counties.includes(county),
  };
}
