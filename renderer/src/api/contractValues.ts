import type {
  fontSizeLimits as contractFontSizeLimits,
  lineHeightLimits as contractLineHeightLimits,
  Settings,
} from '../../../electron/contract';

/*
 * Runtime copies of the contract's constants. The renderer imports only types from the
 * contract so that zod stays out of the page bundle; the literal types below make the
 * compiler reject any drift in the limits, and a component test compares the defaults.
 */

export const fontSizeLimits: typeof contractFontSizeLimits = { min: 12, max: 48 };
export const lineHeightLimits: typeof contractLineHeightLimits = { min: 1.2, max: 3 };

export const defaultSettings: Settings = {
  uiLanguage: 'en',
  arabicSide: 'right',
  text: { ar: { fontSize: 22, lineHeight: 2 }, en: { fontSize: 18, lineHeight: 1.6 } },
  theme: 'system',
};

export const maxArticleBytes = 20 * 1024 * 1024;
export const maxImportRequestBytes = 32 * 1024 * 1024;
/** The contract's cap on files in one `library:import` request. */
export const maxImportFilesPerRequest = 50;
