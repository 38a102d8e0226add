import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { progressSlots, type ScanWorkerData } from '../../electron/core/import/scanProtocol';
import { repoRoot } from '../support/paths';

/**
 * How long one scan worker of the built app takes to start (until it says it is ready). The
 * bench runs the core from its TypeScript sources, where a worker compiles its modules through
 * tsx first; the app starts the bundled `out/main/importWorker.js`, which this times. Null when
 * the app is not built.
 */
export async function builtScanWorkerStartMs(): Promise<number | null> {
  const entry = path.join(repoRoot, 'out', 'main', 'importWorker.js');
  if (!existsSync(entry)) return null;
  const workerData: ScanWorkerData = {
    scanProgress: new SharedArrayBuffer(progressSlots * Int32Array.BYTES_PER_ELEMENT),
  };
  const started = performance.now();
  const worker = new Worker(entry, { workerData });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (message: { ready?: boolean }) => {
        if (message.ready) resolve();
      });
    });
    return performance.now() - started;
  } finally {
    await worker.terminate();
  }
}
