import { describe, expect, it } from 'vitest';
import type { Article, Result, RowSentences } from '../../electron/contract';
import { unsureConfidence as contractUnsureConfidence } from '../../electron/contract';
import { withAlignment } from '../../renderer/src/features/alignment/applyAlignment';
import { correctionItems } from '../../renderer/src/features/alignment/correctionItems';
import { correctedRows, rowMark, unsureConfidence } from '../../renderer/src/features/alignment/rowMarks';
import {
  cursorStart,
  cursorStep,
  cursorSwitch,
  sentenceKey,
} from '../../renderer/src/features/alignment/sentenceCursor';
import {
  counterpartOf,
  linkedSpans,
  linkOf,
  sentenceAt,
  sentenceText,
} from '../../renderer/src/features/alignment/sentenceLinks';
import { SentenceStore, sentencePage } from '../../renderer/src/features/alignment/sentenceStore';
import { translatedArticle } from './fixtures';

// Row 0 of an article whose first Arabic paragraph has two sentences and whose English has three
// in two paragraphs: "A. B?" | "One. Two." + "Three."
const row: RowSentences = {
  row: 0,
  ar: [
    { paragraph: 0, start: 0, end: 14 },
    { paragraph: 0, start: 15, end: 30 },
  ],
  en: [
    { paragraph: 0, start: 0, end: 4 },
    { paragraph: 0, start: 5, end: 9 },
    { paragraph: 1, start: 0, end: 6 },
  ],
  links: [
    { ar: [0], en: [0, 1] },
    { ar: [1], en: [2] },
  ],
};

describe('sentence under an offset', () => {
  it('finds the sentence holding a character, and gives the space after a sentence to it', () => {
    expect(sentenceAt(row, 'ar', 0, 0)).toBe(0);
    expect(sentenceAt(row, 'ar', 0, 13)).toBe(0);
    expect(sentenceAt(row, 'ar', 0, 14)).toBe(0);
    expect(sentenceAt(row, 'ar', 0, 15)).toBe(1);
    expect(sentenceAt(row, 'ar', 0, 40)).toBe(1);
    expect(sentenceAt(row, 'en', 1, 2)).toBe(2);
  });

  it('answers null for a paragraph with no sentence in the row', () => {
    expect(sentenceAt(row, 'ar', 1, 0)).toBeNull();
    expect(sentenceAt({ ...row, en: [] }, 'en', 0, 0)).toBeNull();
  });
});

describe('sentence links', () => {
  it('links both ways: one sentence to two, and either of the two back to it', () => {
    expect(linkOf(row, 'ar', 0)).toEqual({ ar: [0], en: [0, 1] });
    expect(linkOf(row, 'en', 1)).toEqual({ ar: [0], en: [0, 1] });
    expect(linkOf(row, 'en', 2)).toEqual({ ar: [1], en: [2] });
  });

  it('leaves a sentence with no link on its own', () => {
    expect(linkOf({ ...row, links: [] }, 'en', 2)).toEqual({ ar: [], en: [2] });
  });

  it('lists the spans to draw, the pointed-at one first and marked as its own', () => {
    expect(linkedSpans(row, { row: 0, lang: 'en', index: 1 })).toEqual([
      { lang: 'en', span: row.en[0], own: false },
      { lang: 'en', span: row.en[1], own: true },
      { lang: 'ar', span: row.ar[0], own: false },
    ]);
  });

  it('takes the cursor to the first counterpart, or to the same place in a pane without a link', () => {
    expect(counterpartOf(row, { row: 0, lang: 'ar', index: 0 })).toBe(0);
    expect(counterpartOf(row, { row: 0, lang: 'en', index: 2 })).toBe(1);
    expect(counterpartOf({ ...row, links: [] }, { row: 0, lang: 'en', index: 2 })).toBe(1);
    expect(counterpartOf({ ...row, ar: [] }, { row: 0, lang: 'en', index: 0 })).toBeNull();
  });

  it('reads a sentence’s words from the article', () => {
    expect(sentenceText(translatedArticle, 'en', { paragraph: 1, start: 2, end: 11 })).toBe('joint sta');
  });
});

