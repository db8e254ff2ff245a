import { Worker } from 'node:worker_threads';
import { IngestError } from './errors.ts';
import { DEFAULT_TIMEOUT_S, DEFAULT_WORKERS, WORKER_HEAP_MB } from './limits.ts';
import type { IngestOptions, Prepared } from './prepare.ts';
import { toShared } from './shared-bytes.ts';
import type { Answer, Job } from './worker.ts';

export interface ReadPoolOptions {
  /** worker threads reading at once (INGEST_WORKERS) */
  workers: number;
  /** one file's reading and extraction; the worker is stopped and the file refused after it (INGEST_TIMEOUT_S) */
  timeoutS: number;
  /** one worker's heap: a file that needs more is refused and only that worker is replaced */
  heapMb: number;
}

interface Task {
  job: Job;
  resolve: (p: Prepared) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
  error: Error | null;
}

const ENTRY = new URL('./worker.mjs', import.meta.url);

/**
 * A bounded pool of worker threads that read report files and run the engine, so a large or hostile
 * file never blocks the thread that answers requests. Each file gets a time limit and each worker a heap
 * limit; a worker that runs out of either is ended, its file refused with the limit named, and a fresh
 * worker takes the next file. Idle workers do not keep the process alive.
 */
export class ReadPool {
  readonly options: ReadPoolOptions;
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;
  private closed = false;

  constructor(options: Partial<ReadPoolOptions> = {}) {
    this.options = {
      workers: Math.max(1, Math.floor(options.workers ?? DEFAULT_WORKERS)),
      timeoutS: options.timeoutS ?? DEFAULT_TIMEOUT_S,
      heapMb: options.heapMb ?? WORKER_HEAP_MB,
    };
  }

  /**
   * Reads and extracts one file in a worker; an IngestError when the file is refused. Bytes in shared
   * memory (readShared) are handed over as they are; others are copied there first.
   */
  prepare(file: string, bytes: Uint8Array, opts: IngestOptions): Promise<Prepared> {
    if (this.closed) return Promise.reject(new Error('the reading pool is closed'));
    // shared memory reaches the worker without being serialised on this thread
    const shared = toShared(bytes);
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, file, bytes: shared, opts }, resolve, reject });
      this.pump();
    });
  }

  /** Starts the workers now rather than with the first file (a worker takes a few seconds to load). */
  warm(): void {
    while (!this.closed && this.slots.size < this.options.workers) this.spawn();
  }

  /** Stops every worker; files still waiting are not read. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the reading pool is closed'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.ready && !slot.task) {
        const task = this.queue.shift();
        if (task) this.start(slot, task);
      }
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    while (!this.closed && this.slots.size < this.options.workers && this.queue.length > starting) {
      this.spawn();
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, this.options.timeoutS * 1000);
    slot.worker.postMessage(task.job);
  }

  private finish(slot: Slot, answer: Exclude<Answer, { ready: true }>): void {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    slot.worker.unref();
    if (!task || task.job.id !== answer.id) return;
    if ('prepared' in answer) task.resolve(answer.prepared);
    else if ('refused' in answer) {
      const { code, file, reason } = answer.refused;
      task.reject(new IngestError(code, file, reason));
    } else task.reject(new Error(`reading ${task.job.file} failed in a worker: ${answer.failed}`));
  }

  private spawn(): void {
    const { heapMb } = this.options;
    const worker = new Worker(ENTRY, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) },
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null, timedOut: false, error: null };
    this.slots.add(slot);
    worker.on('message', (answer: Answer) => {
      if ('ready' in answer) {
        slot.ready = true;
        worker.unref();
      } else this.finish(slot, answer);
      this.pump();
    });
    worker.on('error', (err) => {
      slot.error = err;
    });
    worker.on('exit', () => this.onExit(slot));
  }

  private onExit(slot: Slot): void {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task;
    if (!slot.ready && !this.closed) {
      // the worker could not even start: every waiting file would fail the same way
      const reason = new Error(`a reading worker failed to start: ${slot.error?.message ?? 'exited'}`);
      for (const waiting of this.queue.splice(0)) waiting.reject(reason);
      return;
    }
    if (task) task.reject(this.stopReason(slot, task.job.file));
    this.pump();
  }

  private stopReason(slot: Slot, file: string): Error {
    if (slot.timedOut) {
      return new IngestError(
        'too_slow',
        file,
        `读取与提取超过时限 ${this.options.timeoutS} 秒，已停止；请检查文件是否过大或异常`,
      );
    }
    if ((slot.error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new IngestError(
        'out_of_memory',
        file,
        `读取此文件所需内存超过上限 ${this.options.heapMb} MB，已停止；请检查文件是否过大或异常`,
      );
    }
    return new Error(`the reading worker for ${file} stopped: ${slot.error?.message ?? 'exited'}`);
  }
}
