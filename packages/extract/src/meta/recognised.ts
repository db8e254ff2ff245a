import { findDivisions } from '@fazhi/gazetteer';
import type { UnitType } from '../types.ts';
import { BODY } from './departments.ts';
import { formerNames, leadingDivision } from './divisions.ts';

/**
 * Whether a unit name is a real division of the 2023 codes (a town, street or township; a county) or
 * a recognised body of a real county (沈丘县人民政府办公室, 岳阳县生态环境分局). A name a report declares
 * itself can be neither: a division made after the codes, or an example county.
 */
export function isRecognisedUnit(unit: string, unitType: UnitType): boolean {
  if (unitType === 'county') return findDivisions(unit, 'county').length > 0;
  if (unitType === 'county_dept') {
    const county = leadingDivision(unit, 'county');
    const body = county ? unit.slice(county.written.length) : '';
    return body.length >= 2 && BODY.test(body);
  }
  // the engine writes a street the codes call 吴家山街 as 吴家山街道, and a town by its level of now
  return [unit, unit.replace(/街道$/, '街'), ...formerNames(unit)].some((name) =>
    findDivisions(name, 'town').some((d) => d.kind !== 'other'),
  );
}