/** A transport for `article:sentences` over the translated fixture, counting its requests. */
function sentenceSource(total: number, answer?: () => Result<RowSentences[]>) {
  const requests: [number, number][] = [];
  const fetch = async (from: number, to: number): Promise<Result<RowSentences[]>> => {
    requests.push([from, to]);
    if (answer) return answer();
    const rows: RowSentences[] = [];
    for (let r = from; r <= to; r++) {
      // Row r: one Arabic sentence; English only on even rows.
      rows.push({
        row: r,
        ar: [{ paragraph: r, start: 0, end: 3 }],
        en: r % 2 === 0 ? [{ paragraph: r, start: 0, end: 3 }] : [],
        links: r % 2 === 0 ? [{ ar: [0], en: [0] }] : [],
      });
    }
    return { ok: true, value: rows };
  };
  return { store: new SentenceStore(total, fetch), requests };
}

describe('sentence store', () => {
  it('asks for a page of rows once, and for pages wanted together in one request', async () => {
    const { store, requests } = sentenceSource(300);
    await Promise.all([store.load(3), store.load(10), store.load(sentencePage + 1)]);
    expect(requests).toEqual([[0, 2 * sentencePage - 1]]);
    expect(store.get(10)?.row).toBe(10);
    await store.load(12);
    expect(requests).toHaveLength(1);
    await Promise.all([store.load(120), store.load(290)]);
    expect(requests.slice(1)).toEqual([
      [100, 149],
      [250, 299],
    ]);
  });

  it('stays within the article and the contract’s 200 rows', async () => {
    const { store, requests } = sentenceSource(1000);
    await Promise.all(Array.from({ length: 6 }, (_, page) => store.load(page * sentencePage)));
    expect(requests).toEqual([
      [0, 199],
      [200, 299],
    ]);
    expect(await store.load(1000)).toBeUndefined();
    expect(await store.load(-1)).toBeUndefined();
    expect(requests).toHaveLength(2);
  });

  it('does not ask again at once for a page that failed', async () => {
    const { store, requests } = sentenceSource(10, () => ({
      ok: false,
      error: { code: 'unknown-method', message: 'article:sentences' },
    }));
    expect(await store.load(1)).toBeUndefined();
    expect(await store.load(2)).toBeUndefined();
    expect(requests).toHaveLength(1);
  });
});

