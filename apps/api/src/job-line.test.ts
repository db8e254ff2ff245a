import { describe, expect, test } from 'vitest';
import { JobLine, LineFull } from './job-line.ts';

/** A job that finishes when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open: () => void = () => undefined;
  const done = new Promise<void>((r) => (open = r));
  return {
    job: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    open: () => open(),
  };
}

describe('a line of print jobs', () => {
  test('runs jobs one at a time, in the order they came', async () => {
    const log: string[] = [];
    const line = new JobLine(3, 4);
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const pa = line.run(a.job);
    const pb = line.run(b.job);
    await Promise.resolve();
    expect(log).toEqual(['start a']);
    a.open();
    b.open();
    expect(await Promise.all([pa, pb])).toEqual(['a', 'b']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  test('refuses a job when the line is full, with a wait that grows with the line', () => {
    const line = new JobLine(2, 4);
    const log: string[] = [];
    // the gates are never opened: these two only fill the line, and are never waited for
    void line.run(gate(log, 'a').job);
    void line.run(gate(log, 'b').job);
    let refused: unknown;
    try {
      // refused synchronously: run throws before it returns a promise
      void line.run(gate(log, 'c').job);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(LineFull);
    expect(refused).toMatchObject({ pending: 2, retryAfterS: 8 });
    expect(line.size).toBe(2);
  });

  test('takes jobs again once the line has room, also after a job failed', async () => {
    const line = new JobLine(1, 4);
    await expect(line.run(async () => Promise.reject(new Error('chromium crashed')))).rejects.toThrow(
      'chromium crashed',
    );
    expect(line.size).toBe(0);
    expect(await line.run(async () => 'next')).toBe('next');
  });
});
