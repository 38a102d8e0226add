import { realpathSync } from 'node:fs';
import { parsedWithDom } from './domFormats';
import { htmlLibraries } from './html/libraries';
import { progressSlot, type ScanReply, type ScanRequest } from './scanProtocol';
import { summariseLibraryFile } from './summariseLibraryFile';

/** The worker's side of the library scan: a batch of articles summarised one after another. */
export function scanBatch(request: ScanRequest, progress: Int32Array): ScanReply {
  let rootReal: string | undefined;
  const realRoot = () => {
    rootReal ??= realpathSync.native(request.root);
    return rootReal;
  };
  Atomics.store(progress, progressSlot.batch, request.id);
  const entries = request.files.map((file, index) => {
    if (parsedWithDom(file.file) || parsedWithDom(file.sidecar)) {
      // Loading the DOM libraries (once, most of a second) is not the file's time: position 0
      // gives it the start-up's own limit, and the beat starts that clock now.
      Atomics.store(progress, progressSlot.position, 0);
      Atomics.add(progress, progressSlot.beat, 1);
      htmlLibraries();
    }
    Atomics.store(progress, progressSlot.position, index + 1);
    Atomics.add(progress, progressSlot.beat, 1);
    return summariseLibraryFile(request.root, file, realRoot);
  });
  return { kind: 'scanned', id: request.id, entries };
}
