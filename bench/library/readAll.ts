import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The reference: every file of the library read whole with fs.readFile, `concurrency` at once. */
export async function readAllRaw(root: string, files: string[], concurrency: number): Promise<number> {
  let next = 0;
  let total = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < files.length) {
        const file = files[next++]!;
        total += (await readFile(path.join(root, file))).byteLength;
      }
    }),
  );
  return total;
}

/**
 * Every file read whole with readFileSync, one after another in one thread: how the scan's
 * workers read. Shown beside the reference so the ratio's two halves, reading and parsing, can
 * be told apart.
 */
export function readAllSync(root: string, files: string[]): number {
  let total = 0;
  for (const file of files) total += readFileSync(path.join(root, file)).byteLength;
  return total;
}
