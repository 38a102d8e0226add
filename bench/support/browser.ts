import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';

/**
 * The e2e tests' browser settings, read from playwright.config.ts itself so the bench measures
 * the same Chromium with the same flags and window size, and cannot drift from them.
 */
const use = playwrightConfig.use ?? {};

export const viewport = use.viewport ?? { width: 1280, height: 860 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(use.launchOptions ?? {}), headless: true });
}

/**
 * A context with the e2e tests' window size and locale. tsx compiles the functions we hand to
 * page.evaluate with esbuild's keepNames, which calls a `__name` helper that only exists in
 * Node; the page gets a stand-in that leaves functions as they are.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: use.locale ?? 'en-US' });
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  return context;
}
