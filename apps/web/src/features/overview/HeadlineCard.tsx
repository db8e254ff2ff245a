import type { HeadlineFigure } from '@fazhi/contract';
import { EvidenceLink } from '../../lib/evidence.tsx';
import {
  changeArrow,
  changeTone,
  formatChange,
  formatNumber,
  formatValue,
  NOT_REPORTED,
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

/** One county-wide figure: the total (or median rate), its change on the same units, who leads and lags. */
export function Headline({ h, county, year }: { h: HeadlineFigure; county: string; year: number }) {
  const { indicator: ind } = h;
  const tone = changeTone(h.change?.abs, ind.higherIsBetter);
  const ranking = href('/ranking', { county, year, indicator: ind.key });
  return (
    <div className="headline" data-indicator={ind.key}>
      <div className="headline-label">{ind.label}</div>
      <Link to={ranking} className="headline-value" title="查看各单位排名与出处">
        {h.value === null ? NOT_REPORTED : formatValue(h.value, h.qualifier, ind.unit)}
      </Link>
      <div className="headline-note">
        {h.value === null
          ? '本年无单位填报'
          : h.measure === 'sum'
            ? `${h.units} 个单位填报之和`
            : h.units === 1
              ? '1 个单位填报'
              : `${h.units} 个单位的中位数（${formatNumber(h.min ?? 0)}%–${formatNumber(h.max ?? 0)}%）`}
      </div>
      <div className={`headline-change tone-${tone}`}>
        {h.change ? (
          <>
            较上年 {changeArrow(h.change.abs)} {formatChange(h.change, ind.unit)}
            <span className="muted">（两年均填报的 {h.change.units} 个单位）</span>
          </>
        ) : (
          <span className="muted">较上年：无可比数据</span>
        )}
      </div>
      <div className="headline-leaders">
        <LeaderLine label={ind.higherIsBetter ? '最高' : '最好'} leader={h.best} unit={ind.unit} />
        <LeaderLine label={ind.higherIsBetter ? '最低' : '最差'} leader={h.worst} unit={ind.unit} />
      </div>
    </div>
  );
}
