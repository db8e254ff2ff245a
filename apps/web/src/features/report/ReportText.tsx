import type { Fact } from '@fazhi/contract';
import { useEffect, useMemo, useRef } from 'react';
import { formatValue } from '../../lib/format.ts';
import { type Segment, segmentText, sentenceAround } from './segments.ts';

interface Props {
  text: string;
  facts: readonly Fact[];
  focus: readonly number[];
  labelOf: (f: Fact) => { label: string; unit: string };
}

/** The report as written, each extracted figure highlighted and labelled; the focused sentence scrolled to. */
export function ReportText({ text, facts, focus, labelOf }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const shown = useMemo(
    () => facts.filter((f) => f.status !== 'rejected' && f.spanStart !== null && f.spanEnd !== null),
    [facts],
  );
  const byId = useMemo(() => new Map(shown.map((f) => [f.id, f])), [shown]);
  const target = shown.find((f) => focus.includes(f.id));
  const sentence = target ? sentenceAround(text, target.spanStart ?? 0, target.spanEnd ?? 0) : null;
  const segments = useMemo(
    () =>
      segmentText(
        text.length,
        shown.map((f) => ({ id: f.id, start: f.spanStart ?? 0, end: f.spanEnd ?? 0 })),
        sentence,
      ),
    [text, shown, sentence?.[0], sentence?.[1]],
  );

  useEffect(() => {
    const el = box.current?.querySelector('[data-focus="true"]');
    el?.scrollIntoView({ block: 'center' });
  }, [segments]);

  const piece = (s: Segment) => {
    const body = text.slice(s.start, s.end);
    const focused = s.factIds.some((id) => focus.includes(id));
    const tags = s.endsHere.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined);
    const inner =
      s.factIds.length > 0 ? (
        <mark
          className={focused ? 'fact focus' : 'fact'}
          data-fact-ids={s.factIds.join(',')}
          data-focus={focused ? 'true' : undefined}
        >
          {body}
        </mark>
      ) : (
        body
      );
    return (
      <span key={s.start} className={s.inSentence ? 'sentence' : undefined}>
        {inner}
        {tags.map((f) => {
          const { label, unit } = labelOf(f);
          return (
            <sup
              key={f.id}
              className={f.status === 'pending' ? 'fact-tag pending' : 'fact-tag'}
              data-fact-id={f.id}
            >
              {label} {formatValue(f.value, f.qualifier, unit)}
              {f.status === 'pending' && '（待审核，未计入）'}
            </sup>
          );
        })}
      </span>
    );
  };
  return (
    <div className="report-text" ref={box} data-testid="report-text">
      {segments.map(piece)}
    </div>
  );
}
