import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import { formatForName } from '../import/fileFormat';
import { toLibraryRelative } from './files';

export interface LibraryWatcher {
  /** Resolves once the folder has been scanned and changes from now on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** How long the folder must be quiet before a batch of changes is reported: a copy of many files is one change. */
export const settleMs = 300;

/**
 * Watches the library folder and reports, in batches, the library-relative files that were
 * added, changed or removed (articles and their translations). Editors that save by writing a
 * temporary file and renaming it produce several events; batching folds them into one.
 */
export function watchLibrary(root: string, onChange: (files: string[]) => void): LibraryWatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const files = [...pending].sort();
    pending = new Set();
    if (files.length > 0) onChange(files);
  };
  const note = (absolute: string) => {
    if (!formatForName(absolute)) return;
    pending.add(toLibraryRelative(root, absolute));
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, settleMs);
  };
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    depth: 8,
    ignored: (file) => path.basename(file).startsWith('.') && file !== root,
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
  });
  watcher.on('add', note).on('change', note).on('unlink', note);
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
