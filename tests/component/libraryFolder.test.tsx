import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/contract';
import { App } from '../../renderer/src/app/App';
import { installFakeApi } from './fakeApi';
import { translatedArticle, untranslatedArticle } from './fixtures';

const home = '/home/reader/Documents/Muwazi';
const press = '/media/usb/Arabic press';

/** The name shown on the folder line, and the full path it carries as its title. */
function folderLine(): { name: string | null | undefined; path: string | null | undefined } {
  const name = screen.getByTestId('library-folder').querySelector('bdi');
  return { name: name?.textContent, path: name?.getAttribute('title') };
}

/** Waits until the library lists exactly the article with this Arabic title. */
async function listsOnly(title: string): Promise<void> {
  await waitFor(() => {
    const items = screen.getAllByTestId('library-item');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByText(title)).toBeTruthy();
  });
}

describe('the library folder on the library page', () => {
  it('names the folder, with its full path on hover, and opens another one', async () => {
    const fake = installFakeApi({
      articles: [translatedArticle],
      folder: home,
      chooseFolder: () => ({ folder: press, articles: [untranslatedArticle] }),
    });
    const user = userEvent.setup();
    render(<App />);

    await screen.findByTestId('library-item');
    expect(folderLine()).toEqual({ name: 'Muwazi', path: home });

    await user.click(screen.getByRole('button', { name: 'Open folder…' }));

    await waitFor(() => expect(folderLine()).toEqual({ name: 'Arabic press', path: press }));
    await listsOnly(untranslatedArticle.title.ar);
    expect(fake.callsTo('library:choose-folder')).toHaveLength(1);
    expect(screen.queryByTestId('library-folder-error')).toBeNull();
  });

  it('leaves everything as it was when the dialog is cancelled', async () => {
    const fake = installFakeApi({ articles: [translatedArticle], folder: home, chooseFolder: () => null });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');
    const lists = fake.callsTo('library:list').length;

    await user.click(screen.getByTestId('open-library-folder'));

    await waitFor(() => expect(fake.callsTo('library:choose-folder')).toHaveLength(1));
    expect(folderLine()).toEqual({ name: 'Muwazi', path: home });
    expect(fake.callsTo('library:list')).toHaveLength(lists);
    expect(screen.queryByTestId('library-folder-error')).toBeNull();
  });

  it('explains, in browser mode, how to start with another library folder', async () => {
    installFakeApi({ articles: [translatedArticle], folder: home });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');

    await user.click(screen.getByTestId('open-library-folder'));

    const message = await screen.findByTestId('library-folder-error');
    expect(message.textContent).toContain('Muwazi reads the library folder it was started with');
    const command = message.querySelector('code');
    expect(command?.textContent).toBe('npm run serve -- --library <folder>');
    expect(command?.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
    expect(folderLine()).toEqual({ name: 'Muwazi', path: home });

    await user.click(within(message).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('library-folder-error')).toBeNull();
  });

  it('says why a folder could not be opened', async () => {
    installFakeApi({
      articles: [translatedArticle],
      folder: home,
      chooseFolder: () => ({ error: 'io-error' }),
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');

    await user.click(screen.getByTestId('open-library-folder'));

    const message = await screen.findByTestId('library-folder-error');
    expect(message.textContent).toContain(
      'That folder could not be opened as the library: Reading or writing failed.',
    );
    expect(folderLine()).toEqual({ name: 'Muwazi', path: home });
    await user.click(within(message).getByRole('button', { name: 'Dismiss' }));
  });

  it("runs the menu's Open Folder as Library from the reader, then shows the new library", async () => {
    const fake = installFakeApi({
      articles: [translatedArticle],
      folder: home,
      chooseFolder: () => ({ folder: press, articles: [untranslatedArticle] }),
    });
    window.location.hash = `#/read/${translatedArticle.id}`;
    render(<App />);
    await screen.findByTestId('reader');

    act(() => fake.sendCommand('open-library-folder'));

    await waitFor(() => expect(window.location.hash).toBe('#/'));
    await waitFor(() => expect(folderLine()).toEqual({ name: 'Arabic press', path: press }));
    await listsOnly(untranslatedArticle.title.ar);
  });

  it('reads in Arabic, with the folder name kept left to right', async () => {
    installFakeApi({
      articles: [translatedArticle],
      folder: press,
      settings: { ...defaultSettings, uiLanguage: 'ar' },
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');

    await waitFor(() => expect(screen.getByTestId('library-folder').textContent).toContain('مجلد المكتبة'));
    const name = screen.getByTestId('library-folder').querySelector('bdi');
    expect(name?.getAttribute('dir')).toBe('ltr');
    await user.click(screen.getByRole('button', { name: 'فتح مجلد…' }));
    const message = await screen.findByTestId('library-folder-error');
    expect(message.textContent).toContain('وضع المتصفح');
    expect(message.querySelector('code')?.textContent).toBe('npm run serve -- --library <المجلد>');
  });
});
