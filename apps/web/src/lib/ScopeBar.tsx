import { type ReactNode, useEffect } from 'react';
import { setParams, useLocation } from './router.tsx';
import { rememberScope, useScope } from './scope.ts';
import { ErrorBox } from './states.tsx';

/** County and year pickers; they write to the URL, so the view can be bookmarked. */
export function ScopeBar({ withYear }: { withYear: boolean }) {
  const scope = useScope();
  if (scope.counties.length === 0) return null;
  return (
    <div className="scope">
      <label>
        县区
        <select
          value={scope.county ?? ''}
          // a unit and a figure belong to one county: the review's unit filter and open figure go with it
          onChange={(e) => {
            rememberScope({ county: e.target.value, year: null });
            setParams({ county: e.target.value, year: null, unit: null, fact: null });
          }}
          aria-label="县区"
        >
          {scope.unknownCounty && <option value={scope.county ?? ''}>（未知县区）</option>}
          {scope.counties.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {withYear && (
        <label>
          年度
          <select
            value={scope.year ?? ''}
            onChange={(e) => {
              if (scope.county !== null)
                rememberScope({ county: scope.county, year: Number(e.target.value) });
              setParams({ year: e.target.value });
            }}
            aria-label="年度"
            disabled={scope.years.length === 0}
          >
            {scope.year !== null && !scope.years.includes(scope.year) && (
              <option value={scope.year}>{scope.year}</option>
            )}
            {[...scope.years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/**
 * A view scoped to a county renders only once the county is known to exist. The county (and the year) it
 * opened on are written into the URL, so a link shared today still means the same figures next year.
 */
export function ScopeGuard({ children, withYear }: { children: ReactNode; withYear: boolean }) {
  const scope = useScope();
  const { params } = useLocation();
  const missing =
    scope.county !== null &&
    (!params.has('county') || (withYear && scope.year !== null && !params.has('year')));
  useEffect(() => {
    if (missing) setParams({ county: scope.county, ...(withYear ? { year: scope.year } : {}) });
  }, [missing, scope.county, scope.year, withYear]);
  if (scope.error) return <ErrorBox error={scope.error} />;
  if (scope.unknownCounty) {
    return <ErrorBox error={new Error(`没有名为“${scope.county}”的县区，请在右上角重新选择县区`)} />;
  }
  return <>{children}</>;
}
