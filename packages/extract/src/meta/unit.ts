import type { UnitType } from '../types.ts';
import { countylessSubject, openingName, openingSubject } from './opening.ts';
import { type UnitName, unitFromOrg } from './org.ts';
import { afterFunctionWords } from './places.ts';
import { namedDepartment } from './self-dept.ts';

const ORG_LINE = /^(?:中共)?[\u4e00-\u9fff()]{2,40}(?:人民政府|政府|办事处|委员会|局|办公室|镇|乡|街道)$/;
const FIELD = /(?:发布机构|发文机关|发文单位|信息来源|来源|发布单位)[\s:：|]*([\u4e00-\u9fff()（）]{2,40})/;
const TITLE_HEAD = /^(.{2,40}?)(?:关于)?\s*(?:20\d\d|二〇)/;
const TITLE_TAIL = /^(?:关于)?\s*20\d\d\s*年度?(.{2,20}?)(?:法治|依法|全面|年度|工作)/;

/** Organisation names a line may carry: 中共黎侯镇委员会 黎侯镇人民政府 → both; the last one issues. */
function orgsIn(line: string): string[] {
  return line
    .replace(/[\s|*#]+/g, ' ')
    .split(/\s+|、/)
    .flatMap((part) => part.split(/(?<=委员会)(?=[\u4e00-\u9fff])/))
    .filter((p) => p.length >= 2);
}

function fromOrgs(orgs: string[]): UnitName | null {
  for (let i = orgs.length - 1; i >= 0; i--) {
    const u = unitFromOrg(orgs[i] ?? '', true);
    if (u) return u;
  }
  return null;
}

/**
 * 发布机构：薛城区司法局 over a report whose text opens 2025年，薛城区坚持…: the bureau publishes the county's
 * report (the county's legal office is often its 司法局), so the county issues it.
 */
function countyItPublishesFor(publisher: UnitName, clean: string): UnitName | null {
  if (publisher.unitType !== 'county_dept' || !publisher.chain.county) return null;
  const name = openingName(clean);
  const opening = name ? unitFromOrg(name) : null;
  return opening?.unitType === 'county' && opening.unit === publisher.chain.county ? opening : null;
}

/** The issuer named in the title, in a line of its own near the top, a metadata field, or the signature. */
export function unitFromHeader(lines: string[], clean: string): UnitName | null {
  const head = lines.slice(0, 30).map((l) => l.replace(/[*#|\s]+/g, ' ').trim());
  for (const line of head) {
    if (!/报告|总结|法治[^\n]{0,12}情况$/.test(line) || line.length > 80) continue;
    if (/^(?:现将|现就|特此|根据)/.test(line)) continue; // a sentence of the body, not a title
    const title = line
      .replace(/^[•·\-\s]*(?:(?:标\s*题|名\s*称)\s*[:：]\s*)?(?:关于)?/, '')
      .replace(/\s+/g, ' ');
    const before = TITLE_HEAD.exec(title)?.[1];
    const org = before?.replace(/关于$/, '').trim() ?? '';
    // 区城市管理局关于2022年…的报告: a body without its county, which the text may name elsewhere
    const found = org ? (fromOrgs(orgsIn(org)) ?? countylessSubject(org)) : null;
    if (found) return found;
    const after = TITLE_TAIL.exec(title.replace(/\s/g, ''))?.[1];
    const tail = after ? unitFromOrg(after, true) : null;
    if (tail) return tail;
  }
  for (const line of head) {
    if (line.length <= 40 && ORG_LINE.test(line.replace(/\s/g, ''))) {
      const found = fromOrgs(orgsIn(line));
      if (found) return found;
    }
  }
  for (const line of head) {
    const m = FIELD.exec(line.replace(/\s/g, ''));
    const field = m?.[1]?.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'));
    const found = field ? unitFromOrg(field, true) : null;
    if (found) return countyItPublishesFor(found, clean) ?? found;
  }
  const tail = lines.filter((l) => l.trim()).slice(-5);
  for (const line of tail) {
    const l = line.replace(/[\s*#]/g, '');
    if (l.length <= 30 && ORG_LINE.test(l)) {
      const found = fromOrgs(orgsIn(l));
      if (found) return found;
    }
  }
  return null;
}

// a name starts after a function word, and never with the 年 of a year before it (2022年增福镇)
const BOUNDARY =
  '(?<=^|[^\\u4e00-\\u9fff]|年|度|将|在|对|由|为|是|以|了|和|与|及|印发|制定|出台|根据|推动|强化)(?![年度])';
const BODY_UNIT = new RegExp(
  `${BOUNDARY}([\\u4e00-\\u9fff]{1,7}?(?:街道|镇|乡(?!镇)|街(?=党工委|坚持|党政|领导|办事处)))`,
  'g',
);
const TITLE_COUNTY = /《(?:20\d\d年度?)?([\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|县|区|旗))/g;
const COUNTY_UNIT = new RegExp(
  `${BOUNDARY}([\\u4e00-\\u9fff]{1,7}?(?:县|区|旗))(?=法治|人民政府|政府|坚持|领导|[0-9]|《|》|深入|始终|各级|党政|委|贯彻|全面)`,
  'g',
);
const DEPT_UNIT = new RegExp(
  `${BOUNDARY}([\\u4e00-\\u9fff]{2,16}?(?:局|委员会|办公室|中心))(?=在|坚持|始终|深入|紧紧|以|高度|党组|紧扣)`,
  'g',
);

/** How a report speaks of itself: 我镇/全镇, 我乡, 街道/党工委, 我局, 我县/全区. */
export function selfType(clean: string): UnitType | null {
  const score = (re: RegExp, weight: number) => (clean.match(re)?.length ?? 0) * weight;
  const scores: [UnitType, number][] = [
    ['town', score(/我镇|本镇/g, 3) + score(/全镇|镇党委|镇政府/g, 1)],
    ['township', score(/我乡|本乡/g, 3) + score(/全乡|乡党委|乡政府/g, 1)],
    ['subdistrict', score(/我街|本街道|我街道/g, 3) + score(/街道|党工委|办事处/g, 1)],
    [
      'county_dept',
      score(/我局|本局|我办|本办|我委|我院/g, 3) + score(/局党组|局党委|局机关|司法行政系统/g, 1),
    ],
    [
      'county',
      score(/我县|本县|我区|本区|我旗/g, 3) +
        score(/全县|全区|县政府常务会|区政府常务会|县委常委会|区委常委会/g, 1),
    ],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const top = scores[0];
  return top && top[1] > 0 ? top[0] : null;
}

function mostFrequent(
  re: RegExp,
  clean: string,
  accept: (name: string) => UnitName | null,
  minCount = 1,
): UnitName | null {
  const counts = new Map<string, { n: number; first: number; unit: UnitName }>();
  re.lastIndex = 0;
  for (let m = re.exec(clean); m !== null; m = re.exec(clean)) {
    const name = afterFunctionWords(m[1] ?? '');
    const known = counts.get(name);
    if (known) known.n++;
    else {
      const unit = accept(name);
      if (unit) counts.set(name, { n: 1, first: m.index, unit });
    }
  }
  let best: { n: number; first: number; unit: UnitName } | null = null;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best && best.n >= minCount ? best.unit : null;
}

/** The issuer named in the body: the unit name it uses most, of the kind it speaks as. */
export function unitFromBody(clean: string): UnitName | null {
  const kind = selfType(clean);
  // names read from running text are the gazetteer's only: no test of their characters is needed
  const asTown = (name: string) => {
    const u = unitFromOrg(name.replace(/街$/, '街道'));
    return u && u.unitType !== 'county' && u.unitType !== 'county_dept' ? u : null;
  };
  const asCounty = (name: string) => {
    const u = unitFromOrg(name);
    return u?.unitType === 'county' ? u : null;
  };
  const name = openingName(clean);
  const opening = name ? openingSubject(name, clean, kind) : null;
  if (opening) return opening;
  const countyless = name ? countylessSubject(name) : null;
  if (countyless || kind === 'county_dept') {
    const named = namedDepartment(clean, countyless?.unit || null);
    if (named) return named;
  }
  if (countyless?.unitType === 'county_dept') return countyless;
  const asDept = (name: string) => {
    const u = unitFromOrg(name);
    return u?.unitType === 'county_dept' ? u : null;
  };
  // a county's name found only once in passing is too weak to call it the issuer
  if (kind === 'county') {
    return (
      mostFrequent(COUNTY_UNIT, clean, asCounty, 2) ??
      mostFrequent(TITLE_COUNTY, clean, asCounty) ??
      mostFrequent(BODY_UNIT, clean, asTown) ??
      countyless
    );
  }
  // a report that speaks as a bureau (我局) and names none is no town's report
  if (kind === 'county_dept') return mostFrequent(DEPT_UNIT, clean, asDept);
  // a report that speaks as a town (我镇) and names none is no county's report
  const speaksAsTown = kind === 'town' || kind === 'township' || kind === 'subdistrict';
  return (
    mostFrequent(BODY_UNIT, clean, asTown) ??
    mostFrequent(DEPT_UNIT, clean, asDept) ??
    (speaksAsTown ? null : mostFrequent(COUNTY_UNIT, clean, asCounty, 2)) ??
    countyless
  );
}
