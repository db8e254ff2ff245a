import { type Division, findDivisions, findMentions } from '@fazhi/gazetteer';
import { parseChain } from './chain.ts';

export type { Region } from './settle.ts';

import { officialName } from './divisions.ts';
import type { UnitName } from './org.ts';
import { AUTONOMOUS_REGIONS, afterFunctionWords, isCountyName, MUNICIPALITIES, PROVINCES } from './places.ts';
import { countyRegion, type Region, townRegion } from './settle.ts';

const B = '(?<=^|[^\\u4e00-\\u9fff]|在|对|由|根据|及|和|与|中共|年|度|印发|制定|按照|围绕|落实)';
const COUNTY = '[\\u4e00-\\u9fff]{1,10}?(?:自治县|自治旗|县|区|旗)';
const ADDRESSEE = new RegExp(`(?:中共|^|、|市)(${COUNTY})(?=委|人民政府|政府|依法治|全面依法|法治)`, 'g');
const MENTION = new RegExp(
  `${B}((?:[\\u4e00-\\u9fff]{2,6}?市)?${COUNTY})(?=委|人民政府|政府|20\\d\\d|法治政府|全面依法|依法治|细化|实施方案|有关要求|司法局|的坚强|的正确)`,
  'g',
);
const WEAK = /(?:法治|清廉|平安)([\u4e00-\u9fff]{2})(?=建设|工作要点)/g;
/** Two-character words that follow 法治/平安/清廉 without being a place (法治能力建设, 平安乡村建设). */
const GENERIC =
  /政府|社会|乡村|中国|国家|文化|思想|宣传|建设|工作|机关|城市|能力|思维|意识|素养|观念|环境|保障|氛围|教育|精神|理念|实践|阵地|队伍|体系|道路|轨道|示范|创建|品牌|营商|服务|方式|广场|公园|长廊|院落|体检|护航|赋能|督察|考核|督查|单位|部门|校园|医院|企业|家庭|社区|村居|网格|基层|队伍|水平|机制|制度|工程|项目|先行|引领|标准|强基|为民|惠民|便民|警务|交通|治理|专项|重点|领域|体制|改革|统筹|协调|责任|保障|先锋|堡垒|窗口|政务|民生|和谐|稳定|安全|生态|绿色|数字|智慧|信用|阳光|廉洁|高效|村庄|街道|市场|乡镇|城乡|农村|边疆|民族|宗教|校园|广东|浙江|江苏/;
const NOT_NAME =
  /^(?:全|我|本|该|各|示范|依法|县|区|市|社|辖|片|景|园|开发|高新|保税|试验|自治)|依法治|法治|委员|办公/;

