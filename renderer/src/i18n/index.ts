import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ApiError, UiLanguage } from '../../../electron/contract';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ar: { translation: ar } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'ar'],
  // React escapes what it renders; escaping here too would show entities to the reader.
  interpolation: { escapeValue: false },
  // The resources are bundled, so the first render can already be translated.
  initAsync: false,
});

/** The one place the page's language and direction follow the UI language. */
function applyDocumentLanguage(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = i18n.dir(language);
}

i18n.on('languageChanged', applyDocumentLanguage);
applyDocumentLanguage(i18n.language);

export function setUiLanguage(language: UiLanguage): Promise<unknown> {
  return i18n.language === language ? Promise.resolve() : i18n.changeLanguage(language);
}

/** The translated sentence for an error; codes this build does not know read as internal errors. */
export function errorText(error: Pick<ApiError, 'code'>): string {
  const key = `errors.${error.code}`;
  return i18n.exists(key) ? i18n.t(key) : i18n.t('errors.internal');
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(i18n.language).format(value);
}
