import { type ServeProcess, startServeProcess } from '../../scripts/serveProcess';

export type { ServeProcess };

/** Browser mode on a free port, over the bench's own library and data folders. */
export function startServe(libraryDir: string, dataDir: string): Promise<ServeProcess> {
  return startServeProcess({ libraryDir, dataDir });
}
