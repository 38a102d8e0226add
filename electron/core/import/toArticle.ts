import type { Article } from '../../contract';
import { alignParagraphs } from '../align/alignParagraphs';
import type { ImportedDocument, ImportedSidecar, ImportEncoding, ImportFormat } from './types';

/** Where an imported article came from. Wider than the contract's `ArticleSource` until it learns the new formats. */
export interface ImportedSource {
  file: string;
  format: ImportFormat;
  encoding: ImportEncoding;
  translation?: { file: string; format: ImportFormat; encoding: ImportEncoding };
}

export type ImportedArticle = Omit<Article, 'source'> & { source: ImportedSource };

export interface ArticleInputs {
  id: string;
  file: string;
  document: ImportedDocument;
  sidecar?: { file: string; value: ImportedSidecar };
}

/**
 * Joins an imported document and its translation into the article model. A file that pairs the
 * languages itself (TMX, bilingual JSON) keeps its own alignment and needs no translation file;
 * otherwise the translation's paragraphs are paired in order.
 */
export function articleFromImport({ id, file, document, sidecar }: ArticleInputs): ImportedArticle {
  const useSidecar = sidecar !== undefined && document.alignment === undefined;
  const en = useSidecar ? sidecar.value.paragraphs : document.en;
  const title: Article['title'] = { ar: document.title.ar };
  const titleEn = useSidecar ? sidecar.value.title : document.title.en;
  if (titleEn) title.en = titleEn;
  return {
    id,
    title,
    ar: document.ar.map((text) => ({ text })),
    en: en.map((text) => ({ text })),
    alignment: document.alignment ?? alignParagraphs(document.ar, en).beads,
    setAside: [...document.setAside, ...(useSidecar ? sidecar.value.setAside : [])],
    source: {
      file,
      format: document.format,
      encoding: document.encoding,
      ...(useSidecar
        ? {
            translation: {
              file: sidecar.file,
              format: sidecar.value.format,
              encoding: sidecar.value.encoding,
            },
          }
        : {}),
    },
  };
}
