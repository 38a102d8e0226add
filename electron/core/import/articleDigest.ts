import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../../contract';
import { alignParagraphs } from '../align/alignParagraphs';
import { translatedShare } from '../article/alignment';
import type { ImportedDocument, ImportedSidecar } from './types';

/**
 * What the library listing needs of one article, computed from its imported parts without
 * building the whole article: the title, the paragraph count, the translated share and the
 * content fingerprint lasting ids are matched on.
 */
export interface ArticleDigest extends Pick<ArticleSummary, 'title' | 'paragraphs' | 'translated'> {
  /** Fingerprint of the Arabic title and body, as `Library` matches renamed files on. */
  content: string;
}

/** The fingerprint of an article's text (title, then paragraphs). */
export function contentFingerprint(title: string, paragraphs: readonly string[]): string {
  const hash = createHash('sha256').update(title);
  for (const paragraph of paragraphs) hash.update('\n\n').update(paragraph);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The share of Arabic paragraphs that sit in a row with English, exactly as the reader's rows
 * have it. The rows come from the same aligner the article view uses; only its per-row
 * confidence is skipped, which costs two more passes over the grid and never changes a row.
 */
function translatedOf(document: ImportedDocument, en: readonly string[]): number {
  if (document.alignment) return translatedShare(document.alignment, document.ar.length);
  if (document.ar.length === 0 || en.length === 0) return 0;
  const { beads } = alignParagraphs(document.ar, en, { confidence: false });
  return translatedShare(beads, document.ar.length);
}

/**
 * The digest of an article as `articleFromImport` would join it: a file that pairs the languages
 * itself keeps its own alignment and title; otherwise the translation beside it supplies both.
 */
export function digestArticle(document: ImportedDocument, sidecar?: ImportedSidecar): ArticleDigest {
  const useSidecar = sidecar !== undefined && document.alignment === undefined;
  const en = useSidecar ? sidecar.paragraphs : document.en;
  const title: ArticleSummary['title'] = { ar: document.title.ar };
  const titleEn = useSidecar ? sidecar.title : document.title.en;
  if (titleEn) title.en = titleEn;
  return {
    title,
    paragraphs: document.ar.length,
    translated: translatedOf(document, en),
    content: contentFingerprint(document.title.ar, document.ar),
  };
}
