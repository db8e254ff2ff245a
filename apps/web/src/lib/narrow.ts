import { useSyncExternalStore } from 'react';

// The width below which narrow.css stacks the layout; charts lay themselves out for it too.
const NARROW = '(max-width: 860px)';

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(NARROW);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Whether the window is phone- or tablet-narrow (re-renders when it crosses the line). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
