import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MuwaziError } from '../errors';

/**
 * Checks that a folder can be read as a library and returns its absolute path. A folder that is
 * missing (or is a file) is `not-found`; one that cannot be listed is `io-error`: "read-only"
 * would be wrong, since a library on read-only media can still be read.
 */
export async function checkLibraryFolder(folder: string): Promise<string> {
  const absolute = path.resolve(folder);
  let isFolder: boolean;
  try {
    isFolder = (await stat(absolute)).isDirectory();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new MuwaziError(
      missing ? 'not-found' : 'io-error',
      missing ? `There is no folder ${absolute}.` : `${absolute} cannot be opened as the library.`,
      { cause: error },
    );
  }
  if (!isFolder) throw new MuwaziError('not-found', `${absolute} is a file, not a folder.`);
  try {
    await readdir(absolute);
  } catch (error) {
    throw new MuwaziError('io-error', `The folder ${absolute} cannot be read.`, { cause: error });
  }
  return absolute;
}

/** True when the folder is there to open again (a remembered library on a drive not plugged in is not). */
export async function isLibraryFolder(folder: string): Promise<boolean> {
  try {
    await checkLibraryFolder(folder);
    return true;
  } catch {
    return false;
  }
}
