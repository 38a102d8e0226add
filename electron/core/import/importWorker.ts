/**
 * Entry of the worker thread that reads files for `importDocumentInWorker`: a page that takes
 * too long to parse can then be stopped without stopping the app.
 */
import { parentPort } from 'node:worker_threads';
import { MuwaziError } from '../errors';
import { htmlLibraries } from './html/libraries';
import { importDocument, importSidecar } from './importDocument';

export interface WorkerRequest {
  id: number;
  kind: 'document' | 'sidecar';
  bytes: Uint8Array;
  fileName: string;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { code: string; message: string; muwazi: boolean } };

const port = parentPort;
if (port) {
  // Loading the DOM libraries takes most of a second; do it before the first timed request.
  htmlLibraries();
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const bytes = new Uint8Array(request.bytes);
      const value =
        request.kind === 'sidecar'
          ? importSidecar(bytes, request.fileName)
          : importDocument(bytes, request.fileName);
      reply = { id: request.id, ok: true, value };
    } catch (error) {
      const muwazi = error instanceof MuwaziError;
      reply = {
        id: request.id,
        ok: false,
        error: {
          code: muwazi ? error.code : 'internal',
          message: error instanceof Error ? error.message : String(error),
          muwazi,
        },
      };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
