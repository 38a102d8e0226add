import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isArticleName, toLibraryRelative } from './files';

const maxDepth = 8;

/**
 * Lists article files under the library folder (library-relative, sorted). Hidden folders are
 * skipped, and so are symlinked folders: a link must not pull outside files into the library.
 */
export async function scanArticleFiles(libraryRoot: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, depth: number): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable sub-folder hides only itself.
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < maxDepth) await walk(full, depth + 1);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
        found.push(toLibraryRelative(libraryRoot, full));
      }
    }
  }
  await walk(libraryRoot, 0);
  return found.sort((a, b) => a.localeCompare(b));
}
