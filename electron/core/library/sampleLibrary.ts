import { constants } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { UserData } from '../storage/userData';

/**
 * On first run, copies the sample articles into the library so a new user has something to
 * read. It runs once per data folder (a user who deletes the sample does not get it back) and
 * never replaces a file already in the library.
 */
export async function ensureSampleLibrary(libraryRoot: string, sampleDir: string, userData: UserData) {
  const state = await userData.state.read();
  if (state.sampleLibraryCopied) return;
  await mkdir(libraryRoot, { recursive: true });
  for (const name of await readdir(sampleDir)) {
    try {
      await copyFile(path.join(sampleDir, name), path.join(libraryRoot, name), constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  await userData.state.write({ ...state, sampleLibraryCopied: true });
}
