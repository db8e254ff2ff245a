import { COUNTY_A, COUNTY_B } from './regions.ts';
import type { RoleName } from './scope-callers.ts';

/** What the matrix asks of one county: its name, a town and a department, two reports, a fact; and all of its ids. */
export interface SideIds {
  county: string;
  town: number;
  dept: number;
  report: number;
  other: number;
  fact: number;
  names: string[];
  units: number[];
  reports: number[];
  facts: number[];
}

/** A route that reads or changes one county's data, as the access matrix asks it. */
export interface Route {
  need: RoleName;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: (s: SideIds) => string;
  body?: (s: SideIds, n: number) => unknown;
  upload?: (s: SideIds) => { name: string; content: string };
  /** the status when allowed (some routes answer with their own refusal once past the region check) */
  ok: number;
}

const Q = (s: SideIds) => `county=${encodeURIComponent(s.county)}`;
const R = (s: SideIds) => `${Q(s)}&indicator=pub.events&year=2023`;
const Y = (s: SideIds) => `${Q(s)}&year=2023`;
const TOWN: Record<string, string> = { [COUNTY_A]: '槐店镇', [COUNTY_B]: '宜路镇' };
/** Every route of routes/*.ts that reads or changes one county's data, with the role it needs. */
export const ROUTES: [string, Route][] = [
  ['GET /api/years?county=', { need: 'viewer', method: 'GET', url: (s) => `/api/years?${Q(s)}`, ok: 200 }],
  ['GET /api/units?county=', { need: 'viewer', method: 'GET', url: (s) => `/api/units?${Q(s)}`, ok: 200 }],
  ['GET /api/overview', { need: 'viewer', method: 'GET', url: (s) => `/api/overview?${Y(s)}`, ok: 200 }],
  ['GET /api/compare', { need: 'viewer', method: 'GET', url: (s) => `/api/compare?${Q(s)}`, ok: 200 }],
  ['GET /api/ranking', { need: 'viewer', method: 'GET', url: (s) => `/api/ranking?${R(s)}`, ok: 200 }],
  [
    'GET /api/ranking.xlsx',
    { need: 'viewer', method: 'GET', url: (s) => `/api/ranking.xlsx?${R(s)}`, ok: 200 },
  ],
  [
    'GET /api/ranking.csv',
    { need: 'viewer', method: 'GET', url: (s) => `/api/ranking.csv?${R(s)}`, ok: 200 },
  ],
  [
    'GET /api/compare.xlsx',
    { need: 'viewer', method: 'GET', url: (s) => `/api/compare.xlsx?${Q(s)}`, ok: 200 },
  ],
  [
    'GET /api/compare.csv',
    { need: 'viewer', method: 'GET', url: (s) => `/api/compare.csv?${Q(s)}`, ok: 200 },
  ],
  ['GET /api/units/:id', { need: 'viewer', method: 'GET', url: (s) => `/api/units/${s.town}`, ok: 200 }],
  [
    'GET /api/reports/:id',
    { need: 'viewer', method: 'GET', url: (s) => `/api/reports/${s.report}`, ok: 200 },
  ],
  ['GET /api/facts/:id', { need: 'viewer', method: 'GET', url: (s) => `/api/facts/${s.fact}`, ok: 200 }],
  [
    'GET /api/completeness',
    { need: 'viewer', method: 'GET', url: (s) => `/api/completeness?${Q(s)}`, ok: 200 },
  ],
  ['GET /api/briefing', { need: 'viewer', method: 'GET', url: (s) => `/api/briefing?${Y(s)}`, ok: 200 }],
  // no dashboard is built for this app: past the region check the PDF route says it cannot print (503)
  [
    'GET /api/briefing.pdf',
    { need: 'viewer', method: 'GET', url: (s) => `/api/briefing.pdf?${Y(s)}`, ok: 503 },
  ],
  ['GET /api/compliance', { need: 'viewer', method: 'GET', url: (s) => `/api/compliance?${Y(s)}`, ok: 200 }],
  [
    'GET /api/compliance.xlsx',
    { need: 'viewer', method: 'GET', url: (s) => `/api/compliance.xlsx?${Y(s)}`, ok: 200 },
  ],
  [
    'GET /api/compliance.csv',
    { need: 'viewer', method: 'GET', url: (s) => `/api/compliance.csv?${Y(s)}`, ok: 200 },
  ],
  [
    'GET /api/submissions',
    { need: 'viewer', method: 'GET', url: (s) => `/api/submissions?${Y(s)}`, ok: 200 },
  ],
  [
    'GET /api/reports/:id/reuse',
    {
      need: 'viewer',
      method: 'GET',
      url: (s) => `/api/reports/${s.report}/reuse?against=${s.other}`,
      ok: 200,
    },
  ],
  ['GET /api/review?county=', { need: 'editor', method: 'GET', url: (s) => `/api/review?${Q(s)}`, ok: 200 }],
  [
    'GET /api/review?unit=',
    { need: 'editor', method: 'GET', url: (s) => `/api/review?unit=${s.town}`, ok: 200 },
  ],
  [
    'PATCH /api/facts/:id',
    {
      need: 'editor',
      method: 'PATCH',
      url: (s) => `/api/facts/${s.fact}`,
      body: () => ({ action: 'confirm' }),
      ok: 200,
    },
  ],
  [
    'POST /api/facts',
    {
      need: 'editor',
      method: 'POST',
      url: () => '/api/facts',
      body: (s, n) => ({ reportId: s.report, key: 'pub.events', year: 2023, value: n, evidence: `测试${n}` }),
      ok: 201,
    },
  ],
  [
    'PUT /api/submissions/:unitId/:year',
    {
      need: 'editor',
      method: 'PUT',
      url: (s) => `/api/submissions/${s.town}/2023`,
      body: () => ({ receivedOn: '2024-02-20' }),
      ok: 200,
    },
  ],
  [
    'POST /api/reports?county=',
    {
      need: 'editor',
      method: 'POST',
      url: (s) => `/api/reports?${Q(s)}`,
      upload: (s) => {
        const town = TOWN[s.county] ?? '新城镇';
        return {
          name: `2024-${town}.txt`,
          content: `${town}2024年度法治政府建设情况报告\n2024年，${town}认真履行推进法治建设第一责任人职责，全年开展普法宣传活动12场。`,
        };
      },
      ok: 200,
    },
  ],
  [
    'POST /api/units/:id/county',
    {
      need: 'editor',
      method: 'POST',
      url: (s) => `/api/units/${s.town}/county`,
      body: (s) => ({ county: s.county }),
      ok: 200,
    },
  ],
  [
    'PATCH /api/units/:id',
    {
      need: 'admin',
      method: 'PATCH',
      url: (s) => `/api/units/${s.town}`,
      body: (_, n) => ({ population: 1000 + n }),
      ok: 200,
    },
  ],
  // merging a unit into itself is refused by the domain (409) once the region lets the request through
  [
    'POST /api/units/:id/merge',
    {
      need: 'admin',
      method: 'POST',
      url: (s) => `/api/units/${s.town}/merge`,
      body: (s) => ({ from: s.town }),
      ok: 409,
    },
  ],
  // no file sent: 400 from the route once the region lets the request through
  [
    'POST /api/units/attributes',
    { need: 'admin', method: 'POST', url: (s) => `/api/units/attributes?${Q(s)}`, ok: 400 },
  ],
];
