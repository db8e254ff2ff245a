import { judges } from '@fazhi/catalog/vocabulary';
import { ABSENT_HINT } from '@fazhi/catalog/wording';
import type { Ranking, RankingEntry } from '@fazhi/contract';
import { Absent } from '../../lib/absent.tsx';
import { CorrectLink } from '../../lib/CorrectLink.tsx';
import { EvidenceLink } from '../../lib/evidence.tsx';
import {
  changeArrow,
  changeTone,
  formatChange,
  formatNumber,
  formatRank,
  formatRankChange,
  formatValue,
  qualifierMark,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { href, Link, setParams } from '../../lib/router.tsx';
import type { SortDir, SortKey } from './sort.ts';

function note(r: RankingEntry, data: Ranking): string {
  if (r.state !== 'value') return ABSENT_HINT[r.state];
  if (r.smallBase) return `基数 ${r.base ?? '未知'}，少于 ${data.minBase}，不参与排名`;
  if (data.per10k && r.per10k === null) return '人口未知，不参与折算排名';
  return r.status && r.status !== 'auto' ? (STATUS_LABEL[r.status] ?? '') : '';
}

function Header({ label, k, sort }: { label: string; k: SortKey; sort: { key: SortKey; dir: SortDir } }) {
  const active = sort.key === k;
  const next: SortDir = active
    ? sort.dir === 'asc'
      ? 'desc'
      : 'asc'
    : k === 'rank' || k === 'name'
      ? 'asc'
      : 'desc';
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => setParams({ sort: k, dir: next })}>
        {label}
        {active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
}

/** The ranking as a table: ties as 并列, change arrows, 未报送 / 未提及 apart, 余/近 marks, small bases noted. */
export function RankingTable({
  data,
  rows,
  sort,
}: {
  data: Ranking;
  rows: RankingEntry[];
  sort: { key: SortKey; dir: SortDir };
}) {
  const ind = data.indicator;
  return (
    <div className="table-wrap">
      <table className="data ranking-table">
        <thead>
          <tr>
            <Header label="名次" k="rank" sort={sort} />
            <Header label="单位" k="name" sort={sort} />
            <Header label={`${data.year}年（${ind.unit}）`} k="value" sort={sort} />
            <th scope="col">约数</th>
            {data.per10k && <th scope="col">每万人</th>}
            <th scope="col">{data.year - 1}年</th>
            <Header label="较上年" k="change" sort={sort} />
            <Header label="名次变化" k="rankChange" sort={sort} />
            <th scope="col">备注</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.unit.id}
              className={r.state !== 'value' ? 'missing-row' : r.rank === null ? 'unranked-row' : ''}
            >
              <td className="rank">{formatRank(r.rank, r.tied)}</td>
              <th scope="row">
                <Link to={href(`/units/${r.unit.id}`)}>{r.unit.name}</Link>
              </th>
              <td className="num">
                {r.value === null ? (
                  <Absent state={r.state} />
                ) : (
                  <EvidenceLink factIds={r.factIds} status={r.status}>
                    {formatValue(r.value, r.qualifier, ind.unit)}
                  </EvidenceLink>
                )}
                <CorrectLink factIds={r.factIds} county={data.county.name} short />
              </td>
              <td className="mark">{qualifierMark(r.qualifier)}</td>
              {data.per10k && <td className="num">{r.per10k === null ? '—' : formatNumber(r.per10k)}</td>}
              <td className="num">
                {r.previous ? (
                  <EvidenceLink factIds={r.previous.factIds}>
                    {formatValue(r.previous.value, r.previous.qualifier, ind.unit)}
                  </EvidenceLink>
                ) : (
                  <Absent state={r.previousState} />
                )}
                <CorrectLink factIds={r.previous?.factIds ?? []} county={data.county.name} short />
              </td>
              <td className={`num tone-${changeTone(r.change?.abs, ind.direction)}`}>
                {changeArrow(r.change?.abs, ind.direction)} {formatChange(r.change, ind.unit)}
              </td>
              <td
                className={`num tone-${changeTone(r.change?.rank, judges(ind.direction) ? 'higher' : 'neither')}`}
              >
                {formatRankChange(r.change?.rank, ind.direction)}
              </td>
              <td className="note">{note(r, data)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
