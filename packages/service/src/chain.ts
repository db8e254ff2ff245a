import type { Unit } from '@fazhi/db';
import { chainLabel, chainOf, divisionByCode } from '@fazhi/gazetteer';

/** Where a unit sits: its division's code, the divisions from the province down, and the chain in words. */
export interface UnitChain {
  code: string;
  divisions: { code: string; name: string }[];
  label: string;
}

/**
 * A unit's place 省·市·县·乡镇 from its stored division code; null without a code (or with one the
 * gazetteer does not hold), so no chain is ever made up. A department's code is its county's: the chain
 * is the county's, then the department itself, apart (浙江省·杭州市·上城区 · 上城区市场监督管理局).
 */
export function unitChain(unit: Pick<Unit, 'name' | 'type' | 'divisionCode'>): UnitChain | null {
  const division = unit.divisionCode ? divisionByCode(unit.divisionCode) : null;
  if (!division) return null;
  const label = chainLabel(division);
  return {
    code: division.code,
    divisions: chainOf(division).map((d) => ({ code: d.code, name: d.name })),
    label: unit.type === 'county_dept' ? `${label} · ${unit.name}` : label,
  };
}
