import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatForName } from '../import/fileFormat';

/**
 * The extensions the open and import dialogs offer: every name `formatForName` reads. Kept as a
 * list because a native file dialog filters by extension, not by a function.
 */
export const articleExtensions = [
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'tmx',
  'json',
] as const;

/** True when a file name is one the library can import. */
export function isArticleName(name: string): boolean {
  return formatForName(name) !== undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([open(a, 'r'), open(b, 'r')]);
  try {
    const size = 64 * 1024;
    const left = Buffer.alloc(size);
    const right = Buffer.alloc(size);
    for (let position = 0; ; position += size) {
      const [l, r] = await Promise.all([
        first.read(left, 0, size, position),
        second.read(right, 0, size, position),
      ]);
      if (l.bytesRead !== r.bytesRead) return false;
      if (l.bytesRead === 0) return true;
      if (!left.subarray(0, l.bytesRead).equals(right.subarray(0, r.bytesRead))) return false;
    }
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
}

/**
 * The library copy of a file opened from elsewhere, when one with the same bytes is already
 * there under its name or a numbered variant of it ("a.txt", "a (2).txt"), as an import names
 * copies. Opening the same file twice then opens the same article, with its notes, instead of
 * filling the library with copies.
 */
export async function identicalInLibrary(libraryRoot: string, file: string): Promise<string | undefined> {
  const name = path.basename(file);
  const extension = /(\.en)?\.[^.]+$/.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  const pattern = new RegExp(`^${escapeRegExp(stem)}(?: \\(\\d+\\))?${escapeRegExp(extension)}$`, 'i');
  let original: Awaited<ReturnType<typeof stat>>;
  let names: string[];
  try {
    original = await stat(file);
    if (!original.isFile()) return undefined;
    names = (await readdir(libraryRoot)).filter((candidate) => pattern.test(candidate)).sort();
  } catch {
    return undefined;
  }
  for (const candidate of names) {
    const inLibrary = path.join(libraryRoot, candidate);
    try {
      const info = await stat(inLibrary);
      if (!info.isFile() || info.size !== original.size) continue;
      if (path.resolve(inLibrary) === path.resolve(file)) return candidate;
      if (await sameBytes(inLibrary, file)) return candidate;
    } catch {
      // A file that vanished or cannot be read is simply not a match.
    }
  }
  return undefined;
}
