import type { Bead, Lang, RowSentences, Segment, SentenceSpan } from '../../contract';
import { alignSentences } from '../align/alignSentences';
import type { LengthModel } from '../align/lengthModel';
import { splitSentences, type TextRange } from '../align/sentences';

/**
 * Sentences of an article's paragraphs, split once each: the rows around a paragraph change with
 * every correction, its sentences do not.
 */
export class ParagraphSentences {
  private readonly split = { ar: new Map<number, TextRange[]>(), en: new Map<number, TextRange[]>() };

  constructor(private readonly paragraphs: Record<Lang, readonly Segment[]>) {}

  of(lang: Lang, paragraph: number): TextRange[] {
    let ranges = this.split[lang].get(paragraph);
    if (!ranges) {
      ranges = splitSentences(this.paragraphs[lang][paragraph]!.text, lang);
      this.split[lang].set(paragraph, ranges);
    }
    return ranges;
  }
}

/**
 * One row's sentences on each side and which read together. The sentence aligner is the
 * paragraph aligner run on the row; a row holds too few sentences to measure this translator's
 * length ratio and how loosely they keep to it, so the document's model is passed in (a ratio
 * taken from the row alone would count a dropped sentence as part of the row and fuse it with a
 * neighbour). A row with one side empty has nothing to link.
 */
export function rowSentences(
  row: number,
  bead: Bead,
  paragraphs: Record<Lang, readonly Segment[]>,
  sentences: ParagraphSentences,
  model: LengthModel | undefined,
): RowSentences {
  const side = (lang: Lang): SentenceSpan[] =>
    bead[lang].flatMap((paragraph) =>
      sentences.of(lang, paragraph).map(({ start, end }) => ({ paragraph, start, end })),
    );
  const ar = side('ar');
  const en = side('en');
  const text = (lang: Lang) => (span: SentenceSpan) =>
    paragraphs[lang][span.paragraph]!.text.slice(span.start, span.end);
  const links =
    ar.length === 0 || en.length === 0
      ? []
      : alignSentences(ar.map(text('ar')), en.map(text('en')), model ? { model } : {});
  return { row, ar, en, links };
}
