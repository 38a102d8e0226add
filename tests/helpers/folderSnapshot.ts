import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every entry under a folder with a hash of its content (folders and links included), so a test
 * can tell whether anything at all was written, renamed, created or removed.
 */
export async function snapshotFolder(root: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(root, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return entries;
    throw error;
  }
  for (const name of names.sort()) {
    const full = path.join(root, name);
    const info = await lstat(full);
    let digest: string;
    if (info.isDirectory()) digest = 'dir';
    else if (info.isSymbolicLink()) digest = `link:${await readlink(full)}`;
    else
      digest = createHash('sha256')
        .update(await readFile(full))
        .digest('hex');
    entries.set(name.split(path.sep).join('/'), digest);
  }
  return entries;
}

/** What differs between two snapshots, as readable lines ("+ added", "- removed", "~ changed"). */
export function snapshotChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [name, digest] of after) {
    if (!before.has(name)) changes.push(`+ ${name}`);
    else if (before.get(name) !== digest) changes.push(`~ ${name}`);
  }
  for (const name of before.keys()) if (!after.has(name)) changes.push(`- ${name}`);
  return changes;
}
