import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ErrorCode, maxArticleBytes } from '../../contract';
import { codeForFsError, MuwaziError } from '../errors';

/**
 * Reading library files for the scan, synchronously, in a worker thread (or in place, for a
 * handful of changed files). Each asynchronous read is four trips through libuv's thread pool
 * (open, stat, read, close); a worker that reads its files one after another in its own thread
 * does the same work several times faster, and the main thread stays free either way.
 */

/**
 * What tells the index a file is unchanged: its size and modification time, and the time its
 * inode last changed, which tools that restore a modification time cannot set back.
 */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The stamp of a path that is missing or not a regular file; it compares equal to itself. */
export const missingStamp: Stamp = Object.freeze({ size: -1, mtimeMs: -1, ctimeMs: -1 });

const stampOfInfo = (info: { size: number; mtimeMs: number; ctimeMs: number }): Stamp => ({
  size: info.size,
  mtimeMs: info.mtimeMs,
  ctimeMs: info.ctimeMs,
});

export function stampOf(absolute: string): Stamp {
  try {
    const info = statSync(absolute, { throwIfNoEntry: false });
    return info?.isFile() ? stampOfInfo(info) : missingStamp;
  } catch {
    return missingStamp;
  }
}

export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs
  );
}

/** `resolveInside`, synchronously: the real path of a library file, refused if it leads outside. */
export function resolveInsideSync(rootReal: string, relativeFile: string): string {
  let real: string;
  try {
    real = realpathSync.native(path.resolve(rootReal, relativeFile));
  } catch (error) {
    throw new MuwaziError(codeForFsError(error), `Cannot reach ${relativeFile}.`, { cause: error });
  }
  const inside = path.relative(rootReal, real);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new MuwaziError('outside-library', `${relativeFile} leads outside the library folder.`);
  }
  return real;
}

export interface StampedBytes {
  bytes: Uint8Array;
  /** Taken from the open file, so it describes the bytes that were read. */
  stamp: Stamp;
}

export interface ReadOptions {
  /** The library's real path; given, links are followed only to targets inside it. */
  rootReal?: string;
  /** The code for a path that is there but is not a regular file. */
  notAFile: ErrorCode;
}

// Opening without blocking: a named pipe given an article's name must not stall the scan.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads one library file whole, refusing non-files and files over the size limit before reading. */
export function readStampedSync(root: string, relativeFile: string, options: ReadOptions): StampedBytes {
  const absolute = path.join(root, relativeFile);
  let target = absolute;
  if (options.rootReal !== undefined) {
    // What the link points at must be a file before its place is checked, as `stat` would say.
    if (stampOf(absolute) === missingStamp) throw notAFile(options.notAFile, relativeFile);
    target = resolveInsideSync(options.rootReal, relativeFile);
  }
  let fd: number;
  try {
    fd = openSync(target, openFlags);
  } catch (error) {
    throw new MuwaziError(codeForFsError(error), `Cannot read ${path.basename(relativeFile)}.`, {
      cause: error,
    });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notAFile(options.notAFile, relativeFile);
    if (info.size > maxArticleBytes) {
      throw new MuwaziError(
        'too-large',
        `${path.basename(relativeFile)} is ${info.size} bytes; the limit is ${maxArticleBytes} bytes.`,
      );
    }
    return { bytes: readAll(fd, info.size), stamp: stampOfInfo(info) };
  } finally {
    closeSync(fd);
  }
}

function notAFile(code: ErrorCode, relativeFile: string): MuwaziError {
  return new MuwaziError(code, `${path.basename(relativeFile)} is not a file.`);
}

/** The file's bytes up to its size at opening (a file cut short meanwhile gives what is left). */
function readAll(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
