import path from 'node:path';
import type { ErrorCode } from '../../contract';
import { toApiError } from '../errors';
import { type ArticleDigest, digestArticle } from './articleDigest';
import { importDocument, importSidecar } from './importDocument';
import type { LibraryFile } from './libraryFiles';
import { readStampedSync, type Stamp, stampOf } from './readStampedSync';

/**
 * One article of the library scan, read and summarised in a worker thread: the result is what
 * the index keeps of it, the stamps of the files it was read from beside a digest or the code
 * of the problem that stopped it.
 */
export interface ScanEntry {
  stamp: Stamp;
  sidecar?: { file: string; stamp: Stamp };
  digest?: ArticleDigest;
  problem?: ErrorCode;
}

/** Summarises one article and its translation. Never throws: a failure is the entry's problem. */
export function summariseLibraryFile(
  root: string,
  entry: LibraryFile,
  /** The library's real path, asked for only when a link must be checked. */
  rootReal: () => string,
): ScanEntry {
  let stamp: Stamp | undefined;
  let sidecarStamp: Stamp | undefined;
  const result = (extra: Pick<ScanEntry, 'digest' | 'problem'>): ScanEntry => ({
    // A file that could not be read is stamped as it stands, so it is tried again once it changes.
    stamp: stamp ?? stampOf(path.join(root, entry.file)),
    ...(entry.sidecar
      ? { sidecar: { file: entry.sidecar, stamp: sidecarStamp ?? stampOf(path.join(root, entry.sidecar)) } }
      : {}),
    ...extra,
  });
  try {
    // Links are followed only to targets inside the library, as when an article is opened.
    const inside = entry.link ? { rootReal: rootReal() } : {};
    const main = readStampedSync(root, entry.file, { ...inside, notAFile: 'not-found' });
    stamp = main.stamp;
    const document = importDocument(main.bytes, entry.file);
    if (!entry.sidecar) return result({ digest: digestArticle(document) });
    if (document.alignment !== undefined) {
      // The file pairs the languages itself; the translation's stamp is kept all the same, so
      // a later scan sees the pair unchanged.
      sidecarStamp = stampOf(path.join(root, entry.sidecar));
      return result({ digest: digestArticle(document) });
    }
    const translation = readStampedSync(root, entry.sidecar, { ...inside, notAFile: 'not-a-file' });
    sidecarStamp = translation.stamp;
    return result({ digest: digestArticle(document, importSidecar(translation.bytes, entry.sidecar)) });
  } catch (error) {
    return result({ problem: toApiError(error).code });
  }
}
