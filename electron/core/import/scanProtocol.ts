import type { LibraryFile } from './libraryFiles';
import type { ScanEntry } from './summariseLibraryFile';

/**
 * What the library scan's main thread and its workers say to each other. Besides the messages,
 * each worker writes its progress to memory shared with the main thread, which reads it to stop
 * a file that runs past its time, and to know which file that was, without a message per file.
 */

export interface ScanRequest {
  kind: 'scan';
  id: number;
  root: string;
  files: LibraryFile[];
}

export interface ScanReply {
  kind: 'scanned';
  id: number;
  entries: ScanEntry[];
}

/** Given to a worker of the scan pool: the memory its progress is written to. */
export interface ScanWorkerData {
  scanProgress: SharedArrayBuffer;
}

/** Slots of the shared progress array (Int32). */
export const progressSlot = {
  /** The batch being worked on. */
  batch: 0,
  /** 1-based position in that batch of the file being read; 0 while nothing is timed. */
  position: 1,
  /** Bumped whenever work moves on; a value that stays put for too long means a file hangs. */
  beat: 2,
} as const;
export const progressSlots = 3;
