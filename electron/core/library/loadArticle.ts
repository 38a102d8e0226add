import type { Article } from '../../contract';
import { MuwaziError } from '../errors';
import { formatForName } from '../import/fileFormat';
import { importDocument, importSidecar } from '../import/importDocument';
import { importDocumentInWorker, importSidecarInWorker } from '../import/inWorker';
import { type AlignedImport, alignedArticleFromImport } from '../import/toArticle';
import type { ImportedSidecar } from '../import/types';
import { articleIdFor, readLimited, resolveInside, sidecarCandidates } from './files';

/** Web pages and translation memories are parsed in a worker with a time limit: a hostile or huge file cannot hang the app. */
function needsWorker(name: string): boolean {
  const format = formatForName(name);
  return format === 'html' || format === 'tmx';
}

async function readSidecar(root: string, relativeFile: string) {
  for (const candidate of sidecarCandidates(relativeFile)) {
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(await resolveInside(root, candidate));
    } catch (error) {
      // A missing translation is normal; any other failure must not pass in silence.
      if (error instanceof MuwaziError && error.code === 'not-found') continue;
      throw error;
    }
    const value: ImportedSidecar = needsWorker(candidate)
      ? await importSidecarInWorker(bytes, candidate)
      : importSidecar(bytes, candidate);
    return { file: candidate, value };
  }
  return undefined;
}

/**
 * Reads an article file (library-relative), in any supported format and encoding, with its
 * translation beside it when the format does not carry one. The library passes the article's
 * lasting id; without one (the CLI) the id is derived from the path.
 */
export async function loadArticle(
  libraryRoot: string,
  relativeFile: string,
  id = articleIdFor(relativeFile),
): Promise<Article> {
  return (await loadAlignedArticle(libraryRoot, relativeFile, id)).article;
}

/** `loadArticle`, with the length model the aligner fitted to it (for sentences and corrections). */
export async function loadAlignedArticle(
  libraryRoot: string,
  relativeFile: string,
  id: string,
): Promise<AlignedImport> {
  const bytes = await readLimited(await resolveInside(libraryRoot, relativeFile));
  const document = needsWorker(relativeFile)
    ? await importDocumentInWorker(bytes, relativeFile)
    : importDocument(bytes, relativeFile);
  const sidecar = document.alignment ? undefined : await readSidecar(libraryRoot, relativeFile);
  return alignedArticleFromImport({ id, file: relativeFile, document, ...(sidecar ? { sidecar } : {}) });
}
