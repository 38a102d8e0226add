import { createHash } from 'node:crypto';
import type { Lang, Segment } from '../../contract';
import { foldForMatch } from '../text/normalize';

/** Fingerprints of both sides of an article, paragraph by paragraph. */
export type ArticleFingerprints = Record<Lang, readonly string[]>;

/**
 * What a stored correction recognises a paragraph by. The text is folded the way every match in
 * the app is (vowel marks, tatweel, alef forms, invisible characters) and its white space
 * collapsed, so re-saving the file from another editor, re-wrapping it or adding vowels does not
 * make the reader's corrections lose their paragraphs. 16 base64url characters (96 bits) make a
 * chance collision between two paragraphs of one article unthinkable.
 */
export function paragraphFingerprint(text: string): string {
  const folded = foldForMatch(text).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded).digest('base64url').slice(0, 16);
}

export function fingerprintsOf(article: Record<Lang, readonly Segment[]>): ArticleFingerprints {
  return {
    ar: article.ar.map((paragraph) => paragraphFingerprint(paragraph.text)),
    en: article.en.map((paragraph) => paragraphFingerprint(paragraph.text)),
  };
}
