import { UNIT_GROUP_LABEL } from '@fazhi/catalog/vocabulary';
import { emptyYearText, rankingFileName } from '@fazhi/catalog/wording';
import type { RankingResponse } from '@fazhi/contract';
import type { z } from 'zod';
import {
  asOfLabel,
  figureOrState,
  isPercent,
  qualifierMark,
  statusLabel,
  unitTypeLabel,
  type Workbook,
} from './table.ts';

/**
 * The ranking as an export table; 余/近 get a column of their own so the numbers stay numbers, and a unit
 * without the figure reads 未报送 or 未提及 in its place. An empty year is one line saying so. A rate's change
 * is in percentage points and headed so; only counts get a change in per cent.
 */
export function rankingTable(r: z.infer<typeof RankingResponse>): Workbook {
  const unitSuffix = `（${r.indicator.unit}）`;
  const rate = isPercent(r.indicator);
  const reviewed = `已审核 ${Math.round(r.reviewedShare * 100)}%`;
  const sample = r.rows.some((row) => row.unit.sample) ? ' · 含示例数据' : '';
  const columns = [
    { header: '排名', width: 6 },
    { header: '并列', width: 6 },
    { header: '单位', width: 22 },
    { header: '类型', width: 10 },
    { header: `数值${unitSuffix}`, width: 12, figures: true },
    { header: '约数标记', width: 9 },
    ...(r.per10k ? [{ header: `每万人${unitSuffix}`, width: 12 }] : []),
    { header: `上年数值${unitSuffix}`, width: 14, figures: true },
    { header: rate ? '较上年增减（百分点）' : `较上年增减${unitSuffix}`, width: 14 },
    ...(rate ? [] : [{ header: '较上年增减幅度（%）', width: 14 }]),
    { header: '上年排名', width: 9 },
    { header: '名次变化', width: 9 },
    { header: '审核状态', width: 10 },
    { header: '备注', width: 22 },
  ];
  const rows = r.rows.map((row) => {
    const notes = [
      row.smallBase ? `基数${row.base ?? ''}过小，未排名` : '',
      r.per10k && row.state === 'value' && row.per10k === null ? '无人口数据，未排名' : '',
      row.unit.sample ? '示例数据' : '',
    ].filter(Boolean);
    return [
      row.rank,
      row.tied ? '并列' : '',
      row.unit.name,
      unitTypeLabel(row.unit.type),
      figureOrState(row.value, row.state),
      qualifierMark(row.qualifier),
      ...(r.per10k ? [row.per10k] : []),
      figureOrState(row.previous?.value ?? null, row.previousState),
      row.change?.abs ?? null,
      ...(rate ? [] : [row.change?.pct ?? null]),
      row.previous?.rank ?? null,
      row.change?.rank ?? null,
      statusLabel(row.status),
      notes.join('；'),
    ];
  });
  const empty = r.reported === 0;
  if (empty && rows.length === 0) rows.push([emptyYearText(r.year)]);
  const sheet = {
    name: '排名',
    title: `${r.county.name} ${r.year}年 ${r.indicator.label}排名（${UNIT_GROUP_LABEL[r.group].title}${r.per10k ? '，每万人' : ''}）`,
    subtitle: `${asOfLabel(r.asOf)} · ${reviewed}${sample} · ${
      empty ? `${emptyYearText(r.year)}` : '未报送、未提及的单位不计为0，列在最后'
    }`,
    columns,
    rows,
  };
  const name = { county: r.county.name, year: r.year, indicator: r.indicator.label };
  return { fileName: rankingFileName({ ...name, group: r.group, per10k: r.per10k }), sheets: [sheet] };
}
