import type { Dirent } from 'node:fs';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode, ImportOutcome, ImportProgress } from '../../contract';
import { MuwaziError, toApiError } from '../errors';
import { formatForName } from '../import/fileFormat';
import { importDocument } from '../import/importDocument';
import { importDocumentInWorker } from '../import/inWorker';
import { isImportableFile, isSidecarFile } from '../import/libraryFiles';
import { readLimited, sidecarCandidates, toLibraryRelative } from './files';

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

/** One file offered for import: a path on disk (desktop) or bytes the page read (browser mode, drag and drop). */
export type ImportSource = { path: string } | { name: string; bytes: Uint8Array };

const maxFolderDepth = 8;

/** Parses the file as the library would, so a file that cannot be read is refused with its reason now, not later. */
async function validate(bytes: Uint8Array, name: string): Promise<void> {
  const format = formatForName(name);
  if (format === 'html' || format === 'tmx') await importDocumentInWorker(bytes, name);
  else importDocument(bytes, name);
}

/** A name not yet used in the folder: "article.txt", then "article (2).txt", and so on. */
async function freeName(folder: string, name: string, taken: Set<string>): Promise<string> {
  const extension = /(\.en)?\.[^.]+$/.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    if (taken.has(candidate.toLowerCase())) continue;
    try {
      await stat(path.join(folder, candidate));
    } catch {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** Expands folders into the importable files inside them (hidden entries skipped). */
async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  async function walk(target: string, depth: number, explicit: boolean): Promise<void> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(target);
    } catch {
      files.push(target); // Reported as not found when its turn comes.
      return;
    }
    if (!info.isDirectory()) {
      // Files the user named go in whatever they are (and get a reason if refused);
      // inside folders only what Muwazi reads, and translations travel with their article.
      if (explicit || (isImportableFile(path.basename(target)) && !isSidecarFile(path.basename(target)))) {
        files.push(target);
      }
      return;
    }
    if (depth >= maxFolderDepth) return;
    let entries: Dirent[];
    try {
      entries = await readdir(target, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (!entry.name.startsWith('.')) await walk(path.join(target, entry.name), depth + 1, false);
    }
  }
  for (const target of paths) await walk(path.resolve(target), 0, true);
  return files;
}

function cancelled(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

/**
 * Copies articles into the library folder; the originals are never touched. Each file is
 * parsed first, so one that cannot be read gets its own reason and the others go on. Names
 * already in the library are never overwritten: the copy gets a free name. A translation
 * beside an article (`name.en.txt`) is copied with it under the matching name.
 */
export async function importIntoLibrary(
  libraryRoot: string,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  await mkdir(libraryRoot, { recursive: true });
  const rootReal = await realpath(libraryRoot);
  const onDisk = await expand(sources.flatMap((s) => ('path' in s ? [s.path] : [])));
  const items: ImportSource[] = [
    ...onDisk.map((p) => ({ path: p })),
    ...sources.filter((s) => !('path' in s)),
  ];
  const outcome: ImportOutcome = { imported: [], failed: [], cancelled: false };
  const taken = new Set<string>();
  for (const [index, item] of items.entries()) {
    const given = 'path' in item ? path.basename(item.path) : path.basename(item.name.replace(/\\/g, '/'));
    // The library lists no hidden files, so a copy named ".notes.txt" would be imported and never
    // seen: it goes in as "notes.txt" (and ".txt", a name with no stem, is refused as no format).
    const name = given.replace(/^\.+/, '');
    options.onProgress?.({ done: index, total: items.length, current: name });
    if (cancelled(options.signal)) {
      outcome.cancelled = true;
      break;
    }
    try {
      if (!formatForName(name))
        throw new MuwaziError('unsupported-format', `${given} is not a format Muwazi reads.`);
      if ('path' in item) {
        const real = await realpath(item.path).catch(() => item.path);
        const inside = path.relative(rootReal, real);
        if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
          // Already in the library: nothing to copy.
          outcome.imported.push({ from: given, file: toLibraryRelative(rootReal, real) });
          continue;
        }
      }
      const bytes = 'path' in item ? await readLimited(item.path) : item.bytes;
      await validate(bytes, name);
      const target = await freeName(libraryRoot, name, taken);
      if ('path' in item) await copyFile(item.path, path.join(libraryRoot, target), constants.COPYFILE_EXCL);
      else await writeFile(path.join(libraryRoot, target), bytes, { flag: 'wx' });
      if ('path' in item) await copySidecar(item.path, libraryRoot, target);
      outcome.imported.push({ from: given, file: target });
    } catch (error) {
      outcome.failed.push({ from: given, code: toApiError(error).code as ErrorCode });
    }
  }
  options.onProgress?.({ done: outcome.imported.length + outcome.failed.length, total: items.length });
  return outcome;
}

async function copySidecar(original: string, libraryRoot: string, target: string): Promise<void> {
  const folder = path.dirname(original);
  for (const candidate of sidecarCandidates(path.basename(original))) {
    const from = path.join(folder, candidate);
    try {
      await stat(from);
    } catch {
      continue;
    }
    const [targetSidecar] = sidecarCandidates(target).filter((c) =>
      c.endsWith(candidate.slice(candidate.lastIndexOf('.en.'))),
    );
    if (targetSidecar)
      await copyFile(from, path.join(libraryRoot, targetSidecar), constants.COPYFILE_EXCL).catch(() => {});
    return;
  }
}
