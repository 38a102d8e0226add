import type { Article } from '../../contract';
import { alignParagraphs } from '../align/alignParagraphs';
import type { LengthModel } from '../align/lengthModel';
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

/** An article and the length model its rows were aligned with (none when the file paired them). */
export interface AlignedImport {
  article: ImportedArticle;
  /**
   * Kept beside the article, never in it: the window has no use for it, but the core needs the
   * document's own ratio and variance to align sentences and to realign around corrections.
   */
  model?: LengthModel;
}

/** Two decimals are all the window shows, and they keep the article's JSON small. */
export function roundedConfidence(confidence: readonly number[]): number[] {
  return confidence.map((value) => Math.round(value * 100) / 100);
}

/**
 * Joins an imported document and its translation into the article model. A file that pairs the
 * languages itself (TMX, bilingual JSON) keeps its own alignment and needs no translation file;
 * otherwise the translation's paragraphs are aligned to the Arabic ones.
 */
export function articleFromImport(inputs: ArticleInputs): ImportedArticle {
  return alignedArticleFromImport(inputs).article;
}

/** `articleFromImport`, with the aligner's length model when the core aligned the text itself. */
export function alignedArticleFromImport({ id, file, document, sidecar }: ArticleInputs): AlignedImport {
  const useSidecar = sidecar !== undefined && document.alignment === undefined;
  const en = useSidecar ? sidecar.value.paragraphs : document.en;
  const title: Article['title'] = { ar: document.title.ar };
  const titleEn = useSidecar ? sidecar.value.title : document.title.en;
  if (titleEn) title.en = titleEn;
  const aligned = document.alignment ? undefined : alignParagraphs(document.ar, en);
  const article: ImportedArticle = {
    id,
    title,
    ar: document.ar.map((text) => ({ text })),
    en: en.map((text) => ({ text })),
    alignment: aligned ? aligned.beads : document.alignment!,
    ...(aligned ? { confidence: roundedConfidence(aligned.confidence) } : {}),
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
  return aligned ? { article, model: aligned.model } : { article };
}
