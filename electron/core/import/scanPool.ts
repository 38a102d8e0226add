import path from 'node:path';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract';
import { MuwaziError } from '../errors';
import type { LibraryFile } from './libraryFiles';
import { stampOf } from './readStampedSync';
import {
  progressSlot,
  progressSlots,
  type ScanReply,
  type ScanRequest,
  type ScanWorkerData,
} from './scanProtocol';
import { defaultImportTimeoutMs, startImportWorker } from './startImportWorker';
import type { ScanEntry } from './summariseLibraryFile';

/**
 * A pool of worker threads that read and summarise library articles, one per core: parsing is
 * most of the cost of a cold scan, and it keeps the main thread free for the window meanwhile.
 * Each file has a time limit, as a web page read on its own does: a file that runs past it, or
 * that brings its worker down, is reported as a problem and the rest of its batch goes on in a
 * fresh worker. Idle workers end after a while; they never keep the process alive.
 */

/** Articles sent to a worker at once: enough to make the messages cheap, few enough to share the tail. */
const batchSize = 16;
/** Batches a worker holds, so it starts the next while the main thread takes in the last. */
const batchesAhead = 2;
/** Idle workers are kept this long: a change in the folder is often followed by another. */
const idleMs = 15_000;
/**
 * How long a worker may take to load the DOM libraries before its first web page: most of a
 * second usually, far more on a slow disk, but a worker stuck there must not hold the listing.
 */
const defaultStartupTimeoutMs = 30_000;

export const scanWorkerCount = Math.max(1, Math.min(4, availableParallelism()));

export interface PoolScanOptions {
  /** How long one article (with its translation) may take to read. */
  timeoutMs?: number;
  /** How long a worker may take to load the DOM libraries, which no file is blamed for. */
  startupTimeoutMs?: number;
}

interface Limits {
  timeoutMs: number;
  startupTimeoutMs: number;
}

interface Run extends Limits {
  root: string;
  entries: ScanEntry[];
  left: number;
  resolve: (entries: ScanEntry[]) => void;
  reject: (error: Error) => void;
}

interface Job {
  run: Run;
  index: number;
  file: LibraryFile;
  /** Workers lost while holding this job with no file to blame; past one, the job is blamed. */
  losses: number;
}

interface Batch {
  id: number;
  run: Run;
  jobs: Job[];
}

interface PoolWorker {
  worker: Worker;
  progress: Int32Array;
  ready: boolean;
  batches: Batch[];
  /** The last heartbeat seen, and when it was first seen. */
  beat: number;
  beatAt: number;
}

class ScanPool {
  private readonly workers = new Set<PoolWorker>();
  private readonly queue: Job[] = [];
  private nextBatchId = 1;
  private watchdog: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  /** A worker failed to start: no more are started until the queue drains. */
  private startFailed = false;

  constructor(private readonly size: number) {}

