/** Thrown when a line already holds as many jobs as it may: the asker should come back later. */
export class LineFull extends Error {
  constructor(
    /** jobs printing or waiting when this one was refused */
    readonly pending: number,
    /** a fair wait before trying again, in seconds */
    readonly retryAfterS: number,
  ) {
    super(`line full (${pending})`);
  }
}

/**
 * Jobs run one at a time, in order, with at most `capacity` in the line (the running one included): a
 * process never piles up more work than it can finish, and a refused asker is told when to come back.
 */
export class JobLine {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(
    readonly capacity: number,
    /** how long one job usually takes, for the wait a refused asker is told */
    private readonly typicalS: number,
  ) {}

  get size(): number {
    return this.pending;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.pending >= this.capacity) {
      throw new LineFull(this.pending, Math.max(1, Math.ceil(this.pending * this.typicalS)));
    }
    this.pending++;
    const result = this.tail.then(job).finally(() => this.pending--);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
