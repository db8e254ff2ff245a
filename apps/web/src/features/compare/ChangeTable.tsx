import { Absent } from '../../lib/absent.tsx';
import { EvidenceLink } from '../../lib/evidence.tsx';
import { changeArrow, changeTone, formatChange, formatValue } from '../../lib/format.ts';
import { href, Link } from '../../lib/router.tsx';
import type { ChangeRow } from './table.ts';

/** Units × indicators: this year's figure (click for its sentence) or why there is none, and the change. */
export function ChangeTable({
  rows,
  year,
  base,
  chosen,
}: {
  rows: ChangeRow[];
  year: number;
  base: number;
  chosen: readonly number[];
}) {
  const indicators = rows[0]?.cells.map((c) => c.indicator) ?? [];
  return (
    <div className="table-wrap">
      <table className="data change-table">
        <caption>
          {year}年数值与较{base}年变化
        </caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            {indicators.map((i) => (
              <th scope="col" key={i.key}>
                {i.label}（{i.unit}）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit.id} className={chosen.includes(r.unit.id) ? 'chosen-row' : undefined}>
              <th scope="row">
                <Link to={href(`/units/${r.unit.id}`)}>{r.unit.name}</Link>
              </th>
              {r.cells.map(({ indicator, cell, state, change }) => (
                <td key={indicator.key} className={cell ? 'num' : 'num missing'}>
                  {cell ? (
                    <>
                      <EvidenceLink factIds={cell.factIds} status={cell.status}>
                        {formatValue(cell.value, cell.qualifier, indicator.unit)}
                      </EvidenceLink>
                      <div className={`change tone-${changeTone(change?.abs, indicator.direction)}`}>
                        {changeArrow(change?.abs, indicator.direction)} {formatChange(change, indicator.unit)}
                      </div>
                    </>
                  ) : (
                    <Absent state={state} />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
