import {
  FACT_STATUSES,
  INDICATOR_KEYS,
  PEER_GROUPS,
  QUALIFIERS,
  REPORT_FORMATS,
  UNIT_GROUPS,
  UNIT_TYPES,
  VALUE_QUALIFIERS,
  VALUE_STATUSES,
} from '@fazhi/catalog';
import { VALUE_STATES } from '@fazhi/catalog/wording';
import { z } from 'zod';
import { zhCN } from 'zod/locales';

// Validation messages for people are Chinese.
z.config(zhCN());

export const ErrorBody = z
  .object({ error: z.string(), message: z.string() })
  .meta({ description: '错误：error 为机器可读的代码，message 为给人看的中文说明' });

/**
 * A query string's parameters: only the named ones. An unknown parameter is refused (400) rather than
 * ignored, so that one question has one URL and the answer cache cannot be filled with junk variants.
 */
export const query = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `不认识的参数 ${iss.keys.join('、')}（可用的参数：${Object.keys(shape).join('、')}）`
        : undefined,
  });

export const IndicatorKey = z.enum(INDICATOR_KEYS);

/** A unit name a person types: Chinese (with digits or brackets), nothing a spreadsheet would run, no markup. */
export const UnitNameInput = z
  .string()
  .trim()
  .min(2, '单位名称至少 2 个字')
  .max(40, '单位名称不能超过 40 个字')
  .regex(/^[\u4e00-\u9fff][\u4e00-\u9fff0-9()（）·]*$/, '单位名称应由汉字组成（可含数字和括号），如 邢庄镇');
/** An indicator key as a caller writes it: well-formed here, checked against the catalog by the service (404). */
export const IndicatorRef = z
  .string()
  .regex(/^[a-z]+\.[a-z_]+$/, '指标键的格式应为“组.名称”，如 dispute.cases');
export const Qualifier = z.enum(QUALIFIERS);
export const ValueQualifier = z.enum(VALUE_QUALIFIERS);
export const FactStatus = z.enum(FACT_STATUSES);
/** A value's review state: 自动提取 / 已确认 / 已更正 (a person corrected or added a figure in it). */
export const ValueStatus = z.enum(VALUE_STATUSES);
/** value: the figure; not_mentioned (未提及): a report in force without it; no_report (未报送): no report. */
export const ValueState = z.enum(VALUE_STATES);
/** Units of a scope without the figure, by why. */
export const AbsentCounts = z.object({ noReport: z.number(), notMentioned: z.number() });
export const UnitType = z.enum(UNIT_TYPES);
/** towns: 乡镇与街道; departments: 县直部门; all */
export const UnitGroup = z.enum(UNIT_GROUPS);
/** the units compared: 乡镇（街道） or 县直部门 */
export const PeerGroup = z.enum(PEER_GROUPS);
export const ReportFormat = z.enum(REPORT_FORMATS);
export const Year = z.coerce.number().int().min(1990).max(2100);
export const Id = z.coerce.number().int().positive();
export const IdParams = z.object({ id: Id });

export const CountyRef = z.object({ id: z.number(), name: z.string() });
export const UnitRef = z.object({
  id: z.number(),
  name: z.string(),
  type: UnitType,
  sample: z.boolean(),
  population: z.number().nullable(),
});

/** A division the gazetteer knows: its statistics code and its chain 省·市·县·乡镇. */
export const DivisionCandidate = z.object({ code: z.string(), label: z.string() });

/**
 * Where a unit sits, shown where a unit is shown in full: its division's code, the divisions from the
 * province down, and the chain as people read it (河南省·周口市·沈丘县·邢庄镇; a department's is its
 * county's chain and then its own name: 浙江省·杭州市·上城区 · 上城区市场监督管理局).
 */
export const UnitChain = z.object({
  code: z.string(),
  divisions: z.array(z.object({ code: z.string(), name: z.string() })),
  label: z.string(),
});

/** 'a,b,c' → ['a','b','c'] (query strings carry lists this way). */
export const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1));

/** '2019-2024' or '2022,2023' → [2019 … 2024] */
export const YearList = z
  .string()
  .regex(/^\d{4}(?:-\d{4}|(?:,\d{4})*)$/, '年份格式应为 2023、2019-2024 或 2022,2023')
  .transform((s) => {
    const range = /^(\d{4})-(\d{4})$/.exec(s);
    if (!range) return s.split(',').map(Number);
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  })
  .pipe(z.array(z.number().int().min(1990).max(2100)).min(1).max(50));

export const Bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const Change = z.object({
  /** this year minus last year */
  abs: z.number(),
  /** null when last year was 0 */
  pct: z.number().nullable(),
});
