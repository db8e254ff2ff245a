import type { PartStatus, ReportPartKey } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { plain } from './sentences.ts';
import { submissionCounts, submissionsSentence } from './submissions.ts';

const ALL_PRESENT: Record<ReportPartKey, PartStatus> = {
  measures: 'present',
  shortcomings: 'present',
  leadership: 'present',
  nextYear: 'present',
  other: 'present',
};
const onTime = { reportId: 1, onTime: true, parts: ALL_PRESENT };
const late = { reportId: 2, onTime: false, parts: ALL_PRESENT };
const none = { reportId: null, onTime: null, parts: null };
const lacking = (keys: ReportPartKey[], status: PartStatus = 'missing', base = onTime) => ({
  ...base,
  parts: { ...ALL_PRESENT, ...Object.fromEntries(keys.map((k) => [k, status])) },
});
const times = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => row);

describe('the briefing’s sentence on how the reports were handed in', () => {
  test.each([
    {
      name: 'every unit on time and every part written: one clause, nothing on parts',
      rows: times(5, onTime),
      text: '全县5个单位均按时报送。',
    },
    {
      name: 'some late: on time and late counted, no 未报送 when every unit reported',
      rows: [...times(20, onTime), ...times(3, late)],
      text: '全县23个单位中，20个按时报送，3个逾期报送。',
    },
    {
      name: 'some without a report: as the issue puts it',
      rows: [...times(21, onTime), ...times(2, none)],
      text: '全县23个单位中，21个按时报送，2个未报送。',
    },
    {
      name: 'late and missing together, and every one late',
      rows: [...times(2, late), none],
      text: '全县3个单位中，2个逾期报送，1个未报送。',
    },
    {
      name: 'every unit late',
      rows: times(4, late),
      text: '全县4个单位均逾期报送。',
    },
    {
      name: 'a part some reports lack: how many reports lack it',
      rows: [...times(18, onTime), ...times(3, lacking(['shortcomings'])), ...times(2, none)],
      text: '全县23个单位中，21个按时报送，2个未报送；3份报告缺少“存在的不足和原因”部分。',
    },
    {
      name: 'several parts lacking: each in the regulation’s order, late reports counted too, 其他需要报告的情况 not (written only when there is something)',
      rows: [
        lacking(['other', 'shortcomings']),
        lacking(['other'], 'missing', late),
        lacking(['leadership', 'other']),
        onTime,
      ],
      text: '全县4个单位中，3个按时报送，1个逾期报送；1份报告缺少“存在的不足和原因”部分，1份缺少“第一责任人履职情况”部分。',
    },
    {
      name: 'a part written in one sentence only is not said to be missing',
      rows: [lacking(['shortcomings'], 'token'), onTime],
      text: '全县2个单位均按时报送。',
    },
    {
      name: 'a report whose parts are not read yet is counted in no part',
      rows: [{ ...onTime, parts: null }, lacking(['nextYear'])],
      text: '全县2个单位均按时报送；1份报告缺少“下一年度主要安排”部分。',
    },
  ])('$name', ({ rows, text }) => {
    const s = submissionsSentence(submissionCounts(rows));
    expect(s.kind).toBe('submissions');
    expect(plain(s)).toBe(text);
  });

  test('counts each part only over the reports received', () => {
    const c = submissionCounts([lacking(['shortcomings']), none, late]);
    expect(c).toEqual({
      units: 3,
      onTime: 1,
      late: 1,
      noReport: 1,
      missingParts: [{ part: 'shortcomings', label: '存在的不足和原因', reports: 1 }],
    });
  });
});
