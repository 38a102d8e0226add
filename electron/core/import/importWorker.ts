/**
 * Entry of the worker threads that read files off the main thread: `importDocumentInWorker`'s
 * single worker, so a page that takes too long to parse can be stopped without stopping the
 * app, and the library scan's pool, which reads and summarises whole batches of articles.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MuwaziError } from '../errors';
import { htmlLibraries } from './html/libraries';
import { importDocument, importSidecar } from './importDocument';
import { scanBatch } from './scanBatch';
import type { ScanRequest, ScanWorkerData } from './scanProtocol';

export interface WorkerRequest {
  id: number;
  kind: 'document' | 'sidecar';
  bytes: Uint8Array;
  fileName: string;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { code: string; message: string; muwazi: boolean } };

function importFile(request: WorkerRequest): WorkerReply {
  try {
    const bytes = new Uint8Array(request.bytes);
    const value =
      request.kind === 'sidecar'
        ? importSidecar(bytes, request.fileName)
        : importDocument(bytes, request.fileName);
    return { id: request.id, ok: true, value };
  } catch (error) {
    const muwazi = error instanceof MuwaziError;
    return {
      id: request.id,
      ok: false,
      error: {
        code: muwazi ? error.code : 'internal',
        message: error instanceof Error ? error.message : String(error),
        muwazi,
      },
    };
  }
}

const port = parentPort;
const scanProgress = (workerData as Partial<ScanWorkerData> | null)?.scanProgress;
if (port && scanProgress) {
  // A scan worker loads the DOM libraries only if the library holds web pages.
  const progress = new Int32Array(scanProgress);
  port.on('message', (request: ScanRequest) => port.postMessage(scanBatch(request, progress)));
  port.postMessage({ ready: true });
} else if (port) {
  // Loading the DOM libraries takes most of a second; do it before the first timed request.
  htmlLibraries();
  port.on('message', (request: WorkerRequest) => port.postMessage(importFile(request)));
  port.postMessage({ ready: true });
}
