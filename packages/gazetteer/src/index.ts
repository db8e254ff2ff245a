export {
  chainLabel,
  chainOf,
  divisionByCode,
  findByStem,
  findDivisions,
  isDivision,
  isWithin,
  loadGazetteer,
  regionOf,
  resolve,
  resolveCounty,
  resolveTown,
} from './gazetteer.ts';
export { nameForms, provinceShortName, townKind } from './names.ts';
export { findMentions, findPrefix } from './scan.ts';
export type {
  Division,
  DivisionLevel,
  Mention,
  PlaceContext,
  Region,
  Resolution,
  TownKind,
} from './types.ts';
