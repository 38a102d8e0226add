import { MuwaziError } from '../errors';
import type { ImportFormat } from './types';

const byExtension: Record<string, ImportFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  tmx: 'tmx',
  json: 'json',
};

/** The format a file name announces, or undefined for any other name. */
export function formatForName(fileName: string): ImportFormat | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? byExtension[match[1]!.toLowerCase()] : undefined;
}

export function requireFormat(fileName: string): ImportFormat {
  const format = formatForName(fileName);
  if (!format) {
    throw new MuwaziError(
      'unsupported-format',
      'Muwazi reads .txt, .md, .html, .tmx and bilingual .json files; this file is none of them.',
    );
  }
  return format;
}
