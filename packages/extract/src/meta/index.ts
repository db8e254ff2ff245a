import { foldWidth } from '../text/view.ts';
import type { ReportMeta } from '../types.ts';
import { findReportDate, findYear } from './dates.ts';
import { findRegion } from './region.ts';
import { unitFromBody, unitFromHeader } from './unit.ts';

const maskTitles = (s: string) => s.replace(/《[^》\n]{0,80}》/g, '《》');

/** Who issued the report, for which year, where, and when it was signed. */
export function readMeta(text: string, clean: string): ReportMeta {
  const lines = foldWidth(text).split(/\r?\n/);
  const unit = unitFromHeader(lines) ?? unitFromBody(clean);
  const region = findRegion(clean, lines, unit);
  return {
    unit: unit?.unit ?? null,
    unitType: unit?.unitType ?? null,
    county: region.county,
    city: region.city,
    province: region.province,
    year: findYear(clean, lines, maskTitles),
    reportDate: findReportDate(lines),
  };
}
