import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import type { HeadlineFigure } from '@fazhi/contract';
import { EvidenceLink } from '../../lib/evidence.tsx';
import {
  changeArrow,
  changeTone,
  formatChange,
  formatFigure,
  formatNumber,
  formatValue,
} from '../../lib/format.ts';
import { href, Link } from '../../lib/router.tsx';

type Leader = NonNullable<HeadlineFigure['best']>;

function LeaderLine({ label, leader, unit }: { label: string; leader: Leader | null; unit: string }) {
  if (!leader) return null;
  return (
    <span>
      {label}：{leader.unit.name}{' '}
      <EvidenceLink factIds={leader.factIds}>
        {formatValue(leader.value, leader.qualifier, unit)}
      </EvidenceLink>
    </span>
  );
}

/** Who has no figure and why: 2 个未报送 · 3 个报告未提及 (nothing when every unit gave it). */
function AbsentNote({ h }: { h: HeadlineFigure }) {
  const { noReport, notMentioned } = h.absent;
  if (noReport === 0 && (notMentioned === 0 || h.value === null)) return null;
  const parts = [
    noReport > 0 ? `${noReport} 个${ABSENT_LABEL.no_report}` : '',
    notMentioned > 0 && h.value !== null ? `${notMentioned} 个报告${ABSENT_LABEL.not_mentioned}` : '',
  ];
  return (
    <div className="headline-absent" data-testid="headline-absent">
      {parts.filter(Boolean).join(' · ')}
    </div>
  );
}

/** One county-wide figure: the total (or median rate), its change on the same units, who leads and lags. */
export function Headline({ h, county, year }: { h: HeadlineFigure; county: string; year: number }) {
  const { indicator: ind } = h;
  const tone = changeTone(h.change?.abs, ind.direction);
  const ranking = href('/ranking', { county, year, indicator: ind.key });
  return (
    <div className="headline" data-indicator={ind.key}>
      <div className="headline-label">{ind.label}</div>
      <Link to={ranking} className="headline-value" title="查看各单位排名与出处">
        {formatFigure(h.value, h.qualifier, ind.unit, h.value === null ? 'not_mentioned' : 'value')}
      </Link>
      <div className="headline-note">
        {h.value === null
          ? `已报送的 ${h.absent.notMentioned} 个单位均${ABSENT_LABEL.not_mentioned}`
          : h.measure === 'sum'
            ? `${h.units} 个单位填报之和`
            : h.units === 1
              ? '1 个单位填报'
              : `${h.units} 个单位的中位数（${formatNumber(h.min ?? 0)}%–${formatNumber(h.max ?? 0)}%）`}
      </div>
      <AbsentNote h={h} />
      <div className={`headline-change tone-${tone}`}>
        {h.change ? (
          <>
            较上年 {changeArrow(h.change.abs, ind.direction)} {formatChange(h.change, ind.unit)}
            <span className="muted">（两年均填报的 {h.change.units} 个单位）</span>
          </>
        ) : (
          <span className="muted">较上年：无可比数据</span>
        )}
      </div>
      <div className="headline-leaders">
        <LeaderLine label={ind.direction === 'lower' ? '最好' : '最高'} leader={h.best} unit={ind.unit} />
        <LeaderLine label={ind.direction === 'lower' ? '最差' : '最低'} leader={h.worst} unit={ind.unit} />
      </div>
    </div>
  );
}
