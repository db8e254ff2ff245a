import type { UnitType } from '../types.ts';
import { type UnitName, unitFromOrg } from './org.ts';
import { countylessBody } from './self-dept.ts';

const OPENING =
  /(?:^|\n|。|[:：]|(?<=[a-z]))\s*(?:20\d\d\s*年\s*(?:度)?(?:以来)?|今年以来|本年度|一年来)\s*[,，]?\s*(?:在[^。\n]{2,60}?下\s*[,，]\s*)*(?!是)([^、，,。\n]{2,24}?)(?=在|坚持|始终|以|深入|紧紧|围绕|严格|全面|立足|紧扣|高度|认真|党委|党工委|领导班子|法治政府建设|人民政府|政府|办事处|党政|按照|聚焦|根据|对照)/;

/**
 * The subject of the body's first sentence, without what it is called for short: 某分局(以下简称“我局”)
 * → 某分局. 2025年是…收官之年 has none: the next sentence that opens with a time may.
 */
export function openingName(clean: string): string | null {
  const m = OPENING.exec(clean);
  if (!m || m.index > 400) return null;
  return m[1]?.replace(/[(（].*$/, '').replace(/[,，、]$/, '') || null;
}

/**
 * The subject of the body's first sentence: 2025年，郑庄镇在沁水县委… or 2024年，南沙坚持… (a bare
 * name is completed with the suffix the report uses for itself, if the text also writes it so).
 */
export function openingSubject(name: string, clean: string, kind: UnitType | null): UnitName | null {
  const direct = unitFromOrg(name.replace(/街$/, '街道'));
  if (direct) return direct;
  if (kind === 'county' && /^[\u4e00-\u9fff]{2,4}$/.test(name)) {
    for (const suffix of ['区', '县', '市', '旗']) {
      if (clean.includes(`${name}${suffix}`)) return unitFromOrg(`${name}${suffix}`);
    }
  }
  return null;
}

/**
 * A subject that names its body but not its county (区司法局, 县公安局, 全县司法行政系统) or a county
 * government by its level alone (区政府): the county follows from the rest of the text.
 */
export function countylessSubject(name: string): UnitName | null {
  const system = /^全(?:县|区|市|旗)司法行政系统$/.test(name) ? '司法局' : null;
  const body = system ?? countylessBody(name);
  const government = /^(?:县|区|旗)(?:人民)?政府$|^(?:我|全)(?:县|区|旗)$/.test(name);
  if (!body && !government) return null;
  const chain = { province: null, city: null, county: null, countyDivisions: [], rest: body ?? '' };
  const unitType = body ? 'county_dept' : 'county';
  return { unit: body ?? '', unitType, chain, division: null, candidates: [], countyless: true };
}
