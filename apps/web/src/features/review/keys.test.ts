import { describe, expect, test } from 'vitest';
import { type KeyPress, reviewAction } from './keys.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  typing: false,
  ...more,
});

describe('review shortcuts', () => {
  test.each([
    ['Y confirms the figure shown', press('y'), false, 'confirm'],
    ['Y with Shift confirms too', press('Y'), false, 'confirm'],
    ['C opens the correction form', press('c'), false, 'correct'],
    ['R opens the rejection form', press('r'), false, 'reject'],
    ['A opens the addition form', press('a'), false, 'add'],
    ['J and ↓ go to the next figure', press('j'), false, 'next'],
    ['↓ goes to the next figure', press('ArrowDown'), false, 'next'],
    ['K and ↑ go to the previous figure', press('k'), false, 'previous'],
    ['Enter never confirms', press('Enter'), false, null],
    ['Enter in a form is left to the form, which saves itself', press('Enter', { typing: true }), true, null],
    ['Y typed in the reason box is a letter, not a confirmation', press('y', { typing: true }), true, null],
    ['C typed in a filter list does nothing', press('c', { typing: true }), false, null],
    ['Y with the form open but the cursor on a button does nothing', press('y'), true, null],
    ['J with the form open does not leave the figure', press('j'), true, null],
    ['Escape in a field closes the form', press('Escape', { typing: true }), true, 'close'],
    ['Escape with no form does nothing', press('Escape'), false, null],
    ['Ctrl+C is copying, not correcting', press('c', { ctrlKey: true }), false, null],
    ['a held-down Y confirms once, not the next figures too', press('y', { repeat: true }), false, null],
  ] as const)('%s', (_, key, formOpen, action) => {
    expect(reviewAction(key, formOpen)).toBe(action);
  });
});
