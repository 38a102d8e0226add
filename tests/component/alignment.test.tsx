import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlignmentCorrection, Article, MuwaziApi } from '../../electron/contract';
import { App } from '../../renderer/src/app/App';
import { installFakeApi } from './fakeApi';

// Row 0 has two sentences a side; row 1 is one the aligner is unsure of.
const article: Article = {
  id: 'a1b2c3d4e5f60718',
  title: { ar: 'مقال للمحاذاة', en: 'An article to align' },
  ar: [
    { text: 'الجملة الأولى. الجملة الثانية؟' },
    { text: 'فقرة ثانية.' },
    { text: 'فقرة ثالثة.' },
    { text: 'فقرة رابعة.' },
  ],
  en: [
    { text: 'The first sentence. The second sentence?' },
    { text: 'Second paragraph.' },
    { text: 'Third paragraph.' },
    { text: 'Fourth paragraph.' },
  ],
  alignment: [
    { ar: [0], en: [0] },
    { ar: [1, 2], en: [1, 2] },
    { ar: [3], en: [] },
    { ar: [], en: [3] },
  ],
  confidence: [0.95, 0.4, 0.8, 0.9],
  setAside: [],
  source: { file: 'align.txt', format: 'txt', encoding: 'utf-8' },
};

/** happy-dom has no CSS Custom Highlight API: a registry with the same shape stands in. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
let registry: Map<string, FakeHighlight>;

// happy-dom lays nothing out: rows are given tops down the page, below a 56 px header, so
// "the row at the top of the view" means what it does in a browser.
function layOutRows() {
  const original = Element.prototype.getBoundingClientRect;
  return vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.classList.contains('app-header')) return new DOMRect(0, 0, 1000, 56);
    const row = this instanceof HTMLElement ? this.dataset.row : undefined;
    if (row !== undefined) return new DOMRect(0, 60 + 200 * Number(row) - window.scrollY, 1000, 200);
    return original.call(this);
  });
}

beforeEach(() => {
  registry = new Map();
  for (const scope of [globalThis, window]) {
    Object.defineProperty(scope, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
    Object.defineProperty(scope, 'CSS', {
      value: { highlights: registry },
      configurable: true,
      writable: true,
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const scope of [globalThis, window]) {
    Reflect.deleteProperty(scope, 'Highlight');
    Reflect.deleteProperty(scope, 'CSS');
  }
});

const linked = () => [...(registry.get('muwazi-sentence') ?? [])].map(String);
const cursorMarked = () => [...(registry.get('muwazi-sentence-cursor') ?? [])].map(String);

async function openReader(subject: Article = article) {
  const fake = installFakeApi({ articles: [subject] });
  window.location.hash = `#/read/${subject.id}`;
  render(<App />);
  const reader = await screen.findByTestId('reader');
  await waitFor(() => expect(reader.getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
  return { fake, rows: screen.getByTestId('rows') };
}

/** The rows of the reader once it is ready (again, after a remount). */
async function readyRows(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByTestId('reader').getAttribute('data-ready')).toBe('true'));
  return screen.getByTestId('rows');
}

function paragraph(rows: HTMLElement, lang: 'ar' | 'en', index: number): HTMLElement {
  return rows.querySelector<HTMLElement>(`p[lang="${lang}"][data-paragraph="${index}"]`)!;
}

async function openMenuOn(rows: HTMLElement, lang: 'ar' | 'en', index: number) {
  fireEvent.contextMenu(paragraph(rows, lang, index));
  return screen.findByTestId('row-menu');
}

const itemIds = (menu: HTMLElement) =>
  within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.dataset.testid);

const beadsOf = (rows: HTMLElement) =>
  [...rows.querySelectorAll<HTMLElement>('[data-row]')].map((row) => ({
    ar: [...row.querySelectorAll<HTMLElement>('p[lang="ar"]')].map((p) => Number(p.dataset.paragraph)),
    en: [...row.querySelectorAll<HTMLElement>('p[lang="en"]')].map((p) => Number(p.dataset.paragraph)),
  }));

