import { DIRECTION_LABEL, UNIT_GROUP_LABEL } from '@fazhi/catalog/vocabulary';
import { ABSENT_LABEL, valueState } from '@fazhi/catalog/wording';
import type { Briefing, BriefingRankEntry } from '@fazhi/contract';
import { Absent } from '../../lib/absent.tsx';
import { EvidenceLink } from '../../lib/evidence.tsx';
import { formatChange, formatFigure, formatNumber, formatValue } from '../../lib/format.ts';

/** 另2个未报送、1个未提及 beside a count of units ('' when every unit gave the figure). */
const absentNote = (a: { noReport: number; notMentioned: number }) => {
  const parts = [
    a.noReport > 0 ? `${a.noReport}个${ABSENT_LABEL.no_report}` : '',
    a.notMentioned > 0 ? `${a.notMentioned}个${ABSENT_LABEL.not_mentioned}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `另${parts.join('、')}` : '';
};

function Entries({ list, unit }: { list: BriefingRankEntry[]; unit: string }) {
  if (list.length === 0) return <>—</>;
  return (
    <>
      {list.map((e, n) => (
        <span key={e.unit.id} className="entry">
          {n > 0 && '、'}
          {e.unit.name}（
          <EvidenceLink factIds={e.factIds} status={e.status}>
            {formatValue(e.value, e.qualifier, unit)}
          </EvidenceLink>
          ）
        </span>
      ))}
    </>
  );
}

/** The county-wide figures: counts summed over the units that reported, rates as their median. */
export function HeadlineTable({ data }: { data: Briefing }) {
  const shown = data.headlines;
  return (
    <table className="briefing-table headline-table">
      <thead>
        <tr>
          <th>指标</th>
          <th>{data.year}年</th>
          <th>报告单位</th>
          <th>
            {ABSENT_LABEL.no_report} / {ABSENT_LABEL.not_mentioned}
          </th>
          <th>较上年（同口径）</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((h) => (
          <tr key={h.indicator.key}>
            <td>
              {h.indicator.label}
              {h.measure === 'median' && <span className="muted">（各单位中位数）</span>}
            </td>
            <td className="num">
              {formatFigure(
                h.value,
                h.qualifier,
                h.indicator.unit,
                h.value === null ? 'not_mentioned' : 'value',
              )}
            </td>
            <td className="num">{h.units}</td>
            <td className="num">
              {h.absent.noReport} / {h.absent.notMentioned}
            </td>
            <td className="num">
              {h.change
                ? `${formatChange(h.change, h.indicator.unit)}${h.change.units < h.units ? `，${h.change.units}个单位` : ''}`
                : '上年无可比数据'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The first and last three units on each headline indicator, within their peers. */
export function LeadersTable({ data }: { data: Briefing }) {
  const rows = data.sections.flatMap((s) => s.leaders);
  return (
    <table className="briefing-table leaders">
      <thead>
        <tr>
          <th>指标</th>
          <th>比较范围</th>
          <th>靠前</th>
          <th>靠后</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={l.indicator.key}>
            <td>
              {l.indicator.label}
              {l.indicator.direction === 'lower' && (
                <span className="muted">（{DIRECTION_LABEL.lower.better}）</span>
              )}
            </td>
            <td>
              {UNIT_GROUP_LABEL[l.peers].noun}
              {l.ranked}个{l.unranked > 0 && `，另${l.unranked}个基数不足`}
              {absentNote(l.absent) && <span className="absent-note">（{absentNote(l.absent)}）</span>}
            </td>
            <td>
              <Entries list={l.top} unit={l.indicator.unit} />
            </td>
            <td>
              <Entries list={l.bottom} unit={l.indicator.unit} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every unit's figures on the headline indicators: wide, so it prints on landscape pages. */
export function AppendixTable({ data }: { data: Briefing }) {
  const { indicators, rows } = data.table;
  return (
    <table className="briefing-table appendix-table">
      <thead>
        <tr>
          <th>单位</th>
          {indicators.map((i) => (
            <th key={i.key}>
              {i.label}
              <span className="th-unit">（{i.unit}）</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.unit.id}>
            <td>{r.unit.name}</td>
            {r.cells.map((c, n) => (
              <td key={indicators[n]?.key} className={c ? 'num' : 'num missing'}>
                {c ? (
                  <>
                    <EvidenceLink factIds={c.factIds} status={c.status}>
                      {formatValue(c.value, c.qualifier, '')}
                    </EvidenceLink>
                    <span className="previous">
                      上年 {c.previous === null ? '—' : formatNumber(c.previous)}
                    </span>
                  </>
                ) : (
                  <Absent state={valueState(false, r.reported)} />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
