import { ABSENT_HINT, ABSENT_LABEL, type AbsentState, type ValueState } from '@fazhi/catalog/wording';

/**
 * In a figure's place: 未报送 (no report for the unit-year) or 未提及 (the report leaves it out), never 0.
 * Callers pass the state the API gave; 'value' without a number can only read as not given (未提及).
 */
export function Absent({ state }: { state: ValueState }) {
  const absent: AbsentState = state === 'value' ? 'not_mentioned' : state;
  return (
    <span className={`absent ${absent}`} data-state={absent} title={ABSENT_HINT[absent]}>
      {ABSENT_LABEL[absent]}
    </span>
  );
}

/** The two absences as a chart's legend: 未提及 plain grey, 未报送 white and hatched, as the cells draw them. */
export function AbsentLegend() {
  return (
    <span className="absent-legend" data-testid="absent-legend">
      {(['not_mentioned', 'no_report'] as const).map((s) => (
        <span key={s} className="legend-item" title={ABSENT_HINT[s]}>
          <span className={`swatch ${s}`} aria-hidden="true" />
          {ABSENT_LABEL[s]}
        </span>
      ))}
    </span>
  );
}
