import type { DivisionLevel, TownKind } from './types.ts';

// the 55 minority nationalities as they appear in division names (柯尔克孜 and 哈萨克 also without 族)
const NATIONALITIES =
  '土家|蒙古|维吾尔|布依|朝鲜|哈尼|哈萨克|傈僳|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
const PEOPLES = `(?:(?:${NATIONALITIES})族?)+`;
// a stem of at least two characters, then the peoples, then what is autonomous: 石柱 土家族 自治县
const AUTONOMOUS = new RegExp(`^(.{2,}?)${PEOPLES}自治(县|旗|州|区)$`);
// 铁石 苗族彝族 乡, 满族屯 满族 乡, 某某 民族 乡: a township's peoples always end in 族
const ETHNIC_TOWNSHIP = new RegExp(`^(.{2,}?)(?:(?:(?:${NATIONALITIES})族)+|民族)(乡|镇|苏木)$`);
const PLAIN_AUTONOMOUS_REGION = /^(.{2,}?)自治区$/; // 西藏自治区, 内蒙古自治区

/**
 * 乡级 names as they are used: 漓东街道办事处 → 漓东街道, and without the zone the data puts before some
 * (开发区银杏大街街道 → 银杏大街街道, 南阳高新区张衡街道 → 张衡街道).
 */
export function officialTownName(raw: string): string {
  const name = raw.endsWith('办事处') ? raw.replace(/街道办事处$/, '街道') : raw;
  if (!name.includes('区')) return name; // the zones all end in 区: most names need no look
  return name.replace(
    /^[（(]?[\u4e00-\u9fff]{0,12}?(?:开发区|工业园区|高新区)[）)]?(?=[\u4e00-\u9fff]{2,}(?:街道|镇|乡)$)/,
    '',
  );
}

export function townKind(name: string): TownKind {
  if (/特殊|直属/.test(name)) return 'other'; // 特殊乡镇, 直属乡镇: groupings of the statistics
  if (name.endsWith('街道') || name.endsWith('街')) return 'subdistrict';
  if (name.endsWith('镇')) return 'town';
  if (name.endsWith('乡') || name.endsWith('苏木')) return 'township';
  return 'other';
}

export interface NameForms {
  /** other complete names for the same division: 石柱县, 铁石乡, 龙归街, 广西 */
  aliases: string[];
  /** the bare name without its level word, for provinces, cities and counties: 石柱, 上城, 湛江 */
  stem: string | null;
}

const COUNTY_SUFFIX = /^(.{2,}?)(?:自治县|自治旗|林区|特区|县|区|市|旗)$/;
const CITY_SUFFIX = /^(.{2,}?)(?:市|地区|盟|州)$/;

/** The short forms a text may use for a division's official name. */
export function nameForms(name: string, level: DivisionLevel): NameForms {
  const aliases: string[] = [];
  let stem: string | null = null;
  const autonomous = name.includes('自治') ? AUTONOMOUS.exec(name) : null;
  if (level === 'province') {
    const m = autonomous ?? PLAIN_AUTONOMOUS_REGION.exec(name) ?? /^(.{2,}?)(?:省|市)$/.exec(name);
    if (m?.[1]) aliases.push(m[1]);
  } else if (level === 'city' || level === 'county') {
    if (autonomous?.[1]) {
      stem = autonomous[1];
      aliases.push(`${stem}${autonomous[2]}`);
    } else stem = (level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX).exec(name)?.[1] ?? null;
  } else {
    const ethnic = /族(?:乡|镇|苏木)$/.test(name) ? ETHNIC_TOWNSHIP.exec(name) : null;
    if (ethnic?.[1]) aliases.push(`${ethnic[1]}${ethnic[2]}`);
    // 龙归街道 is written 龙归街; 北城街道 is also written 北城街街道, after the street it is named for
    if (name.length >= 4 && name.endsWith('街道'))
      aliases.push(name.slice(0, -1), `${name.slice(0, -1)}街道`);
    else if (name.length >= 3 && name.endsWith('街')) aliases.push(`${name}道`);
  }
  return { aliases, stem };
}

/** Province names as the engine reports them: 河南, 内蒙古, 广西, 重庆. */
export function provinceShortName(name: string): string {
  return nameForms(name, 'province').aliases[0] ?? name;
}
