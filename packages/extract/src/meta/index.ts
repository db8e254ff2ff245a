import { chainLabel } from '@fazhi/gazetteer';
import { foldWidth } from '../text/view.ts';
import type { ReportMeta } from '../types.ts';
import { findSigningDate } from './dates.ts';
import { bodyName } from './departments.ts';
import type { UnitName } from './org.ts';
import { findRegion } from './region.ts';
import { unitFromBody, unitFromHeader } from './unit.ts';
import { findYear } from './year.ts';

const maskTitles = (s: string) => s.replace(/《[^》\n]{0,80}》/g, '《》');

/** 区司法局 with the county the text names → 坪山区司法局; without one there is no unit to name. */
function withCounty(found: UnitName, county: string | null): UnitName | null {
  if (!county) return null;
  const unit = found.unitType === 'county' ? county : `${county}${bodyName(county, found.unit)}`;
  return { ...found, unit, countyless: false };
}

/** Who issued the report, for which year, where, and when it was signed. */
export function readMeta(text: string, clean: string): ReportMeta {
  // only the head and the tail carry title, addressee, fields and signature: fold just those
  const raw = text.split(/\r?\n/);
  const lines = raw.map((l, i) => (i < 40 || i >= raw.length - 10 ? foldWidth(l) : l));
  const found = unitFromHeader(lines, clean) ?? unitFromBody(clean);
  const region = findRegion(clean, lines, found);
  const unit = found?.countyless ? withCounty(found, region.county) : found;
  const signedOn = findSigningDate(lines);
  return {
    unit: unit?.unit ?? null,
    unitType: unit?.unitType ?? null,
    county: region.county,
    city: region.city,
    province: region.province,
    year: findYear(clean, lines, maskTitles),
    signedOn,
    reportDate: signedOn,
    divisionCode: region.division?.code ?? null,
    candidates: region.candidates.map((d) => ({ code: d.code, label: chainLabel(d) })),
  };
}
