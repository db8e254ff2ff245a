import { useQuery } from '@tanstack/react-query';
import { RequestError } from '../../lib/api.ts';
import { setParams, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, ErrorBox, Loading, NoReports } from '../../lib/states.tsx';
import { briefingPdfHref, briefingQuery, FOCUS_OPTIONS, parseAnnex, parseFocus } from './query.ts';
import { Sheet } from './Sheet.tsx';
import './briefing.css';

export default function BriefingView() {
  const { county, year, loading } = useScope();
  const { params } = useLocation();
  const q = { county: county ?? '', year: year ?? 0, focus: parseFocus(params.get('focus')) };
  const annex = parseAnnex(params.get('annex'));
  const query = useQuery({ ...briefingQuery(q), enabled: county !== null && year !== null });
  if (!loading && county === null) return <NoReports />;
  return (
    <section className="view briefing-view" data-view="briefing">
      <div className="controls no-print">
        <fieldset className="segmented" aria-label="指标范围">
          {FOCUS_OPTIONS.map((f) => (
            <button
              type="button"
              key={f.label}
              className={f.value === q.focus ? 'active' : ''}
              aria-pressed={f.value === q.focus}
              onClick={() => setParams({ focus: f.value })}
            >
              {f.label}
            </button>
          ))}
        </fieldset>
        <label title="一页简报之后，附全部语句、其余图表和各单位主要指标（横向）">
          <input
            type="checkbox"
            checked={annex}
            onChange={(e) => setParams({ annex: e.target.checked ? 1 : null })}
            data-testid="annex"
          />
          附各单位附表
        </label>
        <button type="button" className="button" onClick={() => window.print()}>
          打印
        </button>
        <a className="button primary" href={briefingPdfHref(q, annex)} download data-testid="export-pdf">
          导出 PDF
        </a>
      </div>
      {query.isError ? (
        <div data-print-error={query.error instanceof Error ? query.error.message : ''}>
          {query.error instanceof RequestError && query.error.code === 'no_data' ? (
            // a year without reports is said once, as a fact, not as a fault
            <Empty>{query.error.message}</Empty>
          ) : (
            <ErrorBox error={query.error} retry={() => query.refetch()} />
          )}
        </div>
      ) : query.data ? (
        <Sheet key={`${q.county}|${q.year}|${q.focus}|${annex}`} data={query.data} annex={annex} />
      ) : (
        <Loading what="简报" />
      )}
    </section>
  );
}
