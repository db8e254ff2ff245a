import type { Division } from '@fazhi/gazetteer';
import type { UnitType } from '../types.ts';

export const MUNICIPALITIES = ['北京', '天津', '上海', '重庆'];
export const PROVINCES = [
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
];
export const AUTONOMOUS_REGIONS: Record<string, string> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
};
/** Prefecture-level cities with no county level: their towns sit directly under the city. */
export const CITIES_WITHOUT_COUNTIES = ['东莞市', '中山市', '儋州市', '嘉峪关市'];

const HAN = '\\u4e00-\\u9fff';
const PROVINCE_RE = new RegExp(
  `^(?:(${MUNICIPALITIES.join('|')})市|(${PROVINCES.join('|')})省|(${Object.keys(AUTONOMOUS_REGIONS).join('|')}))`,
);
const CITY_RE = new RegExp(`^[${HAN}]{2,8}?(?:市|自治州|地区|盟)`);
// a one-character name is only ever a 县 (滑县, 房县); districts, banners and cities have two or more
const COUNTY_RE = new RegExp(
  `^(?:[${HAN}]{1,10}?(?:自治县|县)|[${HAN}]{2,10}?(?:自治旗|林区|特区|区|旗|市))`,
);
/** Names that end like a county but are zones inside one, or words rather than names. */
const NOT_COUNTY =
  /(?:新区|开发区|经开区|开区|园区|景区|高新区|保税区|示范区|试验区|依法治县|依法治区|依法治市)$|^[县区市旗]|^(?:城区|社区|辖区|片区|矿区|山区|市区|全区|我区|本区|该区|各区|全县|我县|本县|该县|各县|全市|我市|本市|示范县)$/;

/** Words that end in 镇/乡/街道 but name no place: 依法治镇, 城乡, 乡镇, 送法下乡. */
export const NOT_UNIT =
  /^(?:全|我|本|该|各|乡|集|镇|街|村|这|此|每)|^两(?:镇|乡)$|不出|依法治|法治|治镇|治乡|城镇|乡镇|村镇|集镇|小镇|重镇|强镇|名镇|特色|示范|美丽|文明|平安|全域|下乡|进乡|返乡|家乡|故乡|老乡|城乡|水乡|梦乡/;

export const UNIT_SUFFIX: [RegExp, UnitType][] = [
  [/街道(?:办事处)?$|街道党工委$|街办$/, 'subdistrict'],
  [/乡$/, 'township'],
  [/镇$/, 'town'],
];

/** 北留镇在县委 → '' and 郑庄镇在沁水县委 → 沁水县: a name starts after the last function word before it. */
export function afterFunctionWords(raw: string): string {
  const m =
    /^.*(?:在|根据|按照|围绕|向|对|由|报|经|被|把|将|配合|协助|会同|邀请|参加|协调|落实|贯彻|列入|纳入|召开|组织|坚持|印发|制定|通过|推动|推进|开展|举办|建立|成立|确保|实现|促进|强化|加强|深化|提升|指导|督促|依托|依靠|利用|借助|联合|结合|对接|协同|报请|提请|新提任|选派|派驻|前往|赴|到|机构|来源|机关|单位|发布)/.exec(
      raw.slice(0, -1),
    );
  return m ? raw.slice(m[0].length) : raw;
}

/** A county name's stem holds no function words or unit words (北留镇在县委 is not a county). */
export function isCountyName(name: string, minStem = 1): boolean {
  if (/(?:自治县|自治旗)$/.test(name)) return name.length <= 14;
  return (
    name.length >= minStem + 1 &&
    name.length <= 6 &&
    !/[镇乡村街在的了和与及对把将向于为是被政府委局党省市全我本该各级共]/.test(name.slice(0, -1))
  );
}

export interface RegionChain {
  province: string | null;
  city: string | null;
  county: string | null;
  /** the gazetteer's counties of that name (several where the name is shared), [] when it has none */
  countyDivisions: Division[];
  /** what follows the regions: 万古镇人民政府, 人民政府办公室, 自然资源局, '' */
  rest: string;
}

/**
 * Splits 重庆市涪陵区同乐镇人民政府 into 重庆 / 重庆市 / 涪陵区 / 同乐镇人民政府 by the shape of the names
 * alone: for names the gazetteer does not hold, where the report declares them itself.
 */
export function lexicalChain(org: string): RegionChain {
  let s = org;
  let province: string | null = null;
  let city: string | null = null;
  let county: string | null = null;
  const p = PROVINCE_RE.exec(s);
  if (p) {
    province = p[1] ?? p[2] ?? AUTONOMOUS_REGIONS[p[3] ?? ''] ?? null;
    if (p[1]) city = `${p[1]}市`;
    s = s.slice(p[0].length);
  }
  const c = CITY_RE.exec(s);
  if (
    c &&
    !city &&
    COUNTY_RE.test(s.slice(c[0].length)) &&
    !/^(?:人民政府|政府)/.test(s.slice(c[0].length))
  ) {
    city = c[0];
    s = s.slice(c[0].length);
  }
  const k = COUNTY_RE.exec(s);
  if (k && !NOT_COUNTY.test(k[0])) {
    const after = s.slice(k[0].length);
    const isCityItself = k[0].endsWith('市') && !after;
    if (CITIES_WITHOUT_COUNTIES.includes(k[0])) city = k[0];
    else if (!isCityItself) county = k[0];
    s = after;
  } else if (c && !city && CITIES_WITHOUT_COUNTIES.includes(c[0])) {
    city = c[0];
    s = s.slice(c[0].length);
  }
  return { province, city, county, countyDivisions: [], rest: s };
}
