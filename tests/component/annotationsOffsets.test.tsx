import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnchoredNote, Annotation, Article, Lang } from '../../electron/contract';
import { highlightColors as contractColors } from '../../electron/contract';
import * as core from '../../electron/core/annotations/documentText';
import { App } from '../../renderer/src/app/App';
import { highlightColors } from '../../renderer/src/features/annotations/colors';
import {
  documentText,
  inReadingOrder,
  notesAt,
  openingWords,
  paragraphIndexAt,
  paragraphStarts,
  spanBetween,
  spanPieces,
} from '../../renderer/src/features/annotations/documentOffsets';
import { rangesOfSpan, spanOfRange } from '../../renderer/src/features/annotations/domText';
import { installFakeApi } from './fakeApi';
import { translatedArticle } from './fixtures';

const article = translatedArticle;
const texts = core.documentTexts(article);

/** Where a phrase is in one language's document text, as the core counts. */
function coreSpan(lang: Lang, phrase: string) {
  const start = texts[lang].indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return { lang, start, end: start + phrase.length };
}

function note(lang: Lang, start: number, end: number, id: string): AnchoredNote {
  const annotation = {
    id,
    lang,
    body: { color: 'yellow' },
    target: { selectors: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } } },
  } as unknown as Annotation;
  return { annotation, start, end, method: 'position' };
}

describe('document offsets (pure)', () => {
  it('count exactly as the core does', () => {
    const odd: Article['ar'] = [{ text: '' }, { text: 'سطر\nثانٍ' }, { text: ' a ' }, { text: '😀 emoji' }];
    for (const paragraphs of [article.ar, article.en, odd]) {
      expect(paragraphStarts(paragraphs)).toEqual(core.paragraphStarts(paragraphs));
      expect(documentText(paragraphs)).toBe(core.documentText(paragraphs));
      const starts = paragraphStarts(paragraphs);
      for (let offset = 0; offset < documentText(paragraphs).length; offset++) {
        expect(paragraphIndexAt(starts, offset)).toBe(core.paragraphIndexAt(starts, offset));
      }
    }
  });

  it('use the contract’s highlight colours', () => {
    expect(highlightColors).toEqual(contractColors);
  });

  it('turn paragraph points into a span, without the white space a drag picks up', () => {
    const [second, third] = [article.ar[1]!.text, article.ar[2]!.text];
    expect(spanBetween(article.ar, 'ar', { paragraph: 1, offset: 0 }, { paragraph: 1, offset: 4 })).toEqual(
      coreSpan('ar', second.slice(0, 4)),
    );
    // "وصدر " with its trailing space, and a drag that ends at the start of the next paragraph.
    const span = spanBetween(article.ar, 'ar', { paragraph: 1, offset: 0 }, { paragraph: 2, offset: 0 });
    expect(span).toEqual(coreSpan('ar', second));
    const across = spanBetween(article.ar, 'ar', { paragraph: 1, offset: 5 }, { paragraph: 2, offset: 3 })!;
    expect(texts.ar.slice(across.start, across.end)).toBe(`${second.slice(5)}\n\n${third.slice(0, 3)}`);
    expect(
      spanBetween(article.ar, 'ar', { paragraph: 1, offset: 4 }, { paragraph: 1, offset: 5 }),
    ).toBeNull();
    expect(
      spanBetween(article.ar, 'ar', { paragraph: 2, offset: 0 }, { paragraph: 1, offset: 0 }),
    ).toBeNull();
  });

  it('split a span into one piece per paragraph, the separators left out', () => {
    const start = texts.en.indexOf('statement');
    const end = texts.en.indexOf('dialogue') + 'dialogue'.length;
    const pieces = spanPieces(article.en, start, end);
    expect(pieces.map((piece) => article.en[piece.paragraph]!.text.slice(piece.from, piece.to))).toEqual([
      'statement was issued by both countries.',
      'He said the dialogue',
    ]);
  });

  it('order annotations by row, Arabic before English in a row, then by place', () => {
    const en0 = coreSpan('en', 'news agency');
    const ar1 = coreSpan('ar', 'بيان مشترك');
    const ar0late = coreSpan('ar', 'رئيس الوزراء');
    const ar0 = coreSpan('ar', 'نقلت');
    const placed = inReadingOrder(article, [
      note('ar', ar1.start, ar1.end, 'ar1'),
      note('en', en0.start, en0.end, 'en0'),
      note('ar', ar0late.start, ar0late.end, 'ar0late'),
      note('ar', ar0.start, ar0.end, 'ar0'),
    ]);
    expect(placed.map((p) => [p.note.annotation.id, p.row])).toEqual([
      ['ar0', 0],
      ['ar0late', 0],
      ['en0', 0],
      ['ar1', 1],
    ]);
  });

  it('find the narrowest annotation at an offset', () => {
    const wide = note('ar', 0, 30, 'wide');
    const narrow = note('ar', 5, 10, 'narrow');
    expect(notesAt([wide, narrow], 'ar', 7).map((n) => n.annotation.id)).toEqual(['narrow', 'wide']);
    expect(notesAt([wide, narrow], 'en', 7)).toEqual([]);
    expect(notesAt([wide, narrow], 'ar', 30)).toEqual([]);
  });

  it('cut opening words at a word boundary', () => {
    expect(openingWords('short text')).toBe('short text');
    expect(openingWords('one two three four five', 12)).toBe('one two…');
  });
});

