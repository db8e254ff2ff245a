import { useEffect, useRef } from 'react';

export type ReviewAction = 'confirm' | 'correct' | 'reject' | 'add' | 'next' | 'previous' | 'close';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat: boolean;
  /** the cursor is in a text box, number box or list */
  typing: boolean;
}

const IDLE: Record<string, ReviewAction> = {
  y: 'confirm',
  c: 'correct',
  r: 'reject',
  a: 'add',
  j: 'next',
  arrowdown: 'next',
  k: 'previous',
  arrowup: 'previous',
};

/**
 * What a key does in the review view. Enter is never a shortcut: in a form it saves the form (the browser
 * submits it), so it cannot confirm the old figure. While a form is open or the cursor is in a field, only
 * Escape acts (it closes the form); a held-down key does not repeat a decision.
 */
export function reviewAction(e: KeyPress, formOpen: boolean): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return null;
  const key = e.key.toLowerCase();
  if (key === 'escape') return formOpen ? 'close' : null;
  if (formOpen || e.typing) return null;
  return IDLE[key] ?? null;
}

export const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable);

/** Runs the handler of each shortcut pressed anywhere on the page. */
export function useReviewKeys(formOpen: boolean, handlers: Partial<Record<ReviewAction, () => void>>) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = reviewAction({ ...pick(e), typing: isTyping(e.target) }, formOpen);
      const run = action ? latest.current[action] : undefined;
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [formOpen]);
}

const pick = ({ key, ctrlKey, metaKey, altKey, repeat }: KeyboardEvent) => ({
  key,
  ctrlKey,
  metaKey,
  altKey,
  repeat,
});
