import { describe, expect, test } from 'vitest';
import {
  ACCEPT,
  DIRECTION_LABEL,
  DIRECTIONS,
  EXTENSIONS,
  EXTENSIONS_TEXT,
  FACT_STATUS_LABEL,
  FACT_STATUSES,
  FOCUS,
  FOCUS_GROUPS,
  FOCUS_KEYS,
  FORMAT_INFO,
  FORMATS_TEXT,
  formatOfName,
  GROUPS,
  getIndicator,
  HEADLINE_KEYS,
  inGroup,
  judges,
  largestFirst,
  MAIN_KEYS,
  QUALIFIER_MARK,
  REPORT_FORMATS,
  UNIT_GROUP_LABEL,
  UNIT_TYPE_LABEL,
  UNIT_TYPES,
  type UnitGroup,
  type UnitType,
  VALUE_QUALIFIERS,
  VALUE_STATUS_LABEL,
  VALUE_STATUSES,
} from './index.ts';

describe('qualifiers', () => {
  test.each([
    ['exact', ''],
    ['over', '余'],
    ['about', '约'],
    ['near', '近'],
    ['under', '不足'],
    ['derived', '推算'],
  ] as const)('a %s figure is marked %j', (q, mark) => {
    expect(QUALIFIER_MARK[q]).toBe(mark);
  });

  test('every value qualifier has a mark', () => {
    expect(Object.keys(QUALIFIER_MARK)).toEqual([...VALUE_QUALIFIERS]);
  });
});

describe('unit types and groups', () => {
  test.each([
    ['town', '镇'],
    ['township', '乡'],
    ['subdistrict', '街道'],
    ['county_dept', '县直部门'],
    ['county', '县（区）'],
  ] as const)('a %s unit reads %s', (type, label) => {
    expect(UNIT_TYPE_LABEL[type]).toBe(label);
  });

  test.each<[UnitType, UnitGroup, boolean]>([
    ['town', 'towns', true],
    ['township', 'towns', true],
    ['subdistrict', 'towns', true],
    ['county_dept', 'towns', false],
    ['county', 'towns', false],
    ['county_dept', 'departments', true],
    ['town', 'departments', false],
    ['county', 'departments', false],
    ['county', 'all', true],
    ['subdistrict', 'all', true],
  ])('a %s unit is in %s: %s', (type, group, expected) => {
    expect(inGroup(type, group)).toBe(expected);
  });

  test('every unit type is in all, and in at most one of towns and departments', () => {
    for (const t of UNIT_TYPES) {
      expect(inGroup(t, 'all')).toBe(true);
      expect(inGroup(t, 'towns') && inGroup(t, 'departments')).toBe(false);
    }
  });

  test.each([
    ['towns', '乡镇（街道）', '乡镇街道', '乡镇、街道'],
    ['departments', '县直部门', '县直部门', '县直部门'],
    ['all', '单位', '全部单位', '全部单位'],
  ] as const)(
    'the %s group reads %s in sentences, %s on the picker and %s in titles',
    (g, noun, option, title) => {
      expect(UNIT_GROUP_LABEL[g]).toEqual({ noun, option, title });
    },
  );
});

describe('focus groups', () => {
  test.each([
    ['train', 'train.sessions', 'train.participants'],
    ['dispute', 'dispute.cases', 'dispute.rate'],
    ['pub', 'pub.events', 'pub.reach'],
    ['recon', 'recon.received', 'recon.correction_rate'],
  ] as const)('%s leads with %s and then %s, both of its own group', (g, main, second) => {
    expect(FOCUS[g].main).toBe(main);
    expect(FOCUS[g].second).toBe(second);
    expect(getIndicator(main).group).toBe(g);
    expect(getIndicator(second).group).toBe(g);
  });

  test('headlines are each group’s main, second and further figures, in group order', () => {
    expect(HEADLINE_KEYS).toEqual([
      'train.sessions',
      'train.participants',
      'dispute.cases',
      'dispute.rate',
      'pub.events',
      'pub.reach',
      'pub.materials',
      'recon.received',
      'recon.correction_rate',
    ]);
    expect(MAIN_KEYS).toEqual(HEADLINE_KEYS.filter((k) => k !== 'pub.materials'));
  });

  test('the catalog marks exactly the focus groups as focus, and focus keys are their indicators', () => {
    expect(GROUPS.filter((g) => g.focus).map((g) => g.key)).toEqual([...FOCUS_GROUPS]);
    for (const k of FOCUS_KEYS) expect(FOCUS_GROUPS).toContain(getIndicator(k).group);
    expect(FOCUS_KEYS).toEqual(expect.arrayContaining([...HEADLINE_KEYS]));
  });
});

