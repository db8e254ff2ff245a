import type { BriefingSentence } from '@fazhi/contract';
import { evidenceHref } from '../../lib/evidence.tsx';
import { href, Link } from '../../lib/router.tsx';

/**
 * A computed sentence: every figure is a link, a unit's figure to the sentence of the report it came
 * from, a county total to the ranking where each unit's part opens its own sentence.
 */
export function SentenceText({ sentence, county }: { sentence: BriefingSentence; county: string }) {
  return (
    <p className={`sentence sentence-${sentence.kind}`}>
      {sentence.parts.map((p, n) => {
        const key = `${n}`;
        if (typeof p === 'string') return <span key={key}>{p}</span>;
        if ('facts' in p)
          return (
            <Link key={key} to={evidenceHref(p.facts)} className="figure" title="查看原文出处">
              {p.text}
            </Link>
          );
        return (
          <Link
            key={key}
            to={href('/ranking', { county, year: p.year, indicator: p.indicator, group: 'all' })}
            className="figure"
            title="查看各单位数值及出处"
          >
            {p.text}
          </Link>
        );
      })}
    </p>
  );
}
