import { ALWAYS_REQUIRED_PARTS, PART_STATUS_LABEL, REPORT_PART_LABEL } from '@fazhi/catalog';
import { ABSENT_LABEL, complianceFileName, emptyYearText } from '@fazhi/catalog/wording';
import type { ComplianceResponse } from '@fazhi/contract';
import type { z } from 'zod';
import type { Cell, Workbook } from './table.ts';

type Compliance = z.infer<typeof ComplianceResponse>;
type Row = Compliance['rows'][number];

/** 按时 / 迟交3天 / 未报送. */
export function timelinessText(r: Pick<Row, 'reportId' | 'onTime' | 'daysLate'>): string {
  if (r.reportId === null) return ABSENT_LABEL.no_report;
  return r.onTime ? '按时' : `迟交${r.daysLate ?? 0}天`;
}

/**
 * 存在的不足和原因、第一责任人履职情况（仅一句）; 无 when every part is written out. 其他需要报告的情况 is
 * written only when there is something else to report, so it is never listed.
 */
export function missingPartsText(parts: NonNullable<Row['parts']>): string {
  const missing = ALWAYS_REQUIRED_PARTS.filter((k) => parts[k] === 'missing').map(
    (k) => REPORT_PART_LABEL[k],
  );
  const token = ALWAYS_REQUIRED_PARTS.filter((k) => parts[k] === 'token').map(
    (k) => `${REPORT_PART_LABEL[k]}（${PART_STATUS_LABEL.token}）`,
  );
  return [...missing, ...token].join('、') || '无';
}

/** The higher of the two shares, in per cent, and where the text is found: 与上年报告 or the peer's name. */
export function highestReuse(reuse: Row['reuse']): { percent: number; source: string } | null {
  if (!reuse) return null;
  const previous = reuse.previousYear;
  const peer = reuse.peer;
  if (previous === null && peer === null) return null;
  const fromPrevious = previous !== null && (peer === null || previous >= peer.share);
  const share = fromPrevious ? (previous ?? 0) : (peer?.share ?? 0);
  return { percent: Math.round(share * 100), source: fromPrevious ? '与上年报告' : (peer?.unit ?? '') };
}

const cellsOf = (r: Row): Cell[] => {
  if (r.reportId === null) return [r.unit, null, timelinessText(r), null, null, null, null, null];
  const reuse = highestReuse(r.reuse);
  return [
    r.unit,
    r.received,
    timelinessText(r),
    r.parts ? missingPartsText(r.parts) : '尚未识别（需重新提取）',
    r.published ? '已公开' : '未公开',
    r.publishedUrl,
    reuse?.percent ?? null,
    reuse?.source ?? null,
  ];
};

/**
 * The 报送与质量 of a county's year in the shape county offices publish a 通报: a row per unit saying when
 * its report came and whether on time, the required parts it lacks, whether it is public and how much of
 * it is found in last year's report or another unit's. A year without any report is one line.
 */
export function complianceTable(c: Compliance): Workbook {
  const received = c.rows.filter((r) => r.reportId !== null);
  const late = received.filter((r) => r.onTime === false).length;
  const counts = `共${c.rows.length}个单位：按时${received.length - late}个，迟交${late}个，${ABSENT_LABEL.no_report}${c.rows.length - received.length}个`;
  const deadlines = `报送期限 ${c.deadlines.reportBy} · 公开期限 ${c.deadlines.publishBy}`;
  const rows = received.length === 0 ? [[emptyYearText(c.year)]] : c.rows.map(cellsOf);
  return {
    fileName: complianceFileName({ county: c.county.name, year: c.year }),
    sheets: [
      {
        name: '报送情况',
        title: `${c.county.name} ${c.year}年度法治政府建设报告报送情况通报`,
        subtitle: `${deadlines} · ${received.length === 0 ? emptyYearText(c.year) : counts}`,
        columns: [
          { header: '单位', width: 22 },
          { header: '报送日期', width: 12 },
          { header: '是否按时', width: 10 },
          { header: '缺少部分', width: 40 },
          { header: '是否公开', width: 9 },
          { header: '公开网址', width: 30 },
          { header: '重复率（%）', width: 11, figures: true },
          { header: '重复来源', width: 14 },
        ],
        rows,
      },
    ],
  };
}