describe('alignment marks', () => {
  it('marks the row the aligner is unsure of, quietly and with words for assistive technology', async () => {
    const { rows } = await openReader();
    const marks = rows.querySelectorAll('[data-testid="row-unsure"]');
    expect(marks).toHaveLength(1);
    const mark = marks[0] as HTMLElement;
    expect(mark.closest('[data-row]')?.getAttribute('data-row')).toBe('1');
    expect(mark.getAttribute('aria-label')).toBe('The aligner is unsure of this row');
    expect(mark.getAttribute('title')).toBe('The aligner is unsure of this row');
    expect(mark.textContent).toBe('');
    expect(rows.querySelector('[data-testid="row-corrected"]')).toBeNull();
  });

  it('marks rows set by hand differently, whatever the aligner thought of them', async () => {
    const { rows } = await openReader({ ...article, corrected: [1, 3] });
    expect(rows.querySelector('[data-testid="row-unsure"]')).toBeNull();
    const set = [...rows.querySelectorAll<HTMLElement>('[data-testid="row-corrected"]')];
    expect(set.map((mark) => mark.closest<HTMLElement>('[data-row]')!.dataset.row)).toEqual(['1', '3']);
    expect(set[0]!.getAttribute('aria-label')).toBe('Set by you');
  });

  it('marks nothing for an article whose file paired the languages itself', async () => {
    const { confidence: _confidence, ...paired } = article;
    const { rows } = await openReader(paired);
    expect(rows.querySelector('.row-mark')).toBeNull();
  });
});

