import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { installFakeApi } from './fakeApi';
import { translatedArticle, untranslatedArticle } from './fixtures';

describe('library view', () => {
  it('lists each article with its titles in their own language and direction', async () => {
    installFakeApi({
      articles: [translatedArticle, untranslatedArticle],
      folder: '/home/reader/Muwazi Library',
    });
    render(<App />);

    const items = await screen.findAllByTestId('library-item');
    expect(items).toHaveLength(2);

    const first = items[0]!;
    const arTitle = within(first).getByText(translatedArticle.title.ar);
    expect(arTitle.getAttribute('lang')).toBe('ar');
    expect(arTitle.getAttribute('dir')).toBe('rtl');
    const enTitle = within(first).getByText(translatedArticle.title.en!);
    expect(enTitle.getAttribute('lang')).toBe('en');
    expect(enTitle.getAttribute('dir')).toBe('ltr');
    expect(first.textContent).toContain('4 paragraphs');
    expect(first.textContent).toContain('75% translated');

    const second = items[1]!;
    expect(within(second).queryByText((_, element) => element?.getAttribute('lang') === 'en')).toBeNull();
    expect(second.textContent).toContain('1 paragraph');
    expect(second.textContent).toContain('0% translated');

    const folder = screen.getByTestId('library-folder').querySelector('bdi');
    expect(folder?.textContent).toBe('Muwazi Library');
    expect(folder?.getAttribute('title')).toBe('/home/reader/Muwazi Library');
  });

  it('opens an article with the keyboard and keeps it in the address', async () => {
    installFakeApi({ articles: [translatedArticle] });
    const user = userEvent.setup();
    render(<App />);

    const item = await screen.findByTestId('library-item');
    item.focus();
    expect(document.activeElement).toBe(item);
    await user.keyboard('{Enter}');

    expect(window.location.hash).toBe(`#/read/${translatedArticle.id}`);
    const reader = await screen.findByTestId('reader');
    await waitFor(() => expect(reader.getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
    expect(screen.getByTestId('title-ar').textContent).toBe(translatedArticle.title.ar);
  });

  it('says so when the library is empty', async () => {
    installFakeApi({ articles: [] });
    render(<App />);
    expect((await screen.findByTestId('library-empty')).textContent).toContain('Your library is empty.');
  });

  it('reports problems with the user data, naming the file kept aside', async () => {
    installFakeApi({
      dataProblems: [
        { code: 'corrupt-data', file: 'settings.json', keptAs: 'settings.json.corrupt-20250101' },
      ],
    });
    const user = userEvent.setup();
    render(<App />);

    const notice = await screen.findByTestId('notice');
    const names = [...notice.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(names).toEqual(['settings.json', 'settings.json.corrupt-20250101']);
    expect(notice.textContent).toContain('The file is damaged and could not be read.');

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
