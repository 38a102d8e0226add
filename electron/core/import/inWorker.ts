import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract';
import { MuwaziError } from '../errors';
import type { WorkerReply, WorkerRequest } from './importWorker';
import { closeScanPool } from './scanPool';
import { defaultImportTimeoutMs, startImportWorker } from './startImportWorker';
import type { ImportedDocument, ImportedSidecar } from './types';

export interface WorkerImportOptions {
  /** How long one file may take to read, once the worker is ready. */
  timeoutMs?: number;
}

export { defaultImportTimeoutMs };

interface Job {
  request: Omit<WorkerRequest, 'id'>;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (error: MuwaziError) => void;
}

/**
 * One worker, reused for every file (it keeps the DOM libraries loaded), reading one file at a
 * time. A file that runs past its time ends the worker; the next file starts a fresh one.
 */
class ImportWorkerHost {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly queue: Job[] = [];
  private running: { id: number; job: Job; timer?: NodeJS.Timeout } | undefined;
  private nextId = 1;

  run(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = startImportWorker();
    this.worker = worker;
    worker.unref();
    this.ready = new Promise<void>((resolve, reject) => {
      const onReady = (message: unknown) => {
        if ((message as { ready?: boolean }).ready) {
          worker.off('message', onReady);
          worker.on('message', (reply: WorkerReply) => this.finish(reply));
          resolve();
        }
      };
      worker.on('message', onReady);
      worker.once('error', (error) => {
        reject(error);
        this.fail(worker, error);
      });
      worker.once('exit', () => this.fail(worker, new Error('The import worker stopped.')));
    });
    return this.ready;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const id = this.nextId++;
    // Marked running before the worker is ready, so a second job waits its turn.
    this.running = { id, job };
    const starting = this.ensureWorker();
    // While a file is being read the worker keeps the process alive; idle, it does not.
    this.worker?.ref();
    starting.then(
      () => {
        if (this.running?.id !== id || !this.worker) return;
        this.running.timer = setTimeout(() => this.timeOut(id), job.timeoutMs);
        this.worker.postMessage({ id, ...job.request } satisfies WorkerRequest);
      },
      (error: unknown) => this.settle(id, undefined, toMuwaziError(error)),
    );
  }

  private finish(reply: WorkerReply): void {
    if (reply.ok) this.settle(reply.id, reply.value);
    else {
      const code = (reply.error.muwazi ? reply.error.code : 'internal') as ErrorCode;
      this.settle(reply.id, undefined, new MuwaziError(code, reply.error.message));
    }
  }

  private timeOut(id: number): void {
    const running = this.running;
    if (running?.id !== id) return;
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    void worker?.terminate();
    this.settle(
      id,
      undefined,
      new MuwaziError(
        'too-large',
        `Reading the file took longer than ${running.job.timeoutMs} ms; it is too large or too complex.`,
      ),
    );
  }

  /** The worker died (out of memory, crashed): the file it was reading is what killed it. */
  private fail(worker: Worker, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = undefined;
    if (this.running) this.settle(this.running.id, undefined, toMuwaziError(error));
  }

  private settle(id: number, value: unknown, error?: MuwaziError): void {
    const running = this.running;
    if (running?.id !== id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (this.queue.length === 0) this.worker?.unref();
    if (error) running.job.reject(error);
    else running.job.resolve(value);
    this.pump();
  }
}

function toMuwaziError(error: unknown): MuwaziError {
  if (error instanceof MuwaziError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new MuwaziError('too-large', 'Reading the file needed more memory than allowed.', {
      cause: error,
    });
  }
  return new MuwaziError(
    'internal',
    `The import worker failed: ${String((error as Error)?.message ?? error)}`,
    {
      cause: error,
    },
  );
}

const host = new ImportWorkerHost();

function submit<T>(request: Omit<WorkerRequest, 'id'>, options: WorkerImportOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    host.run({
      request,
      timeoutMs: options.timeoutMs ?? defaultImportTimeoutMs,
      resolve: resolve as (value: unknown) => void,
      reject,
    });
  });
}

/** `importDocument` in a worker thread, refused with `too-large` when it runs past its time. */
export function importDocumentInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: WorkerImportOptions = {},
): Promise<ImportedDocument> {
  return submit({ kind: 'document', bytes, fileName }, options);
}

/** `importSidecar` in a worker thread, with the same time limit. */
export function importSidecarInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: WorkerImportOptions = {},
): Promise<ImportedSidecar> {
  return submit({ kind: 'sidecar', bytes, fileName }, options);
}

/** Stops the workers, this one and the library scan's (started again when next needed); for shutdown and tests. */
export async function closeImportWorker(): Promise<void> {
  await Promise.all([host.close(), closeScanPool()]);
}