describe('directions', () => {
  test.each([
    ['pub.events', 'higher', '越高越好', '数值越高排名越前'],
    ['litig.lost_rate', 'lower', '越低越好', '数值越低排名越前'],
    ['recon.received', 'neither', '数量指标，不分好坏', '按数值从大到小排列，数量多少不代表好坏'],
  ] as const)('%s is better %s: %s, %s', (key, direction, better, ranking) => {
    expect(getIndicator(key).direction).toBe(direction);
    expect(DIRECTION_LABEL[direction]).toEqual({ better, ranking });
  });

  test.each([
    ['higher', true, true],
    ['lower', true, false],
    ['neither', false, true],
  ] as const)('a %s-is-better figure is judged: %s; listed largest first: %s', (d, judged, largest) => {
    expect(judges(d)).toBe(judged);
    expect(largestFirst(d)).toBe(largest);
  });

  test('every direction has its labels', () => {
    expect(Object.keys(DIRECTION_LABEL)).toEqual([...DIRECTIONS]);
  });
});

describe('accepted file formats', () => {
  test.each([
    ['报告.txt', 'txt'],
    ['报告.TEXT', 'txt'],
    ['a.md', 'md'],
    ['a.markdown', 'md'],
    ['a.Docx', 'docx'],
    ['a.pdf', 'pdf'],
    ['a.doc', null],
    ['a.xlsx', null],
    ['no-extension', null],
  ] as const)('reads %s as %s', (name, format) => {
    expect(formatOfName(name)).toBe(format);
  });

  test.each([
    ['txt', 'text/plain'],
    ['md', 'text/markdown'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['pdf', 'application/pdf'],
  ] as const)('a %s file is %s', (f, mime) => {
    expect(FORMAT_INFO[f].mime).toBe(mime);
  });

  test('the picker, the refusal and the upload page name the same formats', () => {
    expect(Object.keys(FORMAT_INFO)).toEqual([...REPORT_FORMATS]);
    expect(EXTENSIONS).toEqual(['.txt', '.md', '.docx', '.pdf']);
    expect(ACCEPT).toBe('.txt,.md,.docx,.pdf');
    expect(EXTENSIONS_TEXT).toBe('.txt、.md、.docx 或 .pdf');
    expect(FORMATS_TEXT).toBe('.txt / .md（任意中文编码）、.docx、带文字层的 .pdf');
  });
});

describe('statuses', () => {
  test.each([
    ['auto', '自动提取'],
    ['pending', '新数字待审核（未计入）'],
    ['confirmed', '已确认'],
    ['corrected', '已更正'],
    ['rejected', '已驳回'],
    ['added', '人工补录'],
  ] as const)('a %s fact reads %s', (s, label) => {
    expect(FACT_STATUS_LABEL[s]).toBe(label);
  });

  test('every fact status and value status has a label', () => {
    expect(Object.keys(FACT_STATUS_LABEL)).toEqual([...FACT_STATUSES]);
    expect(Object.keys(VALUE_STATUS_LABEL)).toEqual([...VALUE_STATUSES]);
    for (const s of VALUE_STATUSES) expect(VALUE_STATUS_LABEL[s].short).toBe(FACT_STATUS_LABEL[s]);
  });
});
