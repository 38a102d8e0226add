import type { Bead, Lang, SetAsideBlock } from '../../contract';

export const importFormats = ['txt', 'md', 'html', 'tmx', 'json'] as const;
export type ImportFormat = (typeof importFormats)[number];

export type ImportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

/** What the page said about itself, besides its text. Values are as the page wrote them. */
export interface DocumentMetadata {
  byline?: string;
  date?: string;
  source?: string;
}

/** One file read into the article model's parts, before it gets an id and a library path. */
export interface ImportedDocument {
  format: ImportFormat;
  encoding: ImportEncoding;
  title: { ar: string; en?: string };
  ar: string[];
  en: string[];
  /** Present only when the file itself pairs the two languages (TMX, bilingual JSON). */
  alignment?: Bead[];
  setAside: SetAsideBlock[];
  metadata: DocumentMetadata;
}

/** A translation read on its own, to sit beside an Arabic article. */
export interface ImportedSidecar {
  format: ImportFormat;
  encoding: ImportEncoding;
  title: string;
  paragraphs: string[];
  setAside: SetAsideBlock[];
  metadata: DocumentMetadata;
}

/** One text's title, body and set-aside blocks in a single language, as the clean-up leaves them. */
export interface CleanedText {
  title: string;
  body: string[];
  setAside: SetAsideBlock[];
  metadata: DocumentMetadata;
}

export type { Lang };
