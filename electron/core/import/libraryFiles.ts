import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatForName } from './fileFormat';

/**
 * The files of a library folder that `importDocument` can read, and the translations beside
 * them. One walk lists both, so pairing an article with its translation costs a lookup, not a
 * file-system call per candidate name.
 */
const sidecarPattern = /\.en\.(?:txt|md|html?)$/i;
/** The exact names an article's translation is looked up under, as opening the article does. */
const sidecarName = /\.en\.(txt|md|html|htm)$/;
const sidecarExtensions = ['txt', 'md', 'html', 'htm'];
const maxDepth = 8;

export interface LibraryFile {
  /** Library-relative, forward slashes. */
  file: string;
  /** The translation beside it, library-relative, if there is one. */
  sidecar?: string;
  /** A symbolic link: its target must be checked to lie inside the library before reading. */
  link?: true;
}

export function isSidecarFile(name: string): boolean {
  return sidecarPattern.test(name);
}

export function isImportableFile(name: string): boolean {
  return !name.startsWith('.') && !isSidecarFile(name) && formatForName(name) !== undefined;
}

/** The article a translation belongs beside, and how it ranks among that article's translations. */
function sidecarOf(file: string): { stem: string; rank: number } | undefined {
  const match = sidecarName.exec(file);
  return match ? { stem: file.slice(0, match.index), rank: sidecarExtensions.indexOf(match[1]!) } : undefined;
}

/** Lists importable files (sorted), skipping hidden and symlinked folders as the library does. */
export async function listLibraryFiles(root: string): Promise<LibraryFile[]> {
  const articles: string[] = [];
  const links = new Set<string>();
  // Article stem → its translation; when several are present, the first in `sidecarExtensions` order.
  const sidecars = new Map<string, { file: string; rank: number }>();
  async function walk(dir: string, relative: string, depth: number): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable sub-folder hides only itself.
    }
    const folders: Promise<void>[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < maxDepth) folders.push(walk(path.join(dir, entry.name), file, depth + 1));
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (entry.isSymbolicLink()) links.add(file);
        const sidecar = sidecarOf(file);
        if (sidecar) {
          const known = sidecars.get(sidecar.stem);
          if (!known || sidecar.rank < known.rank) sidecars.set(sidecar.stem, { file, rank: sidecar.rank });
        }
        if (isImportableFile(entry.name)) articles.push(file);
      }
    }
    await Promise.all(folders);
  }
  await walk(root, '', 0);
  articles.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return articles.map((file) => {
    const sidecar = sidecars.get(file.replace(/\.[^./]+$/, ''))?.file;
    return {
      file,
      ...(sidecar ? { sidecar } : {}),
      ...(links.has(file) || (sidecar && links.has(sidecar)) ? { link: true as const } : {}),
    };
  });
}
