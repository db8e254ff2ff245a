import { describe, expect, test } from 'vitest';
import { beijingDay, lateness } from './submissions.ts';

describe('on time or late', () => {
  test.each([
    ['received before the deadline', '2024-02-20', '2024-03-01', { onTime: true, daysLate: 0 }],
    ['received on the deadline day', '2024-03-01', '2024-03-01', { onTime: true, daysLate: 0 }],
    ['received the day after', '2024-03-02', '2024-03-01', { onTime: false, daysLate: 1 }],
    [
      'received a month after, across a leap February',
      '2024-03-31',
      '2024-02-29',
      { onTime: false, daysLate: 31 },
    ],
    ['received in the following year', '2025-01-01', '2024-12-31', { onTime: false, daysLate: 1 }],
  ])('%s', (_name, received, due, expected) => {
    expect(lateness(received, due)).toEqual(expected);
  });

  test.each([
    ['late evening UTC is the next morning in Beijing', '2024-02-29T17:30:00.000Z', '2024-03-01'],
    ['Beijing midnight minus a minute is still that day', '2024-02-29T15:59:00.000Z', '2024-02-29'],
    ['midday UTC is the same day', '2024-03-01T04:00:00.000Z', '2024-03-01'],
  ])('the upload day is the office’s calendar day: %s', (_name, iso, day) => {
    expect(beijingDay(iso)).toBe(day);
  });
});
