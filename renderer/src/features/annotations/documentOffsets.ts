import type { AnchoredNote, Article, Bead, Lang, Segment } from '../../../../electron/contract';

/*
 * Offsets into the "document text" of one language: its paragraphs joined by a blank line. The
 * core stores and re-anchors annotations by these offsets (electron/core/annotations/
 * documentText.ts); the renderer must count exactly the same way, which a component test checks.
 */

export const paragraphSeparator = '\n\n';

export function documentText(paragraphs: readonly Segment[]): string {
  return paragraphs.map((p) => p.text).join(paragraphSeparator);
}

/** Offset in the document text where each paragraph starts. */
export function paragraphStarts(paragraphs: readonly Segment[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.text.length + paragraphSeparator.length;
  }
  return starts;
}

/** The paragraph an offset falls in; an offset on a separator belongs to the paragraph before it. */
export function paragraphIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  if (high < 0) return -1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A place in one paragraph: its index and a character offset inside its text. */
export interface ParagraphPoint {
  paragraph: number;
  offset: number;
}

export interface TextSpan {
  lang: Lang;
  start: number;
  end: number;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/**
 * The document-text span from one paragraph point to another, without the white space a drag
 * picks up at either end. Null when nothing but white space is left.
 */
export function spanBetween(
  paragraphs: readonly Segment[],
  lang: Lang,
  from: ParagraphPoint,
  to: ParagraphPoint,
): TextSpan | null {
  const starts = paragraphStarts(paragraphs);
  const startBase = starts[from.paragraph];
  const endBase = starts[to.paragraph];
  if (startBase === undefined || endBase === undefined) return null;
  const fromLength = paragraphs[from.paragraph]!.text.length;
  const toLength = paragraphs[to.paragraph]!.text.length;
  let start = startBase + Math.min(Math.max(0, from.offset), fromLength);
  let end = endBase + Math.min(Math.max(0, to.offset), toLength);
  if (end <= start) return null;
  const text = documentText(paragraphs);
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { lang, start, end } : null;
}

/** The part of a span that lies in one paragraph, in that paragraph's own character offsets. */
export interface SpanPiece {
  paragraph: number;
  from: number;
  to: number;
}

/** Splits a document-text span into its pieces, one per paragraph it touches; separators drop out. */
export function spanPieces(paragraphs: readonly Segment[], start: number, end: number): SpanPiece[] {
  const starts = paragraphStarts(paragraphs);
  const pieces: SpanPiece[] = [];
  const first = paragraphIndexAt(starts, start);
  if (first < 0) return pieces;
  for (let index = first; index < paragraphs.length; index++) {
    const base = starts[index]!;
    if (base >= end) break;
    const length = paragraphs[index]!.text.length;
    const from = Math.max(0, start - base);
    const to = Math.min(length, end - base);
    if (to > from) pieces.push({ paragraph: index, from, to });
  }
  return pieces;
}

/** For each language, the row (bead) each paragraph is read in. */
export type RowLookup = Record<Lang, Map<number, number>>;

export function rowLookup(alignment: readonly Bead[]): RowLookup {
  const lookup: RowLookup = { ar: new Map(), en: new Map() };
  alignment.forEach((bead, row) => {
    for (const paragraph of bead.ar) lookup.ar.set(paragraph, row);
    for (const paragraph of bead.en) lookup.en.set(paragraph, row);
  });
  return lookup;
}

export interface PlacedNote {
  note: AnchoredNote;
  paragraph: number;
  /** -1 when the paragraph is in no row (it should not happen, but the note is still listed). */
  row: number;
}

/** Where each anchored annotation sits, in reading order: by row, Arabic first, then by offset. */
export function inReadingOrder(
  article: Pick<Article, 'ar' | 'en' | 'alignment'>,
  anchored: readonly AnchoredNote[],
): PlacedNote[] {
  const starts = { ar: paragraphStarts(article.ar), en: paragraphStarts(article.en) };
  const rows = rowLookup(article.alignment);
  const placed = anchored.map((note) => {
    const lang = note.annotation.lang;
    const paragraph = paragraphIndexAt(starts[lang], note.start);
    return { note, paragraph, row: rows[lang].get(paragraph) ?? -1 };
  });
  const rank = (row: number) => (row === -1 ? Number.MAX_SAFE_INTEGER : row);
  return placed.sort(
    (a, b) =>
      rank(a.row) - rank(b.row) ||
      (a.note.annotation.lang === b.note.annotation.lang ? 0 : a.note.annotation.lang === 'ar' ? -1 : 1) ||
      a.note.start - b.note.start,
  );
}

/** The annotations covering a document offset in one language, the narrowest first. */
export function notesAt(anchored: readonly AnchoredNote[], lang: Lang, offset: number): AnchoredNote[] {
  return anchored
    .filter((note) => note.annotation.lang === lang && note.start <= offset && offset < note.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** The opening words of a text, cut at a word boundary, for labels and lists. */
export function openingWords(text: string, maxLength = 60): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
