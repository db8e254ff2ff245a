import type { Fact, Unread } from '@fazhi/contract';
import { useEffect, useMemo, useRef } from 'react';
import { formatValue } from '../../lib/format.ts';
import { type Segment, segmentText, sentenceAround } from './segments.ts';

interface Props {
  text: string;
  facts: readonly Fact[];
  focus: readonly number[];
  labelOf: (f: Fact) => { label: string; unit: string };
  /** figures no rule read (未识别的数字): marked apart, never counted */
  unread?: readonly Unread[];
  /** the unread figure the reader came to see, when not a fact */
  focusUnread?: number | null;
}

const UNREAD_HINT = '未识别的数字：引擎没有把它读成任何指标，不计入数值；编辑可在审核页补录为指标';

/**
 * The report as written, each extracted figure highlighted and labelled, each unread figure marked 未识别的数字;
 * the focused sentence scrolled to.
 */
export function ReportText({ text, facts, focus, labelOf, unread = [], focusUnread = null }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const shown = useMemo(
    () => facts.filter((f) => f.status !== 'rejected' && f.spanStart !== null && f.spanEnd !== null),
    [facts],
  );
  const byId = useMemo(() => new Map(shown.map((f) => [f.id, f])), [shown]);
  const target = shown.find((f) => focus.includes(f.id));
  const figure = unread.find((u) => u.id === focusUnread);
  const sentence = target
    ? sentenceAround(text, target.spanStart ?? 0, target.spanEnd ?? 0)
    : figure
      ? sentenceAround(text, figure.spanStart, figure.spanEnd)
      : null;
  const segments = useMemo(
    () =>
      segmentText(
        text.length,
        shown.map((f) => ({ id: f.id, start: f.spanStart ?? 0, end: f.spanEnd ?? 0 })),
        sentence,
        unread.map((u) => ({ id: u.id, start: u.figureStart, end: u.figureEnd })),
      ),
    [text, shown, unread, sentence?.[0], sentence?.[1]],
  );

  useEffect(() => {
    const el = box.current?.querySelector('[data-focus="true"]');
    el?.scrollIntoView({ block: 'center' });
  }, [segments]);

  const piece = (s: Segment) => {
    const body = text.slice(s.start, s.end);
    const focused = s.factIds.some((id) => focus.includes(id));
    const unreadFocused = focusUnread !== null && s.unreadIds.includes(focusUnread);
    const tags = s.endsHere.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined);
    const figure =
      s.unreadIds.length > 0 ? (
        <mark
          className={unreadFocused ? 'unread focus' : 'unread'}
          data-unread-ids={s.unreadIds.join(',')}
          data-focus={unreadFocused ? 'true' : undefined}
          title={UNREAD_HINT}
        >
          {body}
        </mark>
      ) : (
        body
      );
    const inner =
      s.factIds.length > 0 ? (
        <mark
          className={focused ? 'fact focus' : 'fact'}
          data-fact-ids={s.factIds.join(',')}
          data-focus={focused ? 'true' : undefined}
        >
          {figure}
        </mark>
      ) : (
        figure
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
        {s.unreadEndsHere.map((id) => (
          <sup key={`u${id}`} className="unread-tag" data-unread-id={id} title={UNREAD_HINT}>
            未识别的数字
          </sup>
        ))}
      </span>
    );
  };
  return (
    <div className="report-text" ref={box} data-testid="report-text">
      {segments.map(piece)}
    </div>
  );
}
