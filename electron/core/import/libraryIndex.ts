import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary, LibraryProblem } from '../../contract';
import { articleIdFor } from '../library/files';
import type { ArticleDigest } from './articleDigest';
import { readLibraryIndex, writeLibraryIndex } from './libraryIndexFile';
import { type LibraryFile, listLibraryFiles } from './libraryFiles';
import { sameStamp, stampOf } from './readStampedSync';
import { parsedWithDom } from './domFormats';
import { type PoolScanOptions, scanPoolRunning, summariseInPool } from './scanPool';
import { type ScanEntry, summariseLibraryFile } from './summariseLibraryFile';

/**
 * A library listing that does not re-read unchanged files. Each article's summary is kept in an
 * index with the size and modification time of the article and of its translation; a file whose
 * stamp still matches is not opened at all; every stamp is checked before the listing is given,
 * so files added, edited or removed while the app was closed show as they are. Files that are
 * new or changed are read and summarised in a pool of worker threads. The index is derived
 * data: if it is missing, unreadable or from another version, it is rebuilt, never trusted.
 */
export { libraryIndexVersion } from './libraryIndexFile';

/** A summary, with what the library's lasting ids are matched on. */
export interface IndexedArticle extends ArticleSummary {
  /** Fingerprint of the Arabic title and body, as `Library` computes it to follow renames. */
  content: ArticleDigest['content'];
}

export interface LibraryIndex {
  /** `id` here is the path-derived one; the library swaps in its lasting ids by `content`. */
  summaries: IndexedArticle[];
  problems: LibraryProblem[];
  /** How many articles were read this time, and how many came from the index. */
  parsed: number;
  cached: number;
}

export type SummariseOptions = PoolScanOptions;

/** The article and its translation are as the index saw them: same files, same stamps. */
function unchanged(root: string, file: LibraryFile, known: ScanEntry): boolean {
  if (known.sidecar?.file !== file.sidecar) return false;
  if (!sameStamp(known.stamp, stampOf(path.join(root, file.file)))) return false;
  return (
    file.sidecar === undefined || sameStamp(known.sidecar?.stamp, stampOf(path.join(root, file.sidecar)))
  );
}

/** Up to this many changed files, with no worker up, are read here: starting one would cost more. */
const readHereLimit = 8;
/**
 * ...and only while they are this small in all: reading here blocks the thread (on the desktop,
 * the one the window's calls wait on), which a few small files do for a few milliseconds only.
 */
const readHereBytes = 256 * 1024;

const needsWorker = ({ file, sidecar }: LibraryFile) => parsedWithDom(file) || parsedWithDom(sidecar);

/** The size of an article and its translation as they stand (a missing one counts nothing). */
function sizeOnDisk(root: string, { file, sidecar }: LibraryFile): number {
  const sizeOf = (name: string | undefined) =>
    name === undefined ? 0 : Math.max(0, stampOf(path.join(root, name)).size);
  return sizeOf(file) + sizeOf(sidecar);
}

/** A few small plain files, with no worker up: cheaper read here than by starting a worker. */
function readHere(root: string, files: LibraryFile[]): boolean {
  if (files.length > readHereLimit || scanPoolRunning()) return false;
  let bytes = 0;
  for (const file of files) if (!needsWorker(file)) bytes += sizeOnDisk(root, file);
  return bytes <= readHereBytes;
}

/**
 * Reads and summarises files: in the worker pool, except for a few small plain files when no
 * worker is up (the usual case after one file changed), which are read in place as opening them
 * would.
 */
async function summariseFiles(root: string, files: LibraryFile[], options: SummariseOptions) {
  if (!readHere(root, files)) return summariseInPool(root, files, options);
  const entries = new Array<ScanEntry>(files.length);
  const inWorker = files.flatMap((file, index) => (needsWorker(file) ? [index] : []));
  const fromWorker = summariseInPool(
    root,
    inWorker.map((index) => files[index]!),
    options,
  );
  let rootReal: string | undefined;
  const realRoot = () => {
    rootReal ??= realpathSync.native(root);
    return rootReal;
  };
  files.forEach((file, index) => {
    if (!needsWorker(file)) entries[index] = summariseLibraryFile(root, file, realRoot);
  });
  (await fromWorker).forEach((entry, k) => {
    entries[inWorker[k]!] = entry;
  });
  return entries;
}

/**
 * Summaries of every article in the library, from the index where the files have not changed.
 * The index is rewritten (atomically) only when something changed.
 */
export async function summariseLibrary(
  root: string,
  indexFile: string,
  options: SummariseOptions = {},
): Promise<LibraryIndex> {
  const [files, known] = await Promise.all([listLibraryFiles(root), readLibraryIndex(indexFile)]);
  const entries = new Array<ScanEntry>(files.length);
  const toRead: LibraryFile[] = [];
  const toReadAt: number[] = [];
  let checked = 0;
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!;
    const entry = known.get(file.file);
    if (entry && unchanged(root, file, entry)) entries[index] = entry;
    else {
      toRead.push(file);
      toReadAt.push(index);
    }
    // A stat is a synchronous call of some microseconds: let other work run between batches.
    if (entry && ++checked % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const read = await summariseFiles(root, toRead, options);
  read.forEach((entry, k) => {
    entries[toReadAt[k]!] = entry;
  });

  const summaries: IndexedArticle[] = [];
  const problems: LibraryProblem[] = [];
  files.forEach(({ file }, index) => {
    const { digest, problem } = entries[index]!;
    if (digest) summaries.push({ id: articleIdFor(file), file, ...digest });
    else problems.push({ file, code: problem ?? 'internal' });
  });
  if (toRead.length > 0 || known.size !== files.length) {
    await writeLibraryIndex(
      indexFile,
      files.map(({ file }, index) => [file, entries[index]!] as const),
    );
  }
  return { summaries, problems, parsed: toRead.length, cached: files.length - toRead.length };
}