  summarise(root: string, files: readonly LibraryFile[], limits: Limits): Promise<ScanEntry[]> {
    if (files.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const run: Run = {
        root,
        ...limits,
        entries: new Array(files.length),
        left: files.length,
        resolve,
        reject,
      };
      files.forEach((file, index) => {
        this.queue.push({ run, index, file, losses: 0 });
      });
      this.pump();
    });
  }

  /** Some worker is up (or starting): sending it work costs no start-up. */
  get started(): boolean {
    return this.workers.size > 0;
  }

  async close(): Promise<void> {
    const workers = [...this.workers];
    this.workers.clear();
    this.stopTimers();
    this.failQueued(new MuwaziError('internal', 'The library scan was stopped.'));
    for (const member of workers) this.failBatches(member, 'The library scan was stopped.');
    await Promise.all(workers.map((member) => member.worker.terminate()));
  }

  /** Starts the workers the queue needs and hands batches to those ready for more. */
  private pump(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const wanted = Math.min(this.size, Math.ceil(this.queue.length / (batchSize * batchesAhead)));
    while (!this.startFailed && this.workers.size < wanted) this.start();
    for (const member of this.workers) {
      while (member.ready && member.batches.length < batchesAhead && this.queue.length > 0) {
        this.send(member, this.takeBatch());
      }
    }
    const busy = [...this.workers].some((member) => member.batches.length > 0);
    // A worker keeps the process alive only while the scan waits on it.
    for (const member of this.workers) {
      if (member.batches.length > 0 || (!member.ready && this.queue.length > 0)) member.worker.ref();
      else member.worker.unref();
    }
    if (busy && !this.watchdog) this.startWatchdog();
    if (!busy && this.queue.length === 0) {
      this.stopTimers();
      this.startFailed = false;
      if (this.workers.size > 0) {
        this.idleTimer = setTimeout(() => void this.close(), idleMs);
        this.idleTimer.unref();
      }
    }
  }

  /** The next jobs of one run, in order. */
  private takeBatch(): Batch {
    const run = this.queue[0]!.run;
    let count = 0;
    while (count < batchSize && count < this.queue.length && this.queue[count]!.run === run) count++;
    return { id: this.nextBatchId++, run, jobs: this.queue.splice(0, count) };
  }

  private send(member: PoolWorker, batch: Batch): void {
    if (member.batches.length === 0) {
      member.beat = Atomics.load(member.progress, progressSlot.beat);
      member.beatAt = performance.now();
    }
    member.batches.push(batch);
    const request: ScanRequest = {
      kind: 'scan',
      id: batch.id,
      root: batch.run.root,
      files: batch.jobs.map((job) => job.file),
    };
    member.worker.postMessage(request);
  }

  private start(): void {
    const shared = new SharedArrayBuffer(progressSlots * Int32Array.BYTES_PER_ELEMENT);
    let worker: Worker;
    try {
      worker = startImportWorker({ scanProgress: shared } satisfies ScanWorkerData);
    } catch (error) {
      this.startFailed = true;
      if (this.workers.size === 0) this.failQueued(error);
      return;
    }
    const member: PoolWorker = {
      worker,
      progress: new Int32Array(shared),
      ready: false,
      batches: [],
      beat: 0,
      beatAt: 0,
    };
    this.workers.add(member);
    worker.on('message', (message: ScanReply | { ready: true }) => {
      if ('ready' in message) {
        member.ready = true;
        this.pump();
      } else this.finish(member, message);
    });
    worker.once('error', (error) => this.lost(member, error));
    worker.once('exit', () => this.lost(member, new Error('The scan worker stopped.')));
  }

  private finish(member: PoolWorker, reply: ScanReply): void {
    const at = member.batches.findIndex((batch) => batch.id === reply.id);
    if (at < 0) return;
    const [batch] = member.batches.splice(at, 1);
    batch!.jobs.forEach((job, index) => {
      this.settle(job, reply.entries[index]!);
    });
    this.pump();
  }

  private settle(job: Job, entry: ScanEntry): void {
    job.run.entries[job.index] = entry;
    job.run.left--;
    if (job.run.left === 0) job.run.resolve(job.run.entries);
  }

  private startWatchdog(): void {
    const tick = () => {
      const now = performance.now();
      for (const member of this.workers) {
        if (!member.ready || member.batches.length === 0) continue;
        const beat = Atomics.load(member.progress, progressSlot.beat);
        const stage = this.stage(member);
        if (beat !== member.beat || !stage) {
          member.beat = beat;
          member.beatAt = now;
          continue;
        }
        if (now - member.beatAt >= stage.limitMs) this.retire(member, stage.problem);
      }
    };
    // A quarter of the shortest limit in the queue keeps a hanging file within 25% of its time.
    const shortest = Math.min(
      ...[...this.workers].flatMap((member) =>
        member.batches.flatMap((batch) => [batch.run.timeoutMs, batch.run.startupTimeoutMs]),
      ),
    );
    this.watchdog = setInterval(tick, Math.max(5, Math.min(250, shortest / 4)));
    this.watchdog.unref();
  }

  /**
   * What a worker is timed on, if anything: a file, against the file limit; or loading the DOM
   * libraries (position 0 in a batch it holds), against the start-up limit. A worker stuck in
   * start-up has no file to blame: its batches are tried again, then reported, as when it dies.
   */
  private stage(member: PoolWorker): { limitMs: number; problem: ErrorCode } | undefined {
    const running = this.currentFile(member);
    if (running) return { limitMs: running.batch.run.timeoutMs, problem: 'too-large' };
    const id = Atomics.load(member.progress, progressSlot.batch);
    const batch = member.batches.find((candidate) => candidate.id === id);
    const starting = batch && Atomics.load(member.progress, progressSlot.position) === 0;
    return starting ? { limitMs: batch.run.startupTimeoutMs, problem: 'internal' } : undefined;
  }

  /** The batch and file a worker is on, from its shared progress. */
  private currentFile(member: PoolWorker): { batch: Batch; index: number } | undefined {
    const id = Atomics.load(member.progress, progressSlot.batch);
    const batch = member.batches.find((candidate) => candidate.id === id);
    const position = Atomics.load(member.progress, progressSlot.position);
    return batch && position >= 1 && position <= batch.jobs.length
      ? { batch, index: position - 1 }
      : undefined;
  }

  /** A worker crashed or ran out of memory: the file it was on is what brought it down. */
  private lost(member: PoolWorker, error: unknown): void {
    if (!this.workers.has(member)) return;
    if (!member.ready) {
      // It never started (no batch was sent to it): no file is to blame. Others, if any, go on.
      this.workers.delete(member);
      this.startFailed = true;
      if (this.workers.size === 0) this.failQueued(error);
      this.pump();
      return;
    }
    const outOfMemory = (error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    this.retire(member, outOfMemory ? 'too-large' : 'internal');
  }

  /**
   * Ends a worker: the file it was on gets `problem`, stamped as it stands so it is not read
   * again until it changes, and the rest of its batches go back to the front of the queue. When
   * the file cannot be told (it died between files), its jobs are tried once more, then blamed.
   */
  private retire(member: PoolWorker, problem: ErrorCode): void {
    this.workers.delete(member);
    const running = this.currentFile(member);
    void member.worker.terminate();
    const again: Job[] = [];
    for (const batch of member.batches) {
      batch.jobs.forEach((job, index) => {
        const blamed = running ? batch === running.batch && index === running.index : ++job.losses > 1;
        if (blamed) this.settle(job, problemEntry(job, problem));
        else again.push(job);
      });
    }
    member.batches = [];
    this.queue.unshift(...again);
    this.pump();
  }

  private failQueued(error: unknown): void {
    const runs = new Set(this.queue.map((job) => job.run));
    this.queue.length = 0;
    for (const run of runs) run.reject(toScanError(error));
  }

  private failBatches(member: PoolWorker, message: string): void {
    const runs = new Set(member.batches.flatMap((batch) => batch.run));
    member.batches = [];
    for (const run of runs) run.reject(new MuwaziError('internal', message));
  }

  private stopTimers(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.watchdog = undefined;
    this.idleTimer = undefined;
  }
}