describe('sentence cursor', () => {
  it('starts on the first sentence of a row, in the pane asked for when it has text there', async () => {
    const { store } = sentenceSource(10);
    expect(await cursorStart(store, 2, 'en')).toEqual({ row: 2, lang: 'en', index: 0 });
    expect(await cursorStart(store, 3, 'en')).toEqual({ row: 3, lang: 'ar', index: 0 });
  });

  it('steps across rows, passing rows with nothing in its language, and stops at the ends', async () => {
    const { store } = sentenceSource(5);
    expect(await cursorStep(store, { row: 0, lang: 'en', index: 0 }, 1)).toEqual({
      row: 2,
      lang: 'en',
      index: 0,
    });
    expect(await cursorStep(store, { row: 4, lang: 'en', index: 0 }, -1)).toEqual({
      row: 2,
      lang: 'en',
      index: 0,
    });
    expect(await cursorStep(store, { row: 4, lang: 'ar', index: 0 }, 1)).toBeNull();
    expect(await cursorStep(store, { row: 0, lang: 'ar', index: 0 }, -1)).toBeNull();
  });

  it('switches pane to the counterpart, and not into an empty pane', async () => {
    const { store } = sentenceSource(5);
    expect(await cursorSwitch(store, { row: 2, lang: 'ar', index: 0 })).toEqual({
      row: 2,
      lang: 'en',
      index: 0,
    });
    expect(await cursorSwitch(store, { row: 1, lang: 'ar', index: 0 })).toBeNull();
  });

  it('reads its keys by the physical key, with Alt alone', () => {
    const key = (key: string, code: string, mods: Partial<KeyboardEvent> = {}) =>
      sentenceKey({ key, code, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
    expect(key('ArrowDown', 'ArrowDown')).toBe('next');
    expect(key('ArrowUp', 'ArrowUp')).toBe('previous');
    // An Arabic layout types ظ on that key.
    expect(key('ظ', 'Slash')).toBe('switch');
    expect(key('/', 'Slash', { ctrlKey: true })).toBeNull();
    expect(key('ArrowDown', 'ArrowDown', { altKey: false })).toBeNull();
    expect(key('Escape', 'Escape', { altKey: false })).toBe('clear');
  });
});

describe('correction items', () => {
  const beads = translatedArticle.alignment; // [0|0] [1,2|1,2] [3|] [|3]
  const keys = (target: Parameters<typeof correctionItems>[1]) =>
    correctionItems(beads, target).map((item) => item.key);

  it('offers what would change something, for the paragraph clicked', () => {
    expect(keys({ row: 1, lang: 'ar', paragraph: 1 })).toEqual(['merge', 'unlink', 'linkPrevious']);
    expect(keys({ row: 1, lang: 'en', paragraph: 2 })).toEqual(['merge', 'split', 'unlink', 'linkNext']);
    expect(keys({ row: 0, lang: 'ar', paragraph: 0 })).toEqual(['merge', 'unlink', 'linkNext']);
    // Alone in the last row: nothing to join, split or stand apart from.
    expect(keys({ row: 3, lang: 'en', paragraph: 3 })).toEqual(['linkPrevious']);
    expect(keys({ row: 2 })).toEqual(['merge']);
  });

  it('builds the corrections of the contract', () => {
    expect(correctionItems(beads, { row: 1, lang: 'en', paragraph: 2 }).map((i) => i.correction)).toEqual([
      { type: 'merge', row: 1 },
      { type: 'split', lang: 'en', paragraph: 2 },
      { type: 'unlink', lang: 'en', paragraph: 2 },
      { type: 'link', lang: 'en', paragraph: 2, to: 'next' },
    ]);
  });
});

describe('row marks and new rows', () => {
  it('keeps the renderer’s threshold equal to the contract’s', () => {
    expect(unsureConfidence).toBe(contractUnsureConfidence);
  });

  it('marks rows below the threshold as unsure, and rows set by hand as the reader’s', () => {
    const corrected = correctedRows([2]);
    const confidence = [0.9, unsureConfidence - 0.01, 0.1, unsureConfidence];
    expect([0, 1, 2, 3, 4].map((row) => rowMark(row, confidence, corrected))).toEqual([
      undefined,
      'unsure',
      'corrected',
      undefined,
      undefined,
    ]);
    expect(rowMark(1, undefined, correctedRows(undefined))).toBeUndefined();
  });

  it('keeps the beads that did not move, and takes confidence, corrected rows, count and revision from the answer', () => {
    const article: Article = {
      ...translatedArticle,
      confidence: [1, 1, 1, 1],
      corrected: [3],
      corrections: 1,
      revision: 'before',
    };
    const next = withAlignment(article, {
      alignment: [
        { ar: [0], en: [0] },
        { ar: [1, 2, 3], en: [1, 2] },
        { ar: [], en: [3] },
      ],
      confidence: [1, 1, 1],
      corrected: [1],
      corrections: 2,
      unapplied: 0,
      revision: 'after',
    });
    expect(next).toMatchObject({ corrections: 2, revision: 'after' });
    expect(next.alignment[0]).toBe(article.alignment[0]);
    expect(next.alignment[1]).not.toBe(article.alignment[1]);
    expect(next.corrected).toEqual([1]);
    expect(next.ar).toBe(article.ar);
    const none = withAlignment(article, {
      alignment: article.alignment,
      corrections: 0,
      unapplied: 0,
      revision: 'reset',
    });
    expect('corrected' in none || 'confidence' in none || 'corrections' in none).toBe(false);
  });
});
