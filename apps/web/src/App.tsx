import { lazy, Suspense } from 'react';
import { href, Link, useLocation } from './lib/router.tsx';
import { ScopeBar, ScopeGuard } from './lib/ScopeBar.tsx';
import { Loading } from './lib/states.tsx';

const OverviewView = lazy(() => import('./features/overview/OverviewView.tsx'));
const CompareView = lazy(() => import('./features/compare/CompareView.tsx'));
const RankingView = lazy(() => import('./features/ranking/RankingView.tsx'));
const UnitView = lazy(() => import('./features/unit/UnitView.tsx'));
const ReportView = lazy(() => import('./features/report/ReportView.tsx'));
const EvidenceView = lazy(() => import('./features/report/EvidenceView.tsx'));
const CompletenessView = lazy(() => import('./features/completeness/CompletenessView.tsx'));
const UploadView = lazy(() => import('./features/upload/UploadView.tsx'));

const TABS = [
  { path: '/', label: '总览', scope: 'year' },
  { path: '/compare', label: '对比', scope: 'year' },
  { path: '/ranking', label: '排名', scope: 'year' },
  { path: '/completeness', label: '完整性', scope: 'county' },
  { path: '/upload', label: '上传', scope: null },
] as const;

function route(path: string) {
  const unit = /^\/units\/(\d+)$/.exec(path);
  if (unit) return <UnitView id={Number(unit[1])} />;
  const report = /^\/reports\/(\d+)$/.exec(path);
  if (report) return <ReportView id={Number(report[1])} />;
  switch (path) {
    case '/':
      return <OverviewView />;
    case '/compare':
      return <CompareView />;
    case '/ranking':
      return <RankingView />;
    case '/evidence':
      return <EvidenceView />;
    case '/completeness':
      return <CompletenessView />;
    case '/upload':
      return <UploadView />;
    default:
      return (
        <div className="state empty">
          没有这个页面。<Link to="/">回到总览</Link>
        </div>
      );
  }
}

export function App() {
  const { path, params } = useLocation();
  const tab = TABS.find((t) => t.path === path);
  const keep = { county: params.get('county'), year: params.get('year') };
  return (
    <div className="app">
      <header className="top">
        <Link to={href('/', keep)} className="brand">
          法治指标看板
        </Link>
        <nav className="tabs" aria-label="视图">
          {TABS.map((t) => (
            <Link
              key={t.path}
              to={href(t.path, t.scope ? keep : {})}
              className={t.path === path ? 'tab active' : 'tab'}
              aria-current={t.path === path ? 'page' : undefined}
            >
              {t.label}
            </Link>
          ))}
        </nav>
        {tab?.scope && <ScopeBar withYear={tab.scope === 'year'} />}
      </header>
      <main className="page">
        <Suspense fallback={<Loading what="页面" />}>
          {tab?.scope ? <ScopeGuard>{route(path)}</ScopeGuard> : route(path)}
        </Suspense>
      </main>
    </div>
  );
}
