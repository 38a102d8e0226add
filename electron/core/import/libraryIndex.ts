import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ArticleSummary, ErrorCode, LibraryProblem } from '../../contract';
import { translatedShare } from '../article/alignment';
import { toApiError } from '../errors';
import { maxArticleBytes } from '../../contract';
import { MuwaziError } from '../errors';
import { articleIdFor, resolveInside } from '../library/files';
import { formatForName } from './fileFormat';
import { importDocument, importSidecar } from './importDocument';
import { importDocumentInWorker, importSidecarInWorker } from './inWorker';
import { type LibraryFile, listLibraryFiles } from './libraryFiles';
import { articleFromImport } from './toArticle';
import type { ImportedDocument, ImportedSidecar } from './types';

/**
 * A library listing that does not re-read unchanged files. Each article's summary is cached
 * with the size and modification time of the article and of its translation; a file whose
 * stamp still matches is not opened at all. The cache is derived data: if it is missing,
 * unreadable or from another version, it is rebuilt, never trusted.
 */
export const libraryIndexVersion = 1;

interface Stamp {
  size: number;
  mtimeMs: number;
}

/** A summary, with what the library's lasting ids are matched on. */
export interface IndexedArticle extends ArticleSummary {
  /** Fingerprint of the Arabic title and body, as `Library` computes it to follow renames. */
  content: string;
}

interface CacheEntry {
  stamp: Stamp;
  sidecar?: { file: string; stamp: Stamp };
  summary?: Omit<IndexedArticle, 'id' | 'file'>;
  problem?: ErrorCode;
}

interface CacheFile {
  version: number;
  entries: Record<string, CacheEntry>;
}

export interface LibraryIndex {
  /** `id` here is the path-derived one; the library swaps in its lasting ids by `content`. */
  summaries: IndexedArticle[];
  problems: LibraryProblem[];
  /** How many files were parsed this time, and how many came from the cache. */
  parsed: number;
  cached: number;
}

export interface SummariseOptions {
  /** Files read at once. */
  concurrency?: number;
  /** Time limit for each web page or translation memory, read in a worker thread. */
  timeoutMs?: number;
}

async function readCache(cacheFile: string): Promise<CacheFile['entries']> {
  try {
    const data = JSON.parse(await readFile(cacheFile, 'utf8')) as Partial<CacheFile>;
    if (data.version === libraryIndexVersion && data.entries && typeof data.entries === 'object')
      return data.entries;
  } catch {
    // Missing or damaged: the index is rebuilt from the files themselves.
  }
  return {};
}

/**
 * The stamp of one file. A synchronous stat costs a few microseconds; through the thread pool it
 * costs many times that, and a warm listing is nothing but stats. Callers yield between batches.
 */
function stampOf(absolute: string): Stamp | undefined {
  try {
    const info = statSync(absolute, { throwIfNoEntry: false });
    return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

// Web pages and translation memories can be large or hostile: they are read in a worker with a
// time limit. Plain text and JSON are read in place.
const needsWorker = (name: string) => {
  const format = formatForName(name);
  return format === 'html' || format === 'tmx';
};

async function parseDocument(
  bytes: Uint8Array,
  name: string,
  options: SummariseOptions,
): Promise<ImportedDocument> {
  return needsWorker(name)
    ? importDocumentInWorker(bytes, name, { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) })
    : importDocument(bytes, name);
}

async function parseSidecar(
  bytes: Uint8Array,
  name: string,
  options: SummariseOptions,
): Promise<ImportedSidecar> {
  return needsWorker(name)
    ? importSidecarInWorker(bytes, name, { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) })
    : importSidecar(bytes, name);
}

/** The same fingerprint `Library` takes of an article's text (title, then paragraphs). */
function contentFingerprint(title: string, paragraphs: string[]): string {
  const hash = createHash('sha256').update(title);
  for (const paragraph of paragraphs) hash.update('\n\n').update(paragraph);
  return hash.digest('hex').slice(0, 32);
}

/** One read per file: its size is already known from the stamp, so the limit is checked first. */
async function readStamped(absolute: string, stamp: Stamp): Promise<Uint8Array> {
  if (stamp.size > maxArticleBytes) {
    throw new MuwaziError(
      'too-large',
      `${path.basename(absolute)} is ${stamp.size} bytes; the limit is ${maxArticleBytes} bytes.`,
    );
  }
  return readFile(absolute);
}

