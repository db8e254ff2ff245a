import type { IndicatorKey } from '@fazhi/catalog';
import { withCopies } from './copies.ts';
import { type Random, seeded } from './random.ts';
import { reconsideration } from './recon.ts';
import {
  decisions,
  disputes,
  enforcement,
  meetings,
  publicity,
  type Section,
  type SectionContext,
  services,
  type TruthFact,
  training,
} from './sections.ts';
import { nameIn, SAMPLE_COUNTY, SAMPLE_YEARS, type SampleUnit, sampleUnits } from './units.ts';

export interface SampleReport {
  /** a readable file name: 2023-东岭镇.txt */
  file: string;
  unit: string;
  year: number;
  text: string;
  /** what the text states, by the catalog's reading */
  facts: TruthFact[];
  /** 报送日期 the office recorded (YYYY-MM-DD); some after the 1 March deadline */
  receivedOn: string;
  /** where it was made public, and the day that was checked; null: not published */
  published: { url: string; checkedOn: string } | null;
}

/** Typical yearly figures of a mid-sized township; units scale them and years drift. */
const BASE: Partial<Record<IndicatorKey, number>> = {
  'train.leader_study': 8,
  'train.sessions': 6,
  'train.participants': 320,
  'train.exam_participants': 90,
  'dispute.cases': 60,
  'pub.events': 24,
  'pub.materials': 6000,
  'pub.reach': 9000,
  'svc.consultations': 450,
  'svc.legal_aid': 18,
  'decision.legal_reviews': 20,
  'decision.contract_reviews': 35,
  'open.items': 150,
  'enforce.inspections': 80,
  'enforce.penalties': 12,
  'lead.meetings': 4,
  'recon.received': 60,
};

const SELF: Record<SampleUnit['type'], string> = {
  town: '全镇',
  township: '全乡',
  subdistrict: '街道',
  county_dept: '我局',
};

function figures(unit: SampleUnit, year: number, seed: number) {
  return (key: IndicatorKey) => {
    const r = seeded(
      seed ^ (year * 7919) ^ (key.length * 104729) ^ [...key].reduce((s, ch) => s + ch.charCodeAt(0), 0),
    );
    const drift = 1 + (year - 2019) * 0.06 + (r.next() - 0.5) * 0.3;
    return Math.max(1, Math.round((BASE[key] ?? 10) * unit.scale * drift));
  };
}

function header(unit: SampleUnit, name: string, year: number, r: ReturnType<typeof seeded>): string {
  const title = r.pick([
    `${name}${year}年度法治政府建设情况报告`,
    `${SAMPLE_COUNTY}${name.replace(SAMPLE_COUNTY, '')}关于${year}年法治政府建设工作情况的报告`,
    `关于${year}年度法治政府建设情况的报告`,
  ]);
  const addressee = r.pick([
    `中共${SAMPLE_COUNTY}委、${SAMPLE_COUNTY}人民政府：`,
    '县委全面依法治县委员会办公室：',
  ]);
  const subject = unit.type === 'county_dept' ? name : `${name}党委、政府`;
  const opening = `${year}年，${subject}在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：`;
  return title.startsWith('关于')
    ? `${name}\n${title}\n${addressee}\n${opening}`
    : `${title}\n${addressee}\n${opening}`;
}

/**
 * One generated report: varied wording and numerals, some sections left out (missing is not 0),
 * breakdowns, a year-on-year comparison, and the truth of what it states.
 */
export function sampleReport(unit: SampleUnit, year: number, seed = 2024): SampleReport {
  const r = seeded(seed * 31 + year * 17 + unit.name.length * 131 + unit.name.charCodeAt(0));
  const name = nameIn(unit, year);
  const base = figures(unit, year, seed + unit.name.charCodeAt(1));
  const first = SAMPLE_YEARS[0] ?? year;
  const previous = year > first ? figures(unit, year - 1, seed + unit.name.charCodeAt(1)) : null;
  const c: SectionContext = { r, year, self: SELF[unit.type], base, previous };
  const sections: Section[] = [];
  const optional = [training, disputes, publicity, services, decisions, enforcement, meetings];
  for (const build of optional) if (r.chance(0.85)) sections.push(build(c));
  if (unit.type === 'county_dept' && /司法局|政府办公室/.test(name)) {
    sections.push(reconsideration(c, previous?.('recon.received') ?? null));
  }
  const numbered = sections.map((s, i) => `（${'一二三四五六七八九十'[i]}）${s.text}`);
  // the required parts and the way the report was handed in draw on their own stream, so the figures
  // (drawn from `r`) stay what they were before these were added
  const q = seeded(seed * 7 + year * 3 + unit.name.charCodeAt(0) * 11 + unit.name.length);
  const parts = requiredParts(c.self, year, q);
  const body = [header(unit, name, year, r), '一、主要工作和成效', ...numbered, ...parts];
  const signer = unit.type === 'county_dept' ? name : `${name}人民政府`;
  const text = `${body.join('\n')}\n\n${signer}\n${year + 1}年1月${r.int(5, 28)}日\n`;
  return {
    file: `${year}-${name}.txt`,
    unit: name,
    year,
    text,
    facts: sections.flatMap((s) => s.facts),
    ...handedIn(name, year, q),
  };
}

const NUMBERS = '一二三四五六七八九十';

/** The parts after the measures: the shortcomings left out in about one report in ten, the leadership part in one in eight. */
function requiredParts(self: string, year: number, q: Random): string[] {
  const parts: [string, string][] = [];
  if (!q.chance(0.1))
    parts.push([
      '存在的问题',
      `${self === '我局' ? '我局' : self}法治宣传的针对性有待加强，基层法治力量仍显薄弱。`,
    ]);
  if (!q.chance(0.12))
    parts.push([
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '主要负责人认真履行推进法治建设第一责任人职责，亲自部署重要法治工作，把法治建设纳入年度工作要点。',
    ]);
  parts.push(['下一步工作打算', `${year + 1}年，将继续深化法治政府建设，计划开展普法活动不少于20次。`]);
  return parts.flatMap(([heading, line], i) => [`${NUMBERS[i + 1]}、${heading}`, line]);
}

const day = (n: number) => String(n).padStart(2, '0');

/** When the office received it (about one in seven after 1 March) and whether it was published (most). */
function handedIn(name: string, year: number, q: Random): Pick<SampleReport, 'receivedOn' | 'published'> {
  const late = q.chance(0.15);
  const receivedOn = late ? `${year + 1}-03-${day(q.int(2, 25))}` : `${year + 1}-02-${day(q.int(5, 28))}`;
  const published = q.chance(0.85)
    ? {
        url: `https://www.shilixian.example/fzzf/${year}/${encodeURIComponent(name)}.html`,
        checkedOn: `${year + 1}-04-${day(q.int(2, 9))}`,
      }
    : null;
  return { receivedOn, published };
}

/**
 * The whole sample county: every unit, every year 2019–2024, less a few reports that never came in; in 2024
 * one township copied its own 2023 report and one copied a neighbour's (see `copies.ts`).
 */
export function sampleCounty(seed = 2024): SampleReport[] {
  const r = seeded(seed);
  const out: SampleReport[] = [];
  for (const unit of sampleUnits()) {
    for (const year of SAMPLE_YEARS) if (!r.chance(0.06)) out.push(sampleReport(unit, year, seed));
  }
  return withCopies(out);
}