function problemEntry(job: Job, problem: ErrorCode): ScanEntry {
  const { root } = job.run;
  const { file, sidecar } = job.file;
  return {
    stamp: stampOf(path.join(root, file)),
    ...(sidecar ? { sidecar: { file: sidecar, stamp: stampOf(path.join(root, sidecar)) } } : {}),
    problem,
  };
}

function toScanError(error: unknown): MuwaziError {
  if (error instanceof MuwaziError) return error;
  return new MuwaziError(
    'internal',
    `The library scan could not start: ${String((error as Error)?.message ?? error)}`,
    {
      cause: error,
    },
  );
}

const pool = new ScanPool(scanWorkerCount);

/** Reads and summarises `files` (library-relative) in the worker pool; entries come back in order. */
export function summariseInPool(
  root: string,
  files: readonly LibraryFile[],
  options: PoolScanOptions = {},
): Promise<ScanEntry[]> {
  return pool.summarise(root, files, {
    timeoutMs: options.timeoutMs ?? defaultImportTimeoutMs,
    startupTimeoutMs: options.startupTimeoutMs ?? defaultStartupTimeoutMs,
  });
}

/** Whether the pool has workers up, so that more work for it needs no thread started. */
export function scanPoolRunning(): boolean {
  return pool.started;
}

/** Ends the pool's workers (they start again when next needed); for shutdown and tests. */
export function closeScanPool(): Promise<void> {
  return pool.close();
}
