import { DIRECTION_LABEL, UNIT_GROUP_LABEL } from '@fazhi/catalog/vocabulary';
import { ABSENT_LABEL, valueState } from '@fazhi/catalog/wording';
import type { Briefing, BriefingRankEntry } from '@fazhi/contract';
import { Absent } from '../../lib/absent.tsx';
import { EvidenceLink } from '../../lib/evidence.tsx';
import { formatChange, formatFigure, formatNumber, formatValue } from '../../lib/format.ts';

/** At most three units with their figures; units tied past the third are counted, not named. */
function Entries({ list }: { list: BriefingRankEntry[] }) {
  if (list.length === 0) return <>—</>;
  const shown = list.slice(0, 3);
  return (
    <>
      {shown.map((e, n) => (
        <span key={e.unit.id} className="entry">
          {n > 0 && '、'}
          {e.unit.name}{' '}
          <EvidenceLink factIds={e.factIds} status={e.status}>
            {formatValue(e.value, e.qualifier, '')}
          </EvidenceLink>
        </span>
      ))}
      {list.length > shown.length && ` 等${list.length}个`}
    </>
  );
}

/**
 * The county-wide figures: counts summed over the units that reported, rates as the median over the peers
 * the text compares; the 口径 column says which, in the words the sentences use.
 */
export function HeadlineTable({ data }: { data: Briefing }) {
  const shown = data.headlines;
  return (
    <table className="briefing-table headline-table">
      <colgroup>
        <col className="col-indicator" />
        <col className="col-statistic" />
        <col className="col-value" />
        <col className="col-units" />
        <col className="col-absent" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>指标</th>
          <th>口径</th>
          <th>{data.year}年</th>
          <th>单位数</th>
          <th>
            {ABSENT_LABEL.no_report}/{ABSENT_LABEL.not_mentioned}
          </th>
          <th>较上年（同口径）</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((h) => (
          <tr key={h.indicator.key}>
            <td>{h.indicator.label}</td>
            <td className="statistic">{h.statistic}</td>
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

/**
 * The first and last three units on each headline indicator that is better one way, within their peers;
 * caseloads (受理件数, 纠纷件数) have no leaders and laggards. Compact, for the one page: the unit of measure
 * is said once beside the indicator, and who has no figure is in the headline table.
 */
export function LeadersTable({ data }: { data: Briefing }) {
  const rows = data.sections.flatMap((s) => s.leaders);
  if (rows.length === 0) return <p className="muted">本简报的指标均为数量指标，不分好坏，不列靠前靠后。</p>;
  return (
    <table className="briefing-table leaders">
      <colgroup>
        <col className="col-indicator" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>指标（比较范围）</th>
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
                <span className="muted">（{DIRECTION_LABEL[l.indicator.direction].better}）</span>
              )}
              <span className="peers">
                {UNIT_GROUP_LABEL[l.peers].noun}
                {l.ranked}个{l.unranked > 0 && `，另${l.unranked}个基数不足`}，单位：{l.indicator.unit}
              </span>
            </td>
            <td>
              <Entries list={l.top} />
            </td>
            <td>
              <Entries list={l.bottom} />
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
