import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sidecarCandidates } from '../library/files';

/** Articles kept: the open one, the one before it, and a few the reader flips between. */
const defaultCapacity = 4;

/**
 * What a file looks like on disk, or '-' when it is not there. Any write changes the size, the
 * modification time or the change time; a file replaced by another (as editors save) gets a new
 * inode. Times are read in nanoseconds where the system keeps them, so two saves in one
 * millisecond still differ. Undefined when the file cannot be looked at: then nothing is cached.
 */
async function stampOf(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? '-' : undefined;
  }
}

/**
 * The article file and every place its translation could be: a translation added, edited or
 * removed beside an article changes the article too.
 */
async function stampsOf(root: string, file: string): Promise<string | undefined> {
  const stamps = await Promise.all(
    [file, ...sidecarCandidates(file)].map((name) => stampOf(path.join(root, name))),
  );
  if (stamps[0] === '-' || stamps.includes(undefined)) return undefined;
  return stamps.join('|');
}

interface Entry<T> {
  root: string;
  file: string;
  stamps: string;
  value: Promise<T>;
}

/**
 * Loaded articles by id, least recently used dropped first. Opening an article asks for its head
 * and then for the whole of it, and notes and bookmarks open it again; aligning its paragraphs is
 * most of the cost of each, so it is done once for as long as its files stay as they were. Each
 * use looks at the files again (a few stat calls), so an edit made outside the app is seen at once.
 * A load in progress is shared, so two calls that arrive together align once.
 */
export class ArticleCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly capacity = defaultCapacity) {}

  async get(root: string, file: string, id: string, load: () => Promise<T>): Promise<T> {
    const stamps = await stampsOf(root, file);
    // A file that is missing or unreadable: loading it reports why, and nothing is kept.
    if (stamps === undefined) return load();
    const known = this.entries.get(id);
    this.entries.delete(id);
    if (known && known.root === root && known.file === file && known.stamps === stamps) {
      this.entries.set(id, known);
      return known.value;
    }
    const entry: Entry<T> = { root, file, stamps, value: load() };
    this.entries.set(id, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    // A failed load is not kept: the next call tries again.
    entry.value.catch(() => {
      if (this.entries.get(id) === entry) this.entries.delete(id);
    });
    return entry.value;
  }

  /** Forgets everything: the service does so when the reader leaves this cache's library. */
  clear(): void {
    this.entries.clear();
  }
}
