import { lazy, type ReactElement, Suspense, useState } from 'react';
import { UserMenu } from './features/session/UserMenu.tsx';
import { href, Link, useLocation } from './lib/router.tsx';
import { ScopeBar, ScopeGuard } from './lib/ScopeBar.tsx';
import { type Role, useSession } from './lib/session.ts';
import { ErrorBox, Loading } from './lib/states.tsx';

const OverviewView = lazy(() => import('./features/overview/OverviewView.tsx'));
const CompareView = lazy(() => import('./features/compare/CompareView.tsx'));
const RankingView = lazy(() => import('./features/ranking/RankingView.tsx'));
const UnitView = lazy(() => import('./features/unit/UnitView.tsx'));
const ReportView = lazy(() => import('./features/report/ReportView.tsx'));
const EvidenceView = lazy(() => import('./features/report/EvidenceView.tsx'));
const BriefingView = lazy(() => import('./features/briefing/BriefingView.tsx'));
const CompletenessView = lazy(() => import('./features/completeness/CompletenessView.tsx'));
const ComplianceView = lazy(() => import('./features/compliance/ComplianceView.tsx'));
const ReuseView = lazy(() => import('./features/compliance/ReuseView.tsx'));
const UploadView = lazy(() => import('./features/upload/UploadView.tsx'));
const ReviewView = lazy(() => import('./features/review/ReviewView.tsx'));
const AuditView = lazy(() => import('./features/audit/AuditView.tsx'));
const AccountsView = lazy(() => import('./features/accounts/AccountsView.tsx'));
const LoginView = lazy(() => import('./features/session/LoginView.tsx'));
const SetupView = lazy(() => import('./features/session/SetupView.tsx'));

interface Tab {
  path: string;
  label: string;
  scope: 'year' | 'county' | null;
  /** the least role that sees the tab; null: everyone who may read */
  role: Role | null;
}
const TABS: Tab[] = [
  { path: '/', label: '总览', scope: 'year', role: null },
  { path: '/compare', label: '对比', scope: 'year', role: null },
  { path: '/ranking', label: '排名', scope: 'year', role: null },
  { path: '/briefing', label: '简报', scope: 'year', role: null },
  { path: '/completeness', label: '完整性', scope: 'county', role: null },
  { path: '/compliance', label: '报送与质量', scope: 'year', role: null },
  { path: '/review', label: '审核', scope: 'county', role: 'editor' },
  { path: '/upload', label: '上传', scope: null, role: 'editor' },
  { path: '/audit', label: '修改记录', scope: null, role: 'editor' },
  { path: '/accounts', label: '账户', scope: null, role: 'admin' },
];

const PAGES: Record<string, () => ReactElement> = {
  '/': () => <OverviewView />,
  '/compare': () => <CompareView />,
  '/ranking': () => <RankingView />,
  '/evidence': () => <EvidenceView />,
  '/briefing': () => <BriefingView />,
  '/completeness': () => <CompletenessView />,
  '/compliance': () => <ComplianceView />,
  '/reuse': () => <ReuseView />,
  '/upload': () => <UploadView />,
  '/review': () => <ReviewView />,
  '/audit': () => <AuditView />,
  '/accounts': () => <AccountsView />,
};

function route(path: string) {
  const unit = /^\/units\/(\d+)$/.exec(path);
  if (unit) return <UnitView id={Number(unit[1])} />;
  const report = /^\/reports\/(\d+)$/.exec(path);
  if (report) return <ReportView id={Number(report[1])} />;
  const page = PAGES[path];
  if (page) return page();
  return (
    <div className="state empty">
      没有这个页面。<Link to="/">回到总览</Link>
    </div>
  );
}

export function App() {
  const { path, params } = useLocation();
  const session = useSession();
  const info = session.query.data;
  const allowed = (t: Tab) => t.role === null || (t.role === 'editor' ? session.canEdit : session.isAdmin);
  const tab = TABS.find((t) => t.path === path);
  const keep = { county: params.get('county'), year: params.get('year') };
  // on a phone the tabs fold into a menu that closes once a view is chosen
  const [menuOpen, setMenuOpen] = useState(false);
  const signingIn = info && (!session.canRead || (path === '/login' && !session.user));
  let body: ReactElement;
  if (session.query.isPending) body = <Loading what="登录状态" />;
  else if (session.query.isError)
    body = <ErrorBox error={session.query.error} retry={() => session.query.refetch()} />;
  else if (info && (path === '/setup' || (signingIn && !info.hasAccounts)))
    body = (
      <SetupView
        hasAccounts={info.hasAccounts}
        signedIn={session.user !== null}
        next={params.get('next') ?? (path === '/setup' || path === '/login' ? '/' : undefined)}
      />
    );
  else if (signingIn) body = <LoginView next={params.get('next') ?? undefined} />;
  else if (tab && !allowed(tab)) body = <ErrorBox error={new Error('当前账户没有这个页面的权限')} />;
  else
    body = tab?.scope ? (
      <ScopeGuard withYear={tab.scope === 'year'}>{route(path)}</ScopeGuard>
    ) : (
      route(path === '/login' ? '/' : path)
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className={menuOpen ? 'top menu-open' : 'top'}>
        <Link to={href('/', keep)} className="brand">
          法治指标看板
        </Link>
        {session.canRead && (
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="views-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? '收起' : '菜单'}
            {tab && <span className="menu-current">：{tab.label}</span>}
          </button>
        )}
        {session.canRead && (
          <nav className="tabs" id="views-menu" aria-label="视图">
            {TABS.filter(allowed).map((t) => (
              <Link
                key={t.path}
                to={href(t.path, t.scope ? keep : {})}
                className={t.path === path ? 'tab active' : 'tab'}
                aria-current={t.path === path ? 'page' : undefined}
                onClick={() => setMenuOpen(false)}
              >
                {t.label}
              </Link>
            ))}
          </nav>
        )}
        <div className="top-right">
          {session.canRead && tab?.scope && allowed(tab) && <ScopeBar withYear={tab.scope === 'year'} />}
          {info && <UserMenu />}
        </div>
      </header>
      {info?.readOnly && (
        <div className="read-only-banner" role="alert">
          数据库只读：{info.readOnly}，上传和审核暂不可用
        </div>
      )}
      <main className="page" id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="页面" />}>{body}</Suspense>
      </main>
    </div>
  );
}
