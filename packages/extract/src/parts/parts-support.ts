import type { PartStatus, ReportPartKey } from '@fazhi/catalog';
import { expect } from 'vitest';
import { findParts, type ReportParts } from './find.ts';

// Paragraphs in the style of real reports, each long enough (two sentences or more) to be present.
export const MEASURES =
  '全年组织领导干部集中学法12次，开展普法宣传活动35场。严格落实重大行政决策程序，合法性审核率达到100%。';
export const SHORTCOMINGS =
  '一是部分干部法治意识有待提高，运用法治思维解决问题的能力不足；二是执法队伍专业化水平不高；三是普法宣传的针对性和实效性不强。';
export const LEADERSHIP =
  '镇党委书记切实履行推进法治建设第一责任人职责，全年主持召开专题会议4次。亲自部署重要工作、亲自协调重大问题、亲自督办重点任务。';
export const NEXT_YEAR =
  '继续深化法治政府建设，严格落实重大行政决策程序，推进政务公开。加强行政执法队伍建设，常态化开展执法人员培训，全面提升依法行政水平。';
export const OPENING =
  '2023年，青石镇坚持以习近平法治思想为指导，法治政府建设取得明显成效。现将有关情况报告如下：';

export const YEAR = 2023;

/** A 2023 report of 青石镇: title, addressee, opening, the given lines, the issuing body and the date. */
export const report = (...body: string[]): string =>
  [
    '青石镇2023年法治政府建设情况报告',
    '',
    '青石县人民政府：',
    OPENING,
    ...body,
    '',
    '青石镇人民政府',
    '2024年1月20日',
    '',
  ].join('\n');

/** For each part: its status and the words its first span starts at; a part not listed is missing. */
export type Want = Partial<Record<ReportPartKey, [PartStatus, string]>>;
export type PartRow = [name: string, text: string, want: Want];

const KEYS: ReportPartKey[] = ['measures', 'shortcomings', 'leadership', 'nextYear', 'other'];

export function expectParts(text: string, want: Want): ReportParts {
  const parts = findParts(text, { year: YEAR });
  const got = Object.fromEntries(
    KEYS.map((k) => [
      k,
      [parts[k].status, parts[k].spans[0] ? text.slice(parts[k].spans[0].start).slice(0, 8) : ''],
    ]),
  );
  const expected = Object.fromEntries(
    KEYS.map((k) => {
      const [status, at] = want[k] ?? ['missing', ''];
      expect(at === '' || text.includes(at), `"${at}" is in the text`).toBe(true);
      return [k, [status, at === '' ? '' : text.slice(text.indexOf(at)).slice(0, 8)]];
    }),
  );
  expect(got).toEqual(expected);
  return parts;
}
