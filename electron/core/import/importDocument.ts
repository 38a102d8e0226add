import { maxArticleBytes } from '../../contract';
import { MuwaziError } from '../errors';
import { decodeArticleBytes } from '../formats/decode';
import { importBilingualJson } from './bilingualJson';
import { requireFormat } from './fileFormat';
import { readMonolingual } from './readMonolingual';
import { importTmx } from './tmx/importTmx';
import type { ImportedDocument, ImportedSidecar, ImportEncoding } from './types';

function decode(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  if (bytes.byteLength > maxArticleBytes) {
    throw new MuwaziError(
      'too-large',
      `The file is ${bytes.byteLength} bytes; the limit is ${maxArticleBytes} bytes.`,
    );
  }
  return decodeArticleBytes(bytes);
}

/**
 * Reads an article file of any supported format into the article model's parts. Throws only
 * MuwaziError, with a code the UI can explain: unsupported-format, not-text, undecodable,
 * too-large or empty-article.
 */
export function importDocument(bytes: Uint8Array, fileName: string): ImportedDocument {
  const format = requireFormat(fileName);
  const { text, encoding } = decode(bytes);
  if (format === 'tmx') return importTmx(text, encoding, fileName);
  if (format === 'json') return importBilingualJson(text, encoding);
  const cleaned = readMonolingual(text, format, 'ar');
  if (cleaned.title === '' && cleaned.body.length === 0) {
    throw new MuwaziError('empty-article', 'The file holds no article text.');
  }
  return {
    format,
    encoding,
    title: { ar: cleaned.title },
    ar: cleaned.body,
    en: [],
    setAside: cleaned.setAside,
    metadata: cleaned.metadata,
  };
}

/** Reads an English translation to sit beside an article: plain text, Markdown or a web page. */
export function importSidecar(bytes: Uint8Array, fileName: string): ImportedSidecar {
  const format = requireFormat(fileName);
  if (format === 'tmx' || format === 'json') {
    throw new MuwaziError(
      'unsupported-format',
      'A translation beside an article must be text, Markdown or HTML.',
    );
  }
  const { text, encoding } = decode(bytes);
  const cleaned = readMonolingual(text, format, 'en');
  if (cleaned.title === '' && cleaned.body.length === 0) {
    throw new MuwaziError('empty-article', 'The translation file holds no text.');
  }
  return {
    format,
    encoding,
    title: cleaned.title,
    paragraphs: cleaned.body,
    setAside: cleaned.setAside,
    metadata: cleaned.metadata,
  };
}