describe('correcting rows from the row menu', () => {
  it('offers only the corrections that fit the paragraph clicked', async () => {
    const { rows } = await openReader();
    expect(itemIds(await openMenuOn(rows, 'ar', 1))).toEqual([
      'row-menu-bookmark',
      'row-menu-merge',
      'row-menu-unlink',
      'row-menu-linkPrevious',
    ]);
    await userEvent.keyboard('{Escape}');
    expect(itemIds(await openMenuOn(rows, 'en', 2))).toEqual([
      'row-menu-bookmark',
      'row-menu-merge',
      'row-menu-split',
      'row-menu-unlink',
      'row-menu-linkNext',
    ]);
    await userEvent.keyboard('{Escape}');
    // Alone in the last row.
    expect(itemIds(await openMenuOn(rows, 'en', 3))).toEqual(['row-menu-bookmark', 'row-menu-linkPrevious']);
  });

  it('sends the correction, shows the new rows in place, and undoes it from the toast', async () => {
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    await user.click(within(await openMenuOn(rows, 'ar', 2)).getByTestId('row-menu-split'));

    await waitFor(() => expect(rows.querySelectorAll('[data-row]')).toHaveLength(5));
    expect(fake.callsTo('alignment:correct').map((call) => call.input)).toEqual([
      { id: article.id, correction: { type: 'split', lang: 'ar', paragraph: 2 } },
    ]);
    expect(beadsOf(rows)).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2], en: [2] },
      { ar: [3], en: [] },
      { ar: [], en: [3] },
    ]);
    const setByHand = () =>
      [...rows.querySelectorAll<HTMLElement>('[data-testid="row-corrected"]')].map(
        (mark) => mark.closest<HTMLElement>('[data-row]')!.dataset.row,
      );
    expect(setByHand()).toEqual(['1', '2']);
    expect(screen.queryByTestId('row-menu')).toBeNull();

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Rows changed.');
    await user.click(within(toast).getByTestId('toast-undo'));
    await waitFor(() => expect(rows.querySelectorAll('[data-row]')).toHaveLength(4));
    expect(fake.callsTo('alignment:undo')).toHaveLength(1);
    expect(beadsOf(rows)).toEqual(article.alignment);
    expect(setByHand()).toEqual([]);
    expect(rows.querySelectorAll('[data-testid="row-unsure"]')).toHaveLength(1);
  });

  it('moves a paragraph to the previous row, then restores the automatic rows', async () => {
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    expect(itemIds(await openMenuOn(rows, 'ar', 1))).not.toContain('row-menu-reset');
    await user.click(screen.getByTestId('row-menu-linkPrevious'));
    await waitFor(() => expect(beadsOf(rows)[0]).toEqual({ ar: [0, 1], en: [0] }));
    expect(
      (fake.callsTo('alignment:correct')[0]!.input as { correction: AlignmentCorrection }).correction,
    ).toEqual({ type: 'link', lang: 'ar', paragraph: 1, to: 'previous' });

    await user.click(within(await openMenuOn(rows, 'en', 1)).getByTestId('row-menu-reset'));
    await waitFor(() => expect(beadsOf(rows)).toEqual(article.alignment));
    // Named by the revision the correction answered with.
    expect(fake.callsTo('alignment:reset').map((call) => call.input)).toEqual([
      { id: article.id, revision: 'rows-1' },
    ]);
    expect(screen.getAllByTestId('toast').at(-1)!.textContent).toContain('Automatic alignment restored.');
    // Only the newest change can be undone, so only its toast offers it.
    expect(screen.getAllByTestId('toast-undo')).toHaveLength(1);
  });

  it('takes the Undo away with the reader that made the change', async () => {
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    await user.click(within(await openMenuOn(rows, 'ar', 0)).getByTestId('row-menu-merge'));
    await waitFor(() => expect(screen.getByTestId('toast-undo')).toBeTruthy());

    // The file changed on disk: the reader remounts with the rows read again.
    act(() => fake.sendEvent({ type: 'library-changed', ids: [article.id] }));
    await waitFor(() => expect(fake.callsTo('article:head')).toHaveLength(2));
    expect(screen.queryByTestId('toast')).toBeNull();

    const reloaded = await readyRows();
    await user.click(within(await openMenuOn(reloaded, 'ar', 0)).getByTestId('row-menu-merge'));
    await waitFor(() => expect(screen.getByTestId('toast-undo')).toBeTruthy());
    // Leaving the article.
    act(() => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.queryByTestId('reader')).toBeNull());
    expect(screen.queryByTestId('toast')).toBeNull();
    expect(fake.callsTo('alignment:undo')).toEqual([]);
  });

  it('reloads rows that changed on disk instead of correcting them, and says so', async () => {
    const { fake, rows } = await openReader({ ...article, revision: 'rows-read' });
    fake.changeOnDisk(article.id, 'rows-on-disk');
    const user = userEvent.setup();
    await user.click(within(await openMenuOn(rows, 'ar', 0)).getByTestId('row-menu-merge'));

    await waitFor(() =>
      expect(screen.getByTestId('toast').textContent).toContain(
        'The article changed on disk; it has been reloaded.',
      ),
    );
    expect(fake.callsTo('alignment:correct').map((call) => call.input)).toEqual([
      { id: article.id, correction: { type: 'merge', row: 0 }, revision: 'rows-read' },
    ]);
    expect(fake.articles.get(article.id)!.alignment).toEqual(article.alignment);
    expect(fake.callsTo('article:head')).toHaveLength(2);

    // The reloaded reader names the rows on disk, and its correction is made.
    const reloaded = await readyRows();
    await user.click(within(await openMenuOn(reloaded, 'ar', 0)).getByTestId('row-menu-merge'));
    await waitFor(() => expect(beadsOf(screen.getByTestId('rows'))).toHaveLength(3));
    expect(fake.callsTo('alignment:correct').at(-1)!.input).toMatchObject({ revision: 'rows-on-disk' });
  });

  it('reports a correction that failed in the reader’s words, and leaves the rows', async () => {
    const { fake, rows } = await openReader();
    const invoke = fake.api.invoke.bind(fake.api);
    fake.api.invoke = (async (method, input) =>
      method === 'alignment:correct'
        ? { ok: false, error: { code: 'read-only', message: 'EROFS' } }
        : invoke(method, input)) as MuwaziApi['invoke'];
    const user = userEvent.setup();
    await user.click(within(await openMenuOn(rows, 'ar', 0)).getByTestId('row-menu-merge'));
    await waitFor(() =>
      expect(screen.getByTestId('toast').textContent).toContain(
        'The rows could not be changed: The folder is read-only, so changes cannot be saved.',
      ),
    );
    expect(within(screen.getByTestId('toast')).queryByTestId('toast-undo')).toBeNull();
    expect(beadsOf(rows)).toEqual(article.alignment);
  });
});

