import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Article, Bookmark, Lang } from '../../electron/contract';
import { documentTexts } from '../../electron/core/annotations/documentText';
import { describeRange } from '../../electron/core/annotations/selectors';
import { toWebAnnotationCollection } from '../../electron/core/annotations/webAnnotation';
import { App } from '../../renderer/src/app/App';
import type { FakeNotes } from './fakeNotes';
import { installFakeApi } from './fakeApi';
import { translatedArticle } from './fixtures';

const article = translatedArticle;
const texts = documentTexts(article);

/** happy-dom has no CSS Custom Highlight API: a registry with the same shape stands in. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  // happy-dom builds a new CSS object on every read, so the whole object is replaced.
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
  for (const scope of [globalThis, window]) {
    Reflect.deleteProperty(scope, 'Highlight');
    Reflect.deleteProperty(scope, 'CSS');
  }
});

const highlighted = (color: string) => [...(registry.get(`muwazi-${color}`) ?? [])].map(String);

let counter = 0;
function annotation(
  lang: Lang,
  phrase: string,
  color: Annotation['body']['color'],
  note?: string,
): Annotation {
  const start = texts[lang].indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    articleKey: article.id,
    lang,
    target: { selectors: describeRange(texts[lang], start, start + phrase.length) },
    body: { color, ...(note ? { note } : {}) },
    created: '2024-05-01T10:00:00.000Z',
    modified: '2024-05-01T10:00:00.000Z',
  };
}

/** An annotation whose words are not in the article (its text changed since). */
function orphan(note: string): Annotation {
  return {
    ...annotation('ar', 'نقلت', 'pink', note),
    target: {
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'كلمات حُذفت من المقال', prefix: '', suffix: '' },
      },
    },
  };
}