async function renderReader() {
  installFakeApi({ articles: [article] });
  window.location.hash = `#/read/${article.id}`;
  render(<App />);
  const reader = await screen.findByTestId('reader');
  await waitFor(() => expect(reader.getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
  return screen.getByTestId('rows');
}

function paragraph(root: HTMLElement, lang: Lang, index: number): Text {
  const p = root.querySelector(`p[lang="${lang}"][data-paragraph="${index}"]`)!;
  expect(p.childNodes).toHaveLength(1);
  return p.firstChild as Text;
}

function rangeOver(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

describe('selection to offsets (DOM)', () => {
  it('maps a selection inside one paragraph to the core’s offsets', async () => {
    const root = await renderReader();
    const text = paragraph(root, 'ar', 2);
    const phrase = 'يعتمد على رأي';
    const at = text.data.indexOf(phrase);
    const span = spanOfRange(rangeOver(text, at, text, at + phrase.length), root, article);
    expect(span).toEqual(coreSpan('ar', phrase));
    // And back: the same span gives a DOM range over the same words.
    expect(rangesOfSpan(root, article.ar, span!).map(String)).toEqual([phrase]);
  });

  it('clips a selection that runs into the other language to the language it started in', async () => {
    const root = await renderReader();
    const ar1 = paragraph(root, 'ar', 1);
    const en1 = paragraph(root, 'en', 1);
    // Row 1 holds Arabic paragraphs 1–2 then English 1–2, in DOM order.
    const range = rangeOver(ar1, 5, en1, 10);
    const forward = spanOfRange(range, root, article, ar1)!;
    expect(forward.lang).toBe('ar');
    expect(texts.ar.slice(forward.start, forward.end)).toBe(
      `${article.ar[1]!.text.slice(5)}\n\n${article.ar[2]!.text}`,
    );
    // Dragged backwards from the English: the English part is kept.
    const backward = spanOfRange(range, root, article, en1)!;
    expect(backward).toEqual(coreSpan('en', article.en[1]!.text.slice(0, 10)));
  });

  it('maps a selection spanning rows, and draws it as one range per paragraph', async () => {
    const root = await renderReader();
    const ar0 = paragraph(root, 'ar', 0);
    const ar1 = paragraph(root, 'ar', 1);
    const span = spanOfRange(rangeOver(ar0, ar0.data.length - 6, ar1, 4), root, article)!;
    expect(texts.ar.slice(span.start, span.end)).toBe(`${ar0.data.slice(-6)}\n\n${ar1.data.slice(0, 4)}`);
    expect(rangesOfSpan(root, article.ar, span).map(String)).toEqual([
      ar0.data.slice(-6),
      ar1.data.slice(0, 4),
    ]);
  });

  it('finds no article text in a selection of the interface', async () => {
    const root = await renderReader();
    const title = screen.getByTestId('title-ar').firstChild!;
    expect(spanOfRange(rangeOver(title, 0, title, 3), root, article)).toBeNull();
  });
});