function count(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function best(map: Map<string, number>): string | null {
  let top: string | null = null;
  for (const [k, n] of map) if (top === null || n > (map.get(top) ?? 0)) top = k;
  return top;
}

const PLACE =
  '(?:[\\u4e00-\\u9fff]{2,8}?(?:省|自治区))?(?:[\\u4e00-\\u9fff]{2,8}?(?:市|州|盟))?[\\u4e00-\\u9fff]{1,10}?(?:县|区|旗|市)';
/** The longest place PLACE can match: 8+3 (province) + 8+1 (city) + 10+1 (county) characters. */
const PLACE_MAX = 31;

/**
 * The places written right before each mention of `stem`, as a global search for PLACE+stem would find them;
 * read in a window before each mention rather than by a lazy pattern over the whole text (a long report's cost).
 */
function placesBefore(clean: string, stem: string): string[] {
  const re = new RegExp(`(${PLACE})${stem}$`);
  const found: string[] = [];
  let searchedTo = 0;
  for (let at = clean.indexOf(stem); at >= 0; at = clean.indexOf(stem, at + 1)) {
    if (at < searchedTo) continue;
    const from = Math.max(searchedTo, at - PLACE_MAX);
    const m = re.exec(clean.slice(from, at + stem.length));
    if (!m) continue;
    found.push(m[1] ?? '');
    searchedTo = at + stem.length;
  }
  return found;
}

function countyCandidates(
  clean: string,
  lines: string[],
  unit: UnitName | null,
): { scores: Map<string, number>; cities: Map<string, string>; divisions: Division[] } {
  const scores = new Map<string, number>();
  const cities = new Map<string, string>();
  const divisions: Division[] = [];
  // a name met only in passing needs two characters before 县 (告县 in …报告县委 is no county)
  const add = (found: string, weight: number) => {
    const named = found.replace(/^中共/, '');
    // 将乐县 begins with 将, which is a function word elsewhere: a real county's name is kept whole
    const raw = findDivisions(named, 'county').length > 0 ? named : afterFunctionWords(named);
    if (raw.length < 2) return;
    // an addressee line is the report's own: a county there may be one the gazetteer lacks
    const chain = parseChain(raw, weight >= 8);
    const name = chain.county;
    if (
      !name ||
      NOT_NAME.test(name.slice(0, -1)) ||
      !isCountyName(name, weight >= 8 ? 1 : 2) ||
      name === unit?.unit
    )
      return;
    if (chain.city) cities.set(name, chain.city);
    divisions.push(...chain.countyDivisions);
    count(scores, name, weight);
  };
  for (const line of lines.slice(0, 15)) {
    const l = line.replace(/[\s*#|]/g, '');
    if (!/[:：]$/.test(l) || l.length > 40) continue;
    ADDRESSEE.lastIndex = 0;
    for (let m = ADDRESSEE.exec(l); m !== null; m = ADDRESSEE.exec(l)) add(m[1] ?? '', 8);
  }
  if (unit && unit.unitType !== 'county' && unit.unitType !== 'county_dept') {
    // 屏边县新华乡, 高平市寺庄镇: the region written right before the unit's own name
    for (const place of placesBefore(clean, unit.unit.replace(/街道$/, ''))) {
      const raw = afterFunctionWords(place);
      const chain = parseChain(`${raw}${unit.unit}`);
      if (chain.county && isCountyName(chain.county)) {
        if (chain.city) cities.set(chain.county, chain.city);
        divisions.push(...chain.countyDivisions);
        count(scores, chain.county, 6);
      }
    }
  }
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(clean); m !== null; m = MENTION.exec(clean)) add(m[1] ?? '', 3);
  // a town whose division is already settled takes its county from it: no need to look further
  if (scores.size === 0 && !unit?.division) countyFromMentions(clean, unit, scores, divisions);
  return { scores, cities, divisions };
}

/**
 * With no county written as an organ's, the county the text names twice or more (铜梁区 in a 区政府's
 * report), or the one 法治X建设 names in a report that answers to a 区委 or a 县委.
 */
function countyFromMentions(
  clean: string,
  unit: UnitName | null,
  scores: Map<string, number>,
  divisions: Division[],
): void {
  // the opening pages name the county if the report does at all; a long report's rest only costs time
  for (const m of findMentions(clean.slice(0, 6000), ['county'])) {
    const county = m.divisions.filter((d) => !d.zone);
    if (m.name.length < 3 || county.length === 0 || m.name === unit?.unit) continue;
    // 新都区、成华区市场监管局: counties listed together are others the report works with
    if (/[、和与及]/.test(clean[m.end] ?? '') || /[、和与及]/.test(clean[m.start - 1] ?? '')) continue;
    const name = officialName(m.name, county);
    if ((scores.get(name) ?? 0) === 1) divisions.push(...county);
    count(scores, name, 1);
  }
  // a town's report names other places in passing; one that speaks for a county names few others
  // (a text naming no unit at all is not known to speak for a county: 武隆区对口协调… is a partner, not its own)
  const speaksForCounty = unit !== null && (unit.countyless || unit.unitType === 'county_dept');
  if (!(speaksForCounty && scores.size === 1)) for (const [name, n] of scores) if (n < 2) scores.delete(name);
  if (scores.size > 0) return;
  const districts = clean.match(/区委|区政府|全区|区级|市、区|区司法局/g)?.length ?? 0;
  const counties = clean.match(/县委|县政府|全县|县级|市、县|县司法局/g)?.length ?? 0;
  // the suffix is only known when the report says whose committee it answers to
  const suffix = districts > counties ? '区' : counties > districts ? '县' : null;
  const stem = unit?.unit.slice(0, 2);
  WEAK.lastIndex = 0;
  for (let m = WEAK.exec(clean); m !== null; m = WEAK.exec(clean)) {
    const name = `${m[1] ?? ''}${suffix}`;
    const county = suffix && m[1] !== stem && !GENERIC.test(m[1] ?? '') ? findDivisions(name, 'county') : [];
    if (county.length === 0) continue;
    divisions.push(...county);
    count(scores, name, 1);
  }
}

function provinceIn(clean: string): string | null {
  const found = new Map<string, number>();
  const re = new RegExp(
    `(?:(${PROVINCES.join('|')})省|(${MUNICIPALITIES.join('|')})市|(${Object.keys(AUTONOMOUS_REGIONS).join('|')}))`,
    'g',
  );
  for (const m of clean.matchAll(re)) count(found, m[1] ?? m[2] ?? AUTONOMOUS_REGIONS[m[3] ?? ''] ?? '');
  const sorted = [...found].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[0]?.[1] === sorted[1]?.[1])) return null;
  return sorted[0]?.[0] ?? null;
}

function cityIn(clean: string, county: string | null): string | null {
  if (county) {
    const adjacent = new RegExp(`([\\u4e00-\\u9fff]{2,5}?(?:市|自治州|州|盟))${county}`).exec(clean);
    if (adjacent?.[1]) return parseChain(`${adjacent[1]}${county}`).city;
  }
  return null;
}

/** County, city and province: from the unit's own name, the addressee line, then mentions in the text. */
export function findRegion(clean: string, lines: string[], unit: UnitName | null): Region {
  const chain = unit?.chain;
  let county = unit?.unitType === 'county' ? unit.unit : (chain?.county ?? null);
  let city = chain?.city ?? null;
  // a county the report names as its own or in its addressee outweighs the gazetteer's guess
  let firm = county !== null;
  let named: Division[] = chain?.countyDivisions ?? [];
  if (!county) {
    const { scores, cities, divisions } = countyCandidates(clean, lines, unit);
    county = best(scores);
    firm = county !== null && (scores.get(county) ?? 0) >= 8;
    named = divisions;
    if (county && !city) city = cities.get(county) ?? cityIn(clean, county);
  } else if (!city) city = cityIn(clean, county);
  const province =
    chain?.province ??
    provinceIn(clean) ??
    (city && MUNICIPALITIES.includes(city.slice(0, -1)) ? city.slice(0, -1) : null);
  if (!city && province && MUNICIPALITIES.includes(province)) city = `${province}市`;
  const region: Region = { county, city, province, division: null, candidates: [] };
  return unit && unit.candidates.length > 0
    ? townRegion(region, unit, clean, named, firm)
    : countyRegion(region, clean, named);
}