async function openReader(notes?: FakeNotes, target: Article = article) {
  const fake = installFakeApi({ articles: [target], ...(notes ? { notes: { [target.id]: notes } } : {}) });
  window.location.hash = `#/read/${target.id}`;
  render(<App />);
  const reader = await screen.findByTestId('reader');
  await waitFor(() => expect(reader.getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
  await waitFor(() => expect(fake.callsTo('annotations:list').length).toBeGreaterThan(0));
  return { fake, rows: screen.getByTestId('rows') };
}

function selectWords(rows: HTMLElement, lang: Lang, paragraph: number, phrase: string) {
  const text = rows.querySelector(`p[lang="${lang}"][data-paragraph="${paragraph}"]`)!.firstChild as Text;
  const at = text.data.indexOf(phrase);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + phrase.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  fireEvent.mouseUp(text.parentElement!, { button: 0 });
}

describe('highlights', () => {
  it('highlights selected Arabic words in the picked colour, with a note, and draws them', async () => {
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    selectWords(rows, 'ar', 2, 'رأي البرلمان');
    const popover = await screen.findByTestId('highlight-popover');
    expect(within(popover).getByRole('button', { name: 'Green' })).toBeTruthy();

    await user.click(within(popover).getByTestId('swatch-green'));
    await waitFor(() => expect(highlighted('green')).toEqual(['رأي البرلمان']));
    const [added] = fake.notesOf(article.id).annotations;
    expect(added!.target.selectors.quote.exact).toBe('رأي البرلمان');
    expect(added!.lang).toBe('ar');

    // The box stays, now for the new highlight: write a note and save it with Ctrl+Enter.
    await user.click(await screen.findByTestId('add-note'));
    const textarea = screen.getByTestId('note-text');
    expect(textarea.getAttribute('dir')).toBe('auto');
    await user.type(textarea, 'parliament{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByTestId('highlight-popover')).toBeNull());
    expect(fake.notesOf(article.id).annotations[0]!.body).toEqual({ color: 'green', note: 'parliament' });
    expect(screen.getByTestId('annotations-count').textContent).toBe('1');
  });

  it('creates a highlight with its note in one go, and Escape closes the box without saving', async () => {
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    selectWords(rows, 'en', 0, 'Prime Minister');
    await user.click(await screen.findByTestId('add-note'));
    await user.type(screen.getByTestId('note-text'), 'رئيس الوزراء');
    await user.click(screen.getByTestId('note-save'));
    await waitFor(() => expect(highlighted('yellow')).toEqual(['Prime Minister']));
    expect(fake.notesOf(article.id).annotations[0]!.body.note).toBe('رئيس الوزراء');

    selectWords(rows, 'en', 1, 'joint statement');
    await screen.findByTestId('highlight-popover');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('highlight-popover')).toBeNull();
    expect(fake.notesOf(article.id).annotations).toHaveLength(1);
  });
});

describe('annotations panel', () => {
  it('lists highlights in reading order with their words, language and note, and orphans apart', async () => {
    const notes = {
      annotations: [
        annotation('en', 'joint statement', 'blue', 'bayan mushtarak'),
        annotation('ar', 'بيان مشترك', 'green'),
        annotation('en', 'news agency', 'yellow'),
        orphan('ملاحظة على نص محذوف'),
      ],
      bookmarks: [],
    };
    await openReader(notes);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('annotations-count').textContent).toBe('4'));
    // Every highlight that is found is drawn, in its colour.
    expect(highlighted('blue')).toEqual(['joint statement']);
    expect(highlighted('green')).toEqual(['بيان مشترك']);

    await user.click(screen.getByTestId('annotations-toggle'));
    const panel = screen.getByTestId('annotations-panel');
    const items = within(panel).getAllByTestId('annotation-item');
    const quotes = items.map((item) => item.querySelector('.annotation-quote')!);
    expect(quotes.map((q) => [q.textContent, q.getAttribute('lang'), q.getAttribute('dir')])).toEqual([
      ['news agency', 'en', 'ltr'],
      ['بيان مشترك', 'ar', 'rtl'],
      ['joint statement', 'en', 'ltr'],
    ]);
    const note = within(items[2]!).getByTestId('annotation-note');
    expect([note.textContent, note.getAttribute('dir')]).toEqual(['bayan mushtarak', 'auto']);

    const orphans = within(panel).getByTestId('orphaned-annotations');
    expect(orphans.textContent).toContain('Not found in the current text');
    expect(orphans.textContent).toContain('كلمات حُذفت من المقال');
    expect(orphans.textContent).toContain('ملاحظة على نص محذوف');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('annotations-panel')).toBeNull();
  });

  it('deletes a highlight and brings it back with Undo', async () => {
    const kept = annotation('ar', 'بيان مشترك', 'purple', 'joint');
    const { fake } = await openReader({ annotations: [kept], bookmarks: [] });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('annotations-toggle'));
    await user.click(await screen.findByTestId('annotation-delete'));
    await waitFor(() => expect(fake.notesOf(article.id).annotations).toEqual([]));
    await waitFor(() => expect(highlighted('purple')).toEqual([]));
    expect(screen.getByTestId('toast').textContent).toContain('Highlight and its note deleted.');

    await user.click(screen.getByTestId('toast-undo'));
    await waitFor(() => expect(fake.notesOf(article.id).annotations.map((a) => a.id)).toEqual([kept.id]));
    await waitFor(() => expect(highlighted('purple')).toEqual(['بيان مشترك']));
    expect(fake.callsTo('annotations:restore')).toHaveLength(1);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('edits a note and the colour from the list', async () => {
    const { fake } = await openReader({
      annotations: [annotation('en', 'parliament', 'yellow')],
      bookmarks: [],
    });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('annotations-toggle'));
    await user.click(await screen.findByTestId('annotation-edit'));
    await user.click(screen.getByTestId('swatch-pink'));
    await user.type(screen.getByTestId('note-text'), 'al-barlaman');
    await user.click(screen.getByTestId('note-save'));
    await waitFor(() =>
      expect(fake.notesOf(article.id).annotations[0]!.body).toEqual({ color: 'pink', note: 'al-barlaman' }),
    );
    await waitFor(() => expect(highlighted('pink')).toEqual(['parliament']));
    // The panel is still open: Escape in the editor belonged to the editor.
    expect(screen.getByTestId('annotations-panel')).toBeTruthy();
  });

  it('imports a Web Annotation file and reports what it added', async () => {
    const source = annotation('en', 'both countries', 'blue', 'imported');
    const { fake } = await openReader({ annotations: [], bookmarks: [] });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('annotations-toggle'));
    const file = new File([JSON.stringify(toWebAnnotationCollection([source], 'Test'))], 'notes.jsonld', {
      type: 'application/ld+json',
    });
    await user.upload(screen.getByTestId('import-file'), file);
    await waitFor(() => expect(fake.notesOf(article.id).annotations).toHaveLength(1));
    expect((await screen.findByTestId('toast')).textContent).toContain(
      '1 added, 0 already there, 0 not readable.',
    );
    await waitFor(() => expect(highlighted('blue')).toEqual(['both countries']));
  });
});