async function summariseFile(
  root: string,
  entry: LibraryFile,
  stamp: Stamp,
  sidecarStamp: Stamp | undefined,
  options: SummariseOptions,
): Promise<CacheEntry> {
  const cacheEntry: CacheEntry = { stamp };
  if (entry.sidecar && sidecarStamp) cacheEntry.sidecar = { file: entry.sidecar, stamp: sidecarStamp };
  try {
    // Links are followed only to targets inside the library, as when an article is opened.
    const absolute = entry.link ? await resolveInside(root, entry.file) : path.join(root, entry.file);
    const document = await parseDocument(await readStamped(absolute, stamp), entry.file, options);
    let sidecar: { file: string; value: ImportedSidecar } | undefined;
    if (entry.sidecar && document.alignment === undefined) {
      const sidecarPath = entry.link
        ? await resolveInside(root, entry.sidecar)
        : path.join(root, entry.sidecar);
      const bytes = await readStamped(sidecarPath, sidecarStamp ?? { size: 0, mtimeMs: 0 });
      sidecar = { file: entry.sidecar, value: await parseSidecar(bytes, entry.sidecar, options) };
    }
    const article = articleFromImport({
      id: articleIdFor(entry.file),
      file: entry.file,
      document,
      ...(sidecar ? { sidecar } : {}),
    });
    cacheEntry.summary = {
      title: article.title,
      paragraphs: article.ar.length,
      translated: translatedShare(article.alignment, article.ar.length),
      content: contentFingerprint(article.title.ar, document.ar),
    };
  } catch (error) {
    cacheEntry.problem = toApiError(error).code;
  }
  return cacheEntry;
}

/** Runs `task` over `items` with at most `limit` running at once, keeping results in order. */
async function mapLimited<T, R>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  });
  await Promise.all(runners);
  return results;
}

/**
 * Summaries of every article in the library, from the cache where the files have not changed.
 * The cache file is rewritten (atomically) only when something changed.
 */
export async function summariseLibrary(
  root: string,
  cacheFile: string,
  options: SummariseOptions = {},
): Promise<LibraryIndex> {
  const [files, cache] = await Promise.all([listLibraryFiles(root), readCache(cacheFile)]);
  const concurrency = options.concurrency ?? 32;
  let parsed = 0;
  let changed = Object.keys(cache).length !== files.length;
  const stamps: { stamp?: Stamp; sidecar?: Stamp }[] = [];
  for (let index = 0; index < files.length; index++) {
    const entry = files[index]!;
    stamps.push({
      stamp: stampOf(path.join(root, entry.file)),
      ...(entry.sidecar ? { sidecar: stampOf(path.join(root, entry.sidecar)) } : {}),
    });
    // Let other work run between batches of stats.
    if (index % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
  }
  const entries = await mapLimited(files, concurrency, async (entry, index) => {
    const { stamp, sidecar: sidecarStamp } = stamps[index]!;
    const cached = cache[entry.file];
    if (
      cached &&
      sameStamp(cached.stamp, stamp) &&
      cached.sidecar?.file === entry.sidecar &&
      (entry.sidecar === undefined || sameStamp(cached.sidecar?.stamp, sidecarStamp))
    ) {
      return cached;
    }
    changed = true;
    if (!stamp) return { stamp: { size: -1, mtimeMs: -1 }, problem: 'not-found' as const };
    parsed++;
    return summariseFile(root, entry, stamp, sidecarStamp, options);
  });

  const summaries: IndexedArticle[] = [];
  const problems: LibraryProblem[] = [];
  const next: CacheFile = { version: libraryIndexVersion, entries: {} };
  files.forEach((entry, index) => {
    const cacheEntry = entries[index]!;
    next.entries[entry.file] = cacheEntry;
    if (cacheEntry.summary)
      summaries.push({ id: articleIdFor(entry.file), file: entry.file, ...cacheEntry.summary });
    else problems.push({ file: entry.file, code: cacheEntry.problem ?? 'internal' });
  });
  if (changed) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFileAtomic(cacheFile, JSON.stringify(next));
  }
  return { summaries, problems, parsed, cached: files.length - parsed };
}
