import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type createDOMPurifyType from 'dompurify';
import type { JSDOM as JSDOMClass, VirtualConsole as VirtualConsoleClass } from 'jsdom';

/**
 * The DOM, sanitiser and reader-view libraries are loaded on first use: jsdom alone takes most
 * of a second to load, and only web pages need it.
 */
export interface HtmlLibraries {
  JSDOM: typeof JSDOMClass;
  VirtualConsole: typeof VirtualConsoleClass;
  createDOMPurify: typeof createDOMPurifyType;
  Readability: typeof ReadabilityClass;
}

let loaded: HtmlLibraries | undefined;

export function htmlLibraries(): HtmlLibraries {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      JSDOM: require('jsdom').JSDOM,
      VirtualConsole: require('jsdom').VirtualConsole,
      createDOMPurify: require('dompurify'),
      Readability: require('@mozilla/readability').Readability,
    };
  }
  return loaded;
}
