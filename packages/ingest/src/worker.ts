import { parentPort } from 'node:worker_threads';
import { loadEngineData } from '@fazhi/extract';
import { IngestError, type IngestErrorCode } from './errors.ts';
import { type IngestOptions, type Prepared, readAndPrepare } from './prepare.ts';

// A reading worker (started by pool.ts through worker.mjs): reads a file and runs the engine over it,
// one job at a time, and answers with plain data.

export interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  opts: IngestOptions;
}

export type Answer =
  | { ready: true }
  | { id: number; prepared: Prepared }
  | { id: number; refused: { code: IngestErrorCode; file: string; reason: string } }
  | { id: number; failed: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs in a worker thread (see pool.ts)');

port.on('message', async (job: Job) => {
  let answer: Answer;
  try {
    // the pool hands over shared memory; a private copy suits every reader (TextDecoder, zlib, pdfjs)
    const bytes = new Uint8Array(job.bytes);
    answer = { id: job.id, prepared: await readAndPrepare(job.file, bytes, job.opts) };
  } catch (err) {
    answer =
      err instanceof IngestError
        ? { id: job.id, refused: { code: err.code, file: err.file, reason: err.reason } }
        : { id: job.id, failed: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(answer);
});
// the engine's gazetteer loads before the worker says it is ready, not inside a file's time limit
loadEngineData();
port.postMessage({ ready: true } satisfies Answer);
