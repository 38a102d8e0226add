import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { normalizeForMatch } from '../../renderer/src/features/library/normalizeForMatch';
import { installFakeApi } from './fakeApi';
import { translatedArticle, untranslatedArticle } from './fixtures';

const titles = () =>
  screen.getAllByTestId('library-item').map((item) => item.querySelector('[lang="ar"]')?.textContent);

beforeEach(() => localStorage.clear());

describe('library sort and filter', () => {
  it('folds Arabic the way matching needs and nothing more', () => {
    expect(normalizeForMatch('الإِلْتِزَامُ')).toBe(normalizeForMatch('الالتزام'));
    expect(normalizeForMatch('مـــقال')).toBe('مقال');
    expect(normalizeForMatch('مستشفى')).toBe('مستشفي');
    expect(normalizeForMatch('Prime')).toBe('prime');
  });

  it('filters by either title or the file name, ignoring vowel marks and alef forms', async () => {
    installFakeApi({ articles: [translatedArticle, untranslatedArticle] });
    const user = userEvent.setup();
    render(<App />);
    await screen.findAllByTestId('library-item');
    const filter = screen.getByTestId('library-filter');

    await user.type(filter, 'الإِلتزام');
    expect(titles()).toEqual([translatedArticle.title.ar]);

    await user.clear(filter);
    await user.type(filter, 'prime MINISTER');
    expect(titles()).toEqual([translatedArticle.title.ar]);

    await user.clear(filter);
    await user.type(filter, 'alone.txt');
    expect(titles()).toEqual([untranslatedArticle.title.ar]);

    await user.clear(filter);
    await user.type(filter, 'nothing like this');
    expect(screen.queryAllByTestId('library-item')).toHaveLength(0);
    expect(screen.getByTestId('library-no-match').textContent).toBe('No articles match the filter.');
  });

  it('sorts by share translated and by title, and remembers the choice', async () => {
    installFakeApi({ articles: [untranslatedArticle, translatedArticle] });
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await screen.findAllByTestId('library-item');
    expect(titles()).toEqual([untranslatedArticle.title.ar, translatedArticle.title.ar]);

    await user.selectOptions(screen.getByTestId('library-sort'), 'translated');
    expect(titles()).toEqual([translatedArticle.title.ar, untranslatedArticle.title.ar]);
    unmount();

    render(<App />);
    await screen.findAllByTestId('library-item');
    expect((screen.getByTestId('library-sort') as HTMLSelectElement).value).toBe('translated');
    expect(titles()).toEqual([translatedArticle.title.ar, untranslatedArticle.title.ar]);
  });
});

describe('rename and trash', () => {
  it('renames an article inline and shows the new file name', async () => {
    const fake = installFakeApi({ articles: [translatedArticle] });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');

    await user.click(screen.getByTestId('library-rename'));
    const input = screen.getByTestId('library-rename-input') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.type(input, 'pledge.txt{Enter}');

    await waitFor(() => expect(screen.getByTestId('library-file').textContent).toBe('pledge.txt'));
    expect(fake.callsTo('library:rename')[0]?.input).toEqual({
      id: translatedArticle.id,
      name: 'pledge.txt',
    });
  });

  it('explains a taken name and a name that cannot be a file name', async () => {
    const fake = installFakeApi({ articles: [translatedArticle], takenNames: ['other.txt'] });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');
    await user.click(screen.getByTestId('library-rename'));
    const input = screen.getByTestId('library-rename-input');

    await user.clear(input);
    await user.type(input, 'a/b.txt{Enter}');
    expect((await screen.findByTestId('library-rename-error')).textContent).toContain(
      'That name cannot be used.',
    );
    expect(fake.callsTo('library:rename')).toHaveLength(0);

    await user.clear(input);
    await user.type(input, 'other.txt{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('library-rename-error').textContent).toBe(
        'A file with that name is already in the library.',
      ),
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('library-rename-input')).toBeNull();
    expect(screen.getByTestId('library-file').textContent).toBe('withdrawal.txt');
  });

  it('moves an article to the trash after saying it can be restored from there', async () => {
    const fake = installFakeApi({ articles: [translatedArticle, untranslatedArticle] });
    const user = userEvent.setup();
    render(<App />);
    const [first] = await screen.findAllByTestId('library-item');
    const entry = first!.closest('li')!;

    await user.click(within(entry).getByTestId('library-delete'));
    const confirm = within(entry).getByTestId('library-delete-confirm');
    expect(confirm.textContent).toContain('system trash');
    expect(confirm.textContent).toContain('restore');
    await user.click(within(confirm).getByTestId('library-delete-confirm-button'));

    await waitFor(() => expect(titles()).toEqual([untranslatedArticle.title.ar]));
    expect(fake.callsTo('library:trash')[0]?.input).toEqual({ id: translatedArticle.id });
  });
});

describe('live library', () => {
  it('lists the library again when the main process says it changed', async () => {
    const fake = installFakeApi({ articles: [translatedArticle] });
    render(<App />);
    await screen.findByTestId('library-item');
    fake.articles.set(untranslatedArticle.id, untranslatedArticle);
    act(() => fake.sendEvent({ type: 'library-changed' }));
    await waitFor(() => expect(screen.getAllByTestId('library-item')).toHaveLength(2));
  });

  it('reloads the open article when its file changed, and opens articles the menu asks for', async () => {
    const fake = installFakeApi({ articles: [translatedArticle, untranslatedArticle] });
    render(<App />);
    await screen.findAllByTestId('library-item');

    act(() => fake.sendEvent({ type: 'open-article', id: untranslatedArticle.id }));
    expect(window.location.hash).toBe(`#/read/${untranslatedArticle.id}`);
    await waitFor(() =>
      expect(screen.getByTestId('title-ar').textContent).toBe(untranslatedArticle.title.ar),
    );

    const edited = { ...untranslatedArticle, title: { ar: 'عنوان بعد التعديل' } };
    fake.articles.set(edited.id, edited);
    act(() => fake.sendEvent({ type: 'library-changed', ids: [translatedArticle.id] }));
    expect(screen.getByTestId('title-ar').textContent).toBe(untranslatedArticle.title.ar);

    act(() => fake.sendEvent({ type: 'library-changed', ids: [edited.id] }));
    await waitFor(() => expect(screen.getByTestId('title-ar').textContent).toBe('عنوان بعد التعديل'));
  });

  it('takes settings the menu changed without saving them again', async () => {
    const fake = installFakeApi({ articles: [translatedArticle] });
    render(<App />);
    await screen.findByTestId('library-item');
    act(() => fake.sendEvent({ type: 'settings-changed', settings: { ...fake.settings, uiLanguage: 'ar' } }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('المكتبة');
    expect(fake.callsTo('settings:save')).toHaveLength(0);
    act(() => fake.sendEvent({ type: 'settings-changed', settings: { ...fake.settings, uiLanguage: 'en' } }));
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
  });
});
