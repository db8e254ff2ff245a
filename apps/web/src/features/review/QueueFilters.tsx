import { useQuery } from '@tanstack/react-query';
import { IndicatorSelect } from '../../lib/IndicatorPicker.tsx';
import { setParams } from '../../lib/router.tsx';
import { countyUnitsQuery, type QueueFilter } from './query.ts';

/** Narrow the queue to one unit, indicator or year; a new filter opens the first figure it holds. */
export function QueueFilters({
  county,
  years,
  filter,
}: {
  county: string | null;
  years: readonly number[];
  filter: QueueFilter;
}) {
  const units = useQuery(countyUnitsQuery(county)).data?.units ?? [];
  const set = (name: keyof QueueFilter) => (value: string) =>
    setParams({ [name]: value || null, fact: null, unread: null });
  const unknownUnit = filter.unit !== null && !units.some((u) => String(u.id) === filter.unit);
  return (
    <div className="controls review-filters" data-testid="queue-filters">
      <label>
        单位
        <select value={filter.unit ?? ''} onChange={(e) => set('unit')(e.target.value)} aria-label="单位">
          <option value="">全部单位</option>
          {unknownUnit && <option value={filter.unit ?? ''}>（编号 {filter.unit}）</option>}
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <IndicatorSelect value={filter.indicator ?? ''} onChange={set('indicator')} any="全部指标" />
      <label>
        年度
        <select value={filter.year ?? ''} onChange={(e) => set('year')(e.target.value)} aria-label="年度">
          <option value="">全部年度</option>
          {filter.year !== null && !years.map(String).includes(filter.year) && (
            <option value={filter.year}>{filter.year}</option>
          )}
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
