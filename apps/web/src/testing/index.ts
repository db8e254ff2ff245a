// `@fazhi/web/testing`: what the end-to-end tests (apps/e2e) compare the screens against, from the dashboard's own
// code; only tests import it (lint rule, docs/architecture.md).
export { DEFAULT_KEYS } from '../features/compare/CompareView.tsx';
export {
  filterRows,
  filtersFrom,
  formatShare,
  highestReuse,
  missingParts,
  timeliness,
} from '../features/compliance/rows.ts';
export { formatFigure, formatNumber, formatRank, formatValue } from '../lib/format.ts';
