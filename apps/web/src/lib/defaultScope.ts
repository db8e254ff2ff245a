/** A county with its reports in force by year, as the regions list gives it. */
export interface CountyReports {
  name: string;
  reports: readonly { year: number; count: number }[];
}

/** The county and year chosen last, kept in the browser. */
export interface Remembered {
  county: string;
  year: number | null;
}

const total = (c: CountyReports) => c.reports.reduce((a, r) => a + r.count, 0);

/**
 * A county's year to open on: the newest year holding at least half as many reports as its fullest year, so a
 * year whose reports are only starting to come in (March) does not hide the last complete one.
 */
export function defaultYear(county: CountyReports | undefined): number | null {
  if (!county || county.reports.length === 0) return null;
  const most = Math.max(...county.reports.map((r) => r.count));
  const full = county.reports.filter((r) => r.count * 2 >= most);
  return Math.max(...full.map((r) => r.year));
}

/**
 * What a view opens on when the URL names no county: the county chosen last if it still exists, else the
 * county with the most reports (the first by name on a tie); its year: the remembered one if that county
 * still has it, else `defaultYear`. A county the URL names comes first.
 */
export function defaultScope(
  counties: readonly CountyReports[],
  remembered: Remembered | null,
  askedCounty: string | null = null,
): { county: string | null; year: number | null } {
  const byName = (name: string | null) => counties.find((c) => c.name === name);
  // a county the URL names but the data lacks stays named, so the view can say so
  if (askedCounty !== null && !byName(askedCounty)) return { county: askedCounty, year: null };
  const fullest = [...counties].sort((a, b) => total(b) - total(a))[0];
  const county = byName(askedCounty) ?? byName(remembered?.county ?? null) ?? fullest;
  if (!county) return { county: askedCounty, year: null };
  const years = county.reports.map((r) => r.year);
  const keep =
    remembered?.county === county.name && remembered.year !== null && years.includes(remembered.year);
  return { county: county.name, year: keep ? remembered.year : defaultYear(county) };
}
