#!/usr/bin/env bash
# The README's test command. On a fresh machine with Node 20 and npm it installs what the tests need
# (Debian's chromium, CJK fonts and PostgreSQL, pnpm and the workspace's packages), then runs lint, type checks and
# every test, and ends with the plain line "N passed, N failed" (vitest's own summary is not read by CI).
set -uo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=10.34.9 # keep equal to "packageManager" in package.json
export NO_COLOR=1     # vitest colours its output even when piped
T0=$SECONDS
step() { echo "== [+$((SECONDS - T0))s] $*"; }

step "system packages: chromium, CJK fonts, poppler, LibreOffice Calc, PostgreSQL (for the dashboard's, the briefing PDF's, the exports' and the PostgreSQL store's tests)"
# the briefing prints in AR PL UMing (宋体) and WenQuanYi Zen Hei (黑体): TrueType faces Chromium embeds as fonts
# the exports are opened by LibreOffice headless (soffice), as a clerk's spreadsheet program would
# PostgreSQL: only its binaries are used, by scripts/pg-cluster.sh (a throwaway cluster on a port of its own)
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 || ! command -v soffice >/dev/null 2>&1 ||
  ! fc-list 2>/dev/null | grep -q "UMing CN" || ! fc-list 2>/dev/null | grep -q "Zen Hei" ||
  ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q || exit 1
  $SUDO apt-get install -y -q chromium fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei poppler-utils libreoffice-calc postgresql ||
    exit 1
fi

step "pnpm $PNPM_VERSION"
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install -g --no-fund --no-audit "pnpm@$PNPM_VERSION" || exit 1
fi
# native addons (better-sqlite3) compile against the local Node headers: no prebuilt download here
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

step "pnpm install"
pnpm install --frozen-lockfile || exit 1

checks_passed=0
checks_failed=0
check() {
  step "$1"
  if "${@:2}"; then checks_passed=$((checks_passed + 1)); else checks_failed=$((checks_failed + 1)); fi
}
check "lint and format (biome)" pnpm lint
check "type check (tsc)" pnpm typecheck

step "PostgreSQL test cluster"
# the pg project's tests each make a database of their own on it; stopped (and its folder removed) on exit
trap 'bash scripts/pg-cluster.sh stop' EXIT
projects=()
if TEST_DATABASE_URL="$(bash scripts/pg-cluster.sh start)"; then
  export TEST_DATABASE_URL
  echo "$TEST_DATABASE_URL"
else
  # counted as a failed check; the other projects still run, so the summary stays true
  echo "the PostgreSQL test cluster did not start: the pg and postgres projects are skipped"
  checks_failed=$((checks_failed + 1))
  projects=(--project unit --project integration --project e2e)
fi

step "tests (vitest: unit, then integration and pg, then the API suites on PostgreSQL, then e2e)"
rm -f .vitest-report.json
rc=0
pnpm exec vitest run "${projects[@]}" --reporter=default --reporter=json --outputFile.json=.vitest-report.json || rc=$?

step "summary"
if [ ! -f .vitest-report.json ]; then
  echo "vitest wrote no report"
  echo "0 passed, $((checks_failed + 1)) failed"
  exit 1
fi
node -e '
  const r = require("./.vitest-report.json");
  const [cp, cf] = process.argv.slice(1).map(Number);
  if (r.numTotalTests === 0) { console.log("no tests ran"); process.exitCode = 1; }
  // the report does not name projects: a plain test file seen a second time is its run on PostgreSQL
  const seen = new Set();
  const project = (f) => {
    if (f.endsWith(".e2e.test.ts")) return "e2e";
    if (f.endsWith(".int.test.ts")) return "integration";
    if (f.endsWith(".pg.test.ts")) return "pg";
    if (seen.has(f)) return "postgres";
    seen.add(f);
    return "unit";
  };
  const per = {};
  for (const f of r.testResults) { const p = project(f.name); per[p] = (per[p] ?? 0) + f.assertionResults.length; }
  console.log(`tests per project: ${Object.entries(per).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped; checks (lint, types, test cluster): ${cp} passed, ${cf} failed`);
  console.log(`${r.numPassedTests + cp} passed, ${r.numFailedTests + cf} failed`);
  if (r.numFailedTests + cf > 0) process.exitCode = 1;
' "$checks_passed" "$checks_failed" || rc=1
exit "$rc"
