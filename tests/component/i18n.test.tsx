import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultSettings, errorCodes, type Settings } from '../../electron/contract';
import { defaultSettings as rendererDefaults } from '../../renderer/src/api/contractValues';
import { App } from '../../renderer/src/app/App';
import ar from '../../renderer/src/i18n/locales/ar.json';
import en from '../../renderer/src/i18n/locales/en.json';
import { installFakeApi } from './fakeApi';
import { translatedArticle } from './fixtures';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valueAt(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

describe('translations', () => {
  it('have the same keys in English and Arabic', () => {
    expect(keysOf(ar as Tree).sort()).toEqual(keysOf(en as Tree).sort());
  });

  it('translate every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(valueAt(en as Tree, `errors.${code}`), `en errors.${code}`).toEqual(expect.any(String));
      expect(valueAt(ar as Tree, `errors.${code}`), `ar errors.${code}`).toEqual(expect.any(String));
    }
  });

  it('leave no string empty, and write the Arabic UI in Arabic', () => {
    const sameInBoth = new Set(['language.en', 'language.ar', 'textSize.sizeValue']);
    for (const key of keysOf(en as Tree)) {
      expect(valueAt(en as Tree, key), key).not.toBe('');
      if (sameInBoth.has(key)) continue;
      expect(valueAt(ar as Tree, key), key).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('keep the renderer defaults equal to the contract defaults', () => {
    expect(rendererDefaults).toEqual(defaultSettings);
  });
});

describe('interface language', () => {
  it('switches the whole UI to Arabic, right to left, at once and remembers it', async () => {
    const fake = installFakeApi({ articles: [translatedArticle] });
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Library' })).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');

    await user.click(screen.getByTestId('ui-language-ar'));

    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { name: 'المكتبة' })).toBeTruthy();
    expect(screen.getByTestId('library-item').textContent).toContain('مترجَم بنسبة');
    await waitFor(() => expect(fake.settings.uiLanguage).toBe('ar'));
  });

  it('starts in the saved language, with reader labels translated', async () => {
    const settings: Settings = { ...defaultSettings, uiLanguage: 'ar' };
    installFakeApi({ articles: [translatedArticle], settings });
    window.location.hash = `#/read/${translatedArticle.id}`;
    render(<App />);
    const reader = await screen.findByTestId('reader');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('not-translated').textContent).toBe('لم يُترجَم بعد');
    expect(screen.getByTestId('not-translated').getAttribute('lang')).toBe('ar');
    expect(screen.getByTestId('swap-sides').textContent).toContain('تبديل الجانبين');
    // Arabic stays on the right: in a right-to-left UI that is the inline start.
    expect(reader.classList.contains('ar-inline-start')).toBe(true);
  });
});