describe('sentence cursor from the keyboard', () => {
  const live = () => screen.getByTestId('sentence-live');
  const spoken = () => [...live().querySelectorAll('span')].map((span) => [span.lang, span.textContent]);

  it('moves through sentences with Alt+Arrows, changes pane with Alt+/, and says each', async () => {
    layOutRows();
    const { fake } = await openReader();
    const user = userEvent.setup();

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() =>
      expect(spoken()).toEqual([
        ['ar', 'الجملة الأولى.'],
        ['en', 'The first sentence.'],
      ]),
    );
    expect(live().getAttribute('aria-live')).toBe('polite');
    expect(live().querySelector('span')!.getAttribute('dir')).toBe('rtl');
    expect(linked()).toEqual(['الجملة الأولى.', 'The first sentence.']);
    expect(cursorMarked()).toEqual(['الجملة الأولى.']);

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(spoken()[0]).toEqual(['ar', 'الجملة الثانية؟']));
    expect(linked()).toEqual(['الجملة الثانية؟', 'The second sentence?']);

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() =>
      expect(spoken()).toEqual([
        ['ar', 'فقرة ثانية.'],
        ['en', 'Second paragraph.'],
      ]),
    );

    // The physical slash key, whatever the layout types on it.
    fireEvent.keyDown(window, { key: 'ظ', code: 'Slash', altKey: true });
    await waitFor(() =>
      expect(spoken()).toEqual([
        ['en', 'Second paragraph.'],
        ['ar', 'فقرة ثانية.'],
      ]),
    );
    expect(cursorMarked()).toEqual(['Second paragraph.']);

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(spoken()[0]).toEqual(['en', 'The second sentence?']));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(live().textContent).toBe(''));
    expect(linked()).toEqual([]);
    // The rows' sentences were asked for once, as a page.
    expect(fake.callsTo('article:sentences').map((call) => call.input)).toEqual([
      { id: article.id, from: 0, to: 3 },
    ]);
  });

  it('leaves the keys alone while the reader types, and while a menu is open', async () => {
    layOutRows();
    const { rows } = await openReader();
    const user = userEvent.setup();
    await user.keyboard('b');
    const input = await screen.findByTestId('bookmark-name');
    await user.click(input);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.keyboard('{Escape}');

    await openMenuOn(rows, 'ar', 0);
    fireEvent.keyDown(window, { key: 'ArrowDown', code: 'ArrowDown', altKey: true });
    await user.keyboard('{Escape}');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(live().textContent).toBe('');
    expect(linked()).toEqual([]);
  });

  it('opens the row menu on the cursor’s paragraph with Shift+F10, and gives the focus back', async () => {
    layOutRows();
    const { rows } = await openReader();
    const user = userEvent.setup();
    for (let i = 0; i < 4; i++) await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(spoken()[0]).toEqual(['ar', 'فقرة ثالثة.']));

    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByTestId('row-menu');
    // Paragraph 2 closes its side of row 1: it can be split off or moved on, not moved back.
    expect(itemIds(menu)).toEqual([
      'row-menu-bookmark',
      'row-menu-merge',
      'row-menu-split',
      'row-menu-unlink',
      'row-menu-linkNext',
    ]);
    expect(document.activeElement).toBe(within(menu).getByTestId('row-menu-bookmark'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByTestId('row-menu-split'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rows.querySelectorAll('[data-row]')).toHaveLength(5));
    expect(document.activeElement).toBe(document.body);
  });

  it('links the sentence the text caret rests in', async () => {
    const { rows } = await openReader();
    const text = paragraph(rows, 'en', 0).firstChild!;
    act(() => {
      document.getSelection()!.collapse(text, 25);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await waitFor(() =>
      expect(spoken()).toEqual([
        ['en', 'The second sentence?'],
        ['ar', 'الجملة الثانية؟'],
      ]),
    );
    expect(linked()).toEqual(['The second sentence?', 'الجملة الثانية؟']);
  });

  it('forgets the cursor and the cached sentences when the rows change', async () => {
    layOutRows();
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(linked()).toHaveLength(2));
    await user.click(within(await openMenuOn(rows, 'ar', 0)).getByTestId('row-menu-merge'));
    await waitFor(() => expect(rows.querySelectorAll('[data-row]')).toHaveLength(3));
    expect(linked()).toEqual([]);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(linked()).toHaveLength(2));
    expect(fake.callsTo('article:sentences').map((call) => call.input)).toEqual([
      { id: article.id, from: 0, to: 3 },
      { id: article.id, from: 0, to: 2, revision: 'rows-1' },
    ]);
  });
});
