import { createHash } from 'node:crypto';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { maxArticleBytes } from '../../contract';
import { codeForFsError, MuwaziError } from '../errors';

/** Candidate translation files for an article, most specific first. */
export function sidecarCandidates(relativeFile: string): string[] {
  const stem = relativeFile.replace(/\.[^./]+$/, '');
  return [`${stem}.en.txt`, `${stem}.en.md`, `${stem}.en.html`, `${stem}.en.htm`];
}

/** Library-relative paths always use forward slashes, so ids agree across operating systems. */
export function toLibraryRelative(libraryRoot: string, absolute: string): string {
  return path.relative(libraryRoot, absolute).split(path.sep).join('/');
}

/** An opaque id for an article: the renderer names articles by id, never by path. */
export function articleIdFor(relativeFile: string): string {
  return createHash('sha256').update(relativeFile.normalize('NFC')).digest('hex').slice(0, 16);
}

/**
 * Resolves a library-relative path to a real file inside the library, following symlinks and
 * refusing anything whose real location is outside it.
 */
export async function resolveInside(libraryRoot: string, relativeFile: string): Promise<string> {
  const rootReal = await realpath(libraryRoot);
  const candidate = path.resolve(rootReal, relativeFile);
  let real: string;
  try {
    real = await realpath(candidate);
  } catch (error) {
    throw new MuwaziError(codeForFsError(error), `Cannot reach ${relativeFile}.`, { cause: error });
  }
  const inside = path.relative(rootReal, real);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new MuwaziError('outside-library', `${relativeFile} leads outside the library folder.`);
  }
  return real;
}

/** Reads a whole file, refusing non-files and files above the size limit before reading them. */
export async function readLimited(file: string, limit = maxArticleBytes): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch (error) {
    throw new MuwaziError(codeForFsError(error), `Cannot read ${path.basename(file)}.`, { cause: error });
  }
  if (!info.isFile()) throw new MuwaziError('not-a-file', `${path.basename(file)} is not a file.`);
  if (info.size > limit) {
    throw new MuwaziError(
      'too-large',
      `${path.basename(file)} is ${info.size} bytes; the limit is ${limit} bytes.`,
    );
  }
  const handle = await open(file, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
