import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article, MethodName, ReadingPosition } from '../../electron/contract';
import { App } from '../../renderer/src/app/App';
import { headRows } from '../../renderer/src/features/reader/openArticle';
import {
  columnWidth,
  estimateRowHeight,
  estimateRowsHeight,
  rowsToFill,
} from '../../renderer/src/features/reader/rowHeights';
import { installFakeApi } from './fakeApi';
import { translatedArticle } from './fixtures';

function longArticle(beads: number): Article {
  return {
    ...translatedArticle,
    ar: Array.from({ length: beads }, (_, i) => ({ text: `فقرة رقم ${i} من نص طويل` })),
    en: Array.from({ length: beads }, (_, i) => ({ text: `Paragraph number ${i} of a long text` })),
    alignment: Array.from({ length: beads }, (_, i) => ({ ar: [i], en: [i] })),
  };
}

/** Holds back every answer to `method` until `release` is called, as a slow transport would. */
function holdBack(method: MethodName) {
  const api = window.muwazi!;
  const invoke = api.invoke.bind(api);
  const waiting: Array<() => void> = [];
  let released = false;
  api.invoke = (async (name: MethodName, input: unknown) => {
    if (name === method && !released) await new Promise<void>((resolve) => waiting.push(resolve));
    return invoke(name as never, input as never);
  }) as typeof api.invoke;
  return {
    release() {
      released = true;
      for (const resume of waiting.splice(0)) resume();
    },
  };
}

function open(article: Article, positions?: Record<string, ReadingPosition>) {
  const fake = installFakeApi({ articles: [article], ...(positions ? { positions } : {}) });
  window.location.hash = `#/read/${article.id}`;
  return fake;
}

const ready = async () => {
  const reader = await screen.findByTestId('reader');
  await waitFor(() => expect(reader.getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
  return reader;
};

describe('opening a long article', () => {
  it('shows the first rows before the whole article arrives, then adds the rest in place', async () => {
    const article = longArticle(120);
    const fake = open(article);
    const whole = holdBack('article:open');
    render(<App />);

    const reader = await screen.findByTestId('reader');
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(headRows));
    expect(fake.callsTo('article:head')).toEqual([
      { method: 'article:head', input: { id: article.id, rows: headRows } },
    ]);
    expect(reader.getAttribute('data-ready')).toBe('false');
    const firstRow = screen.getAllByTestId('row')[0];

    whole.release();
    await ready();
    const rows = screen.getAllByTestId('row');
    expect(rows).toHaveLength(article.alignment.length);
    expect(rows.map((row) => Number(row.getAttribute('data-row')))).toEqual(
      article.alignment.map((_, index) => index),
    );
    expect(rows.at(-1)!.querySelector('p[lang="en"]')!.textContent).toBe(article.en.at(-1)!.text);
    // The rows already shown were kept, not rendered again from scratch.
    expect(rows[0]).toBe(firstRow);
  });

  it('asks only for the head when the head is the whole article', async () => {
    const fake = open(translatedArticle);
    render(<App />);
    await ready();
    expect(screen.getAllByTestId('row')).toHaveLength(translatedArticle.alignment.length);
    expect(fake.callsTo('article:head')).toHaveLength(1);
    expect(fake.callsTo('article:open')).toEqual([]);
  });

  it('waits for the whole article when the saved place lies past its head', async () => {
    const article = longArticle(120);
    open(article, { [article.id]: { row: 90, offset: 0 } });
    const whole = holdBack('article:open');
    render(<App />);

    // Showing the top first would only jump away from it: nothing is shown until the place is.
    await screen.findByText('Opening the article…');
    expect(screen.queryAllByTestId('row')).toHaveLength(0);
    whole.release();
    await ready();
    expect(screen.getAllByTestId('row')).toHaveLength(article.alignment.length);
  });

  it('explains, in words, an article whose rest cannot be read', async () => {
    const article = longArticle(60);
    open(article);
    const api = window.muwazi!;
    const invoke = api.invoke.bind(api);
    api.invoke = (async (name: MethodName, input: unknown) =>
      name === 'article:open'
        ? { ok: false, error: { code: 'io-error', message: 'Disk gone.' } }
        : invoke(name as never, input as never)) as typeof api.invoke;
    render(<App />);
    const error = await screen.findByTestId('reader-error');
    expect(error.textContent).toContain('This article could not be opened.');
    expect(error.textContent).toContain('Reading or writing failed.');
  });
});

describe('row height estimates', () => {
  const text = { ar: { fontSize: 22, lineHeight: 2 }, en: { fontSize: 18, lineHeight: 1.6 } };

  it('give longer text and larger type more height', () => {
    const article = longArticle(2);
    const short = { ...article, ar: [{ text: 'قصير' }, { text: 'نص '.repeat(400) }] };
    const metrics = { columnPx: 560, text };
    const one = estimateRowHeight({ ar: [0], en: [0] }, short, metrics);
    const long = estimateRowHeight({ ar: [1], en: [0] }, short, metrics);
    expect(long).toBeGreaterThan(one * 5);
    const larger = estimateRowHeight({ ar: [1], en: [0] }, short, {
      columnPx: 560,
      text: { ...text, ar: { fontSize: 33, lineHeight: 2 } },
    });
    expect(larger).toBeGreaterThan(long * 1.3);
    expect(estimateRowHeight({ ar: [1], en: [0] }, short, { columnPx: 280, text })).toBeGreaterThan(
      long * 1.8,
    );
  });

  it('count the rows that fill a screen, from the top or from a saved row', () => {
    const article = longArticle(500);
    const metrics = { columnPx: columnWidth(1280), text };
    const perRow = estimateRowHeight(article.alignment[0]!, article, metrics);
    expect(rowsToFill(article, metrics, perRow * 10)).toBe(10);
    expect(rowsToFill(article, metrics, perRow * 10, 300)).toBe(310);
    expect(rowsToFill(article, metrics, perRow * 1_000)).toBe(500);
    expect(estimateRowsHeight(article, metrics)).toBeCloseTo(perRow * 500);
  });

  it('follow the reader layout: two columns under a gutter, narrower on a small window', () => {
    expect(columnWidth(1280)).toBeCloseTo(563.2, 0);
    expect(columnWidth(2560)).toBe(columnWidth(1800));
    expect(columnWidth(600)).toBeLessThan(300);
  });
});
