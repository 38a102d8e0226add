import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importDocument, importSidecar } from '../../electron/core/import/importDocument';
import { sampleArticleName, sampleLibraryDir } from './paths';

/**
 * The sample article's body as the library reads it, title and page furniture left out:
 * 13 Arabic paragraphs and their 13 English translations, in order.
 */
export async function sampleParagraphs(): Promise<{ ar: string[]; en: string[] }> {
  const english = sampleArticleName.replace(/\.txt$/, '.en.txt');
  const [arBytes, enBytes] = await Promise.all(
    [sampleArticleName, english].map((name) => readFile(path.join(sampleLibraryDir, name))),
  );
  return {
    ar: importDocument(arBytes!, sampleArticleName).ar,
    en: importSidecar(enBytes!, english).paragraphs,
  };
}
