import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Article, Settings } from '../../electron/contract';
import { App } from '../../renderer/src/app/App';
import { installFakeApi } from './fakeApi';
import { translatedArticle } from './fixtures';

async function openReader(article: Article = translatedArticle, settings?: Settings) {
  const fake = installFakeApi({ articles: [article], ...(settings ? { settings } : {}) });
  window.location.hash = `#/read/${article.id}`;
  render(<App />);
  const reader = await screen.findByTestId('reader');
  // Rows arrive over several frames; a loaded machine needs more than the default second.
  await waitFor(() => expect(reader.getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
  return { fake, reader };
}

function lastSavedSettings(fake: ReturnType<typeof installFakeApi>): Settings {
  const last = fake.callsTo('settings:save').at(-1);
  if (!last) throw new Error('settings:save was never called');
  return (last.input as { settings: Settings }).settings;
}

describe('reading view', () => {
  it('renders one row per bead with each paragraph in its own language and direction', async () => {
    await openReader();
    const rows = screen.getAllByTestId('row');
    expect(rows).toHaveLength(translatedArticle.alignment.length);
    expect(rows.map((row) => row.getAttribute('data-row'))).toEqual(['0', '1', '2', '3']);

    const second = rows[1]!;
    const arabic = second.querySelectorAll('.cell-ar p');
    const english = second.querySelectorAll('.cell-en p');
    expect([...arabic].map((p) => p.textContent)).toEqual([
      translatedArticle.ar[1]!.text,
      translatedArticle.ar[2]!.text,
    ]);
    expect([...english].map((p) => p.textContent)).toEqual([
      translatedArticle.en[1]!.text,
      translatedArticle.en[2]!.text,
    ]);
    for (const p of arabic) expect([p.getAttribute('lang'), p.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    for (const p of english) expect([p.getAttribute('lang'), p.getAttribute('dir')]).toEqual(['en', 'ltr']);

    const untranslated = within(rows[2]!).getByTestId('not-translated');
    expect(untranslated.closest('.cell-en')).not.toBeNull();
    expect(untranslated.textContent).toBe('Not translated yet');
    expect(within(rows[3]!).getByTestId('no-arabic').closest('.cell-ar')).not.toBeNull();
    expect(screen.getAllByTestId('not-translated')).toHaveLength(1);
  });

  it('marks when rows are painted and laid out', async () => {
    performance.clearMarks();
    await openReader();
    expect(performance.getEntriesByName('muwazi:rows-laid-out')).toHaveLength(1);
    await waitFor(() => expect(performance.getEntriesByName('muwazi:first-row-painted')).toHaveLength(1));
  });

  it('renders a long article completely, chunk by chunk', async () => {
    const beads = 300;
    const long: Article = {
      ...translatedArticle,
      ar: Array.from({ length: beads }, (_, i) => ({ text: `فقرة ${i}` })),
      en: Array.from({ length: beads }, (_, i) => ({ text: `Paragraph ${i}` })),
      alignment: Array.from({ length: beads }, (_, i) => ({ ar: [i], en: [i] })),
    };
    await openReader(long);
    expect(screen.getAllByTestId('row')).toHaveLength(beads);
  });

  it('changes one language size with its buttons and saves the whole settings', async () => {
    const { fake, reader } = await openReader();
    const user = userEvent.setup();
    expect(reader.style.getPropertyValue('--ar-size')).toBe('22px');

    await user.click(screen.getByTestId('ar-size-up'));
    expect(reader.style.getPropertyValue('--ar-size')).toBe('24px');
    expect(reader.style.getPropertyValue('--en-size')).toBe('18px');
    expect(screen.getByTestId('ar-size-value').textContent).toBe('24');
    await waitFor(() => expect(lastSavedSettings(fake).text.ar.fontSize).toBe(24));
    expect(lastSavedSettings(fake).text.en).toEqual({ fontSize: 18, lineHeight: 1.6 });

    await user.click(screen.getByTestId('en-size-down'));
    expect(reader.style.getPropertyValue('--en-size')).toBe('16px');
    await waitFor(() => expect(fake.settings.text.en.fontSize).toBe(16));

    await user.click(screen.getByTestId('ar-leading-up'));
    expect(reader.style.getPropertyValue('--ar-leading')).toBe('2.1');
    await user.click(screen.getByTestId('en-leading-down'));
    expect(reader.style.getPropertyValue('--en-leading')).toBe('1.5');
    await waitFor(() =>
      expect(fake.settings.text).toEqual({
        ar: { fontSize: 24, lineHeight: 2.1 },
        en: { fontSize: 16, lineHeight: 1.5 },
      }),
    );
  });

  it('stops at the size limits', async () => {
    const settings: Settings = {
      uiLanguage: 'en',
      arabicSide: 'right',
      text: { ar: { fontSize: 48, lineHeight: 3 }, en: { fontSize: 12, lineHeight: 1.2 } },
      theme: 'system',
    };
    await openReader(translatedArticle, settings);
    expect((screen.getByTestId('ar-size-up') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('ar-leading-up') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('en-size-down') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('en-size-up') as HTMLButtonElement).disabled).toBe(false);
  });

  it('changes both sizes with Ctrl+= and Ctrl+-, and resets them with Ctrl+0', async () => {
    const { fake, reader } = await openReader();

    const larger = fireEvent.keyDown(window, { key: '=', ctrlKey: true });
    expect(larger).toBe(false);
    expect(reader.style.getPropertyValue('--ar-size')).toBe('24px');
    expect(reader.style.getPropertyValue('--en-size')).toBe('20px');
    await waitFor(() => expect(fake.settings.text.ar.fontSize).toBe(24));

    fireEvent.keyDown(window, { key: '-', metaKey: true });
    fireEvent.keyDown(window, { key: '-', ctrlKey: true });
    expect(reader.style.getPropertyValue('--ar-size')).toBe('20px');
    expect(reader.style.getPropertyValue('--en-size')).toBe('16px');

    fireEvent.keyDown(window, { key: '0', ctrlKey: true });
    expect(reader.style.getPropertyValue('--ar-size')).toBe('22px');
    expect(reader.style.getPropertyValue('--en-size')).toBe('18px');
    await waitFor(() => expect(lastSavedSettings(fake).text.en.fontSize).toBe(18));

    expect(fireEvent.keyDown(window, { key: '=' })).toBe(true);
    expect(reader.style.getPropertyValue('--ar-size')).toBe('22px');
  });

  it('follows menu commands like the keyboard', async () => {
    const { fake, reader } = await openReader();
    act(() => fake.sendCommand('text-larger'));
    expect(reader.style.getPropertyValue('--en-size')).toBe('20px');
    act(() => fake.sendCommand('swap-panes'));
    expect(reader.getAttribute('data-arabic-side')).toBe('left');
    act(() => fake.sendCommand('show-library'));
    expect(window.location.hash).toBe('#/');
    expect(await screen.findByTestId('library')).toBeTruthy();
  });

  it('swaps the physical side of the Arabic pane and remembers it', async () => {
    const { fake, reader } = await openReader();
    const user = userEvent.setup();
    expect(reader.getAttribute('data-arabic-side')).toBe('right');
    // In a left-to-right UI the right-hand side is the inline end.
    expect(reader.classList.contains('ar-inline-end')).toBe(true);

    await user.click(screen.getByTestId('swap-sides'));
    expect(reader.getAttribute('data-arabic-side')).toBe('left');
    expect(reader.classList.contains('ar-inline-start')).toBe(true);
    await waitFor(() => expect(fake.settings.arabicSide).toBe('left'));
  });

  it('shows set-aside text on request and closes it with Escape', async () => {
    await openReader();
    const user = userEvent.setup();
    const toggle = screen.getByTestId('set-aside-toggle');
    expect(toggle.textContent).toContain('2');

    await user.click(toggle);
    const panel = screen.getByTestId('set-aside-panel');
    const blocks = within(panel).getAllByTestId('set-aside-block');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.textContent).toContain('Page text');
    const arabic = within(blocks[0]!).getByText('حقوق النشر محفوظة');
    expect([arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(blocks[1]!.textContent).toContain('Byline');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('set-aside-panel')).toBeNull();
  });

  it('hides the set-aside button when nothing was set aside', async () => {
    await openReader({ ...translatedArticle, setAside: [] });
    expect(screen.queryByTestId('set-aside-toggle')).toBeNull();
  });

  it('reads the saved position before it is ready', async () => {
    const { fake } = await openReader();
    expect(fake.callsTo('position:get')).toEqual([
      { method: 'position:get', input: { id: translatedArticle.id } },
    ]);
  });

  it('saves the reading position after scrolling, at the latest when leaving the article', async () => {
    const { fake } = await openReader();
    fireEvent.scroll(window);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    act(() => fake.sendCommand('show-library'));
    await screen.findByTestId('library');
    // happy-dom lays nothing out, so only the wiring is checked here; the end-to-end tests measure.
    expect(fake.callsTo('position:save')).toEqual([
      {
        method: 'position:save',
        input: {
          id: translatedArticle.id,
          position: { row: expect.any(Number), offset: expect.any(Number) },
        },
      },
    ]);
  });

  it('explains, in words, an article that cannot be opened', async () => {
    installFakeApi({ articles: [] });
    window.location.hash = `#/read/${'a'.repeat(16)}`;
    render(<App />);
    const error = await screen.findByTestId('reader-error');
    expect(error.textContent).toContain('It could not be found.');
  });
});