describe('bookmarks', () => {
  function bookmark(row: number, name?: string): Bookmark {
    const start = texts.ar.indexOf(article.ar[article.alignment[row]!.ar[0]!]!.text);
    return {
      id: `10000000-0000-4000-8000-${String(row).padStart(12, '0')}`,
      articleKey: article.id,
      row,
      lang: 'ar',
      quote: describeRange(texts.ar, start, start + 20).quote,
      ...(name ? { name } : {}),
      created: '2024-05-01T10:00:00.000Z',
    };
  }

  it('bookmarks a row from its context menu with a name, and marks the row', async () => {
    const { fake, rows } = await openReader();
    const user = userEvent.setup();
    const row = rows.querySelector<HTMLElement>('[data-row="1"]')!;
    fireEvent.contextMenu(row.querySelector('p')!);
    await user.click(await screen.findByTestId('row-menu-bookmark'));
    const prompt = screen.getByTestId('bookmark-prompt');
    expect(prompt.textContent).toContain('Bookmark paragraph 2');
    await user.type(within(prompt).getByTestId('bookmark-name'), 'Joint statement{Enter}');
    await waitFor(() => expect(screen.queryByTestId('bookmark-prompt')).toBeNull());
    expect(fake.notesOf(article.id).bookmarks.map((b) => [b.row, b.name])).toEqual([[1, 'Joint statement']]);
    await waitFor(() => expect(row.getAttribute('data-bookmarked')).toBe('true'));
    expect(rows.querySelectorAll('[data-bookmarked]')).toHaveLength(1);
  });

  it('opens the name prompt with B, not while typing, and Escape cancels it', async () => {
    const { fake } = await openReader();
    const user = userEvent.setup();
    await user.keyboard('b');
    const input = await screen.findByTestId('bookmark-name');
    await user.type(input, 'b');
    expect((input as HTMLInputElement).value).toBe('b');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('bookmark-prompt')).toBeNull();
    expect(fake.callsTo('bookmarks:add')).toEqual([]);
  });

  it('lists bookmarks by row with name or opening words, renames and deletes with undo', async () => {
    const { fake } = await openReader({ annotations: [], bookmarks: [bookmark(2), bookmark(0, 'Start')] });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('bookmarks-toggle'));
    const panel = screen.getByTestId('bookmarks-panel');
    const items = within(panel).getAllByTestId('bookmark-item');
    expect(items.map((item) => item.getAttribute('data-row'))).toEqual(['0', '2']);
    expect(items[0]!.textContent).toContain('Start');
    const opening = items[1]!.querySelector('.bookmark-opening')!;
    expect(opening.getAttribute('lang')).toBe('ar');
    expect(opening.textContent).toBe(article.ar[3]!.text);

    await user.click(within(items[1]!).getByTestId('bookmark-rename'));
    await user.type(screen.getByTestId('bookmark-rename-input'), 'Untranslated{Enter}');
    await waitFor(() =>
      expect(fake.notesOf(article.id).bookmarks.find((b) => b.row === 2)!.name).toBe('Untranslated'),
    );

    await user.click(
      within(within(panel).getAllByTestId('bookmark-item')[0]!).getByTestId('bookmark-delete'),
    );
    await waitFor(() => expect(fake.notesOf(article.id).bookmarks).toHaveLength(1));
    await user.click(screen.getByTestId('toast-undo'));
    await waitFor(() => expect(within(panel).getAllByTestId('bookmark-item')).toHaveLength(2));
    expect(
      fake
        .notesOf(article.id)
        .bookmarks.map((b) => b.name)
        .sort(),
    ).toEqual(['Start', 'Untranslated']);
  });

  it('lists every bookmark in the library and opens its article at its row', async () => {
    const fake = installFakeApi({
      articles: [article],
      notes: { [article.id]: { annotations: [], bookmarks: [bookmark(1, 'Statement')] } },
    });
    render(<App />);
    const all = await screen.findByTestId('all-bookmarks');
    const item = await within(all).findByTestId('all-bookmark-item');
    expect(all.textContent).toContain(article.title.ar);
    expect(item.textContent).toContain('Statement');
    await act(async () => {
      fireEvent.click(item);
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/read/${article.id}`));
    expect(fake.callsTo('position:save').at(-1)!.input).toEqual({
      id: article.id,
      position: { row: 1, offset: 0 },
    });
  });
});
