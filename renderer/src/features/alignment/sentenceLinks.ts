import type { Article, Lang, RowSentences, SentenceSpan } from '../../../../electron/contract';

/*
 * Which sentence a text offset falls in, and which sentences of the other language read with
 * it. Plain functions over the core's `RowSentences`, so they are tested without a layout.
 */

/** One sentence of a row: its language and its index in that row's list for the language. */
export interface SentenceRef {
  row: number;
  lang: Lang;
  index: number;
}

export const otherLang: Record<Lang, Lang> = { ar: 'en', en: 'ar' };

/**
 * The index of the sentence holding a character offset of a paragraph. White space between
 * two sentences belongs to the one before it, and space before the first to the first, so the
 * link does not flicker off while the pointer crosses a gap. Null when the paragraph has none.
 */
export function sentenceAt(
  sentences: RowSentences,
  lang: Lang,
  paragraph: number,
  offset: number,
): number | null {
  const spans = sentences[lang];
  let found: number | null = null;
  let first: number | null = null;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (span.paragraph !== paragraph) continue;
    first ??= index;
    if (span.start <= offset) found = index;
  }
  return found ?? first;
}

/** The sentences read together with one sentence, by language; the sentence itself included. */
export function linkOf(sentences: RowSentences, lang: Lang, index: number): Record<Lang, number[]> {
  const link = sentences.links.find((bead) => bead[lang].includes(index));
  if (link) return { ar: [...link.ar], en: [...link.en] };
  const alone: Record<Lang, number[]> = { ar: [], en: [] };
  alone[lang] = [index];
  return alone;
}

/** A sentence to draw: where it is, and whether it is the one pointed at or a counterpart. */
export interface LinkedSpan {
  lang: Lang;
  span: SentenceSpan;
  own: boolean;
}

/** Every sentence to mark for a pointed-at sentence: itself, then its counterparts. */
export function linkedSpans(sentences: RowSentences, ref: SentenceRef): LinkedSpan[] {
  const link = linkOf(sentences, ref.lang, ref.index);
  const spans: LinkedSpan[] = [];
  for (const lang of [ref.lang, otherLang[ref.lang]]) {
    for (const index of link[lang]) {
      const span = sentences[lang][index];
      if (span) spans.push({ lang, span, own: lang === ref.lang && index === ref.index });
    }
  }
  return spans;
}

/** The next (or previous) sentence of the same language within the row, or null at its edge. */
export function stepInRow(sentences: RowSentences, ref: SentenceRef, direction: 1 | -1): number | null {
  const next = ref.index + direction;
  return next >= 0 && next < sentences[ref.lang].length ? next : null;
}

/** Where a row is entered from the row before it (its first sentence) or after it (its last). */
export function entryOfRow(sentences: RowSentences, lang: Lang, direction: 1 | -1): number | null {
  const count = sentences[lang].length;
  if (count === 0) return null;
  return direction === 1 ? 0 : count - 1;
}

/**
 * The sentence the cursor lands on when it changes pane: the first counterpart, or, for a
 * sentence with none, the other language's sentence at about the same place in the row.
 */
export function counterpartOf(sentences: RowSentences, ref: SentenceRef): number | null {
  const other = otherLang[ref.lang];
  const count = sentences[other].length;
  if (count === 0) return null;
  const [first] = linkOf(sentences, ref.lang, ref.index)[other];
  if (first !== undefined) return first;
  const share = ref.index / Math.max(1, sentences[ref.lang].length);
  return Math.min(count - 1, Math.floor(share * count));
}

/** The words of one sentence, as the article has them. */
export function sentenceText(article: Pick<Article, 'ar' | 'en'>, lang: Lang, span: SentenceSpan): string {
  return (article[lang][span.paragraph]?.text ?? '').slice(span.start, span.end).trim();
}
