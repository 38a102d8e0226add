import path from 'node:path';
import type { Article } from '../../contract';
import { buildArticle } from '../article/buildArticle';
import { MuwaziError } from '../errors';
import { decodeText } from '../formats/decode';
import { type ParsedText, parsePlainText } from '../formats/plainText';
import { articleIdFor, formatOf, readLimited, resolveInside, sidecarCandidates } from './files';

interface LoadedText {
  parsed: ParsedText;
  file: string;
  format: 'txt' | 'md';
  encoding: string;
}

async function loadText(libraryRoot: string, relativeFile: string): Promise<LoadedText> {
  const real = await resolveInside(libraryRoot, relativeFile);
  const { text, encoding } = decodeText(await readLimited(real));
  const format = formatOf(relativeFile);
  return {
    parsed: parsePlainText(text, { markdown: format === 'md' }),
    file: relativeFile,
    format,
    encoding,
  };
}

async function loadSidecar(libraryRoot: string, relativeFile: string): Promise<LoadedText | undefined> {
  for (const candidate of sidecarCandidates(relativeFile)) {
    try {
      return await loadText(libraryRoot, candidate);
    } catch (error) {
      // A missing translation is normal; any other failure must not pass in silence.
      if (error instanceof MuwaziError && error.code === 'not-found') continue;
      throw error;
    }
  }
  return undefined;
}

/**
 * Reads an article file (library-relative) and its translation sidecar, if any. The library
 * passes the article's lasting id; without one (the CLI) the id is derived from the path.
 */
export async function loadArticle(libraryRoot: string, relativeFile: string, id?: string): Promise<Article> {
  const arabic = await loadText(libraryRoot, relativeFile);
  if (arabic.parsed.title === '') {
    throw new MuwaziError('empty-article', `${path.basename(relativeFile)} holds no text.`);
  }
  const english = await loadSidecar(libraryRoot, relativeFile);
  return buildArticle({
    id: id ?? articleIdFor(relativeFile),
    arabic: arabic.parsed,
    ...(english ? { english: english.parsed } : {}),
    source: {
      file: relativeFile,
      format: arabic.format,
      encoding: arabic.encoding,
      ...(english
        ? { translation: { file: english.file, format: english.format, encoding: english.encoding } }
        : {}),
    },
  });
}
