import type { BrowserContext, Page } from '@playwright/test';
import { appMarks, waitForMark } from '../support/appPage';
import { type LoadTimings, readLoadTimings } from '../support/pageTimings';
import {
  measureWheelScroll,
  type ScrollOptions,
  type ScrollResult,
  waitForIdle,
} from '../support/scrollFrames';
import { staticRowsLaidOutMark } from '../support/staticPage';

// Generous on the first load (a cold renderer on a busy machine); once a mark has failed to
// appear, later loads wait only briefly for it so a missing mark cannot stretch the bench.
export const markTimeoutMs = 30_000;
const missingMarkTimeoutMs = 2_000;
const fcp = 'first-contentful-paint';

/** Remembers which marks never came, across every page of one benchmark. */
export class MarkWaits {
  private missing = new Set<string>();
  /** `briefly`: an earlier mark of the same load already failed, so this one is unlikely to come. */
  async wait(page: Page, mark: string, briefly = false): Promise<boolean> {
    const timeout = briefly || this.missing.has(mark) ? missingMarkTimeoutMs : markTimeoutMs;
    const found = await waitForMark(page, mark, timeout);
    if (!found) this.missing.add(mark);
    return found;
  }
}

export interface AppOpen {
  timings: LoadTimings;
  errors: string[];
}

async function withPage<T>(
  context: BrowserContext,
  use: (page: Page, errors: string[]) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    return await use(page, errors);
  } finally {
    await page.close();
  }
}

async function loadApp(page: Page, url: string, marks: MarkWaits): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  const painted = await marks.wait(page, appMarks.firstRowPainted);
  await marks.wait(page, appMarks.rowsLaidOut, !painted);
}

async function loadStatic(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForMark(page, fcp, markTimeoutMs);
  await waitForMark(page, staticRowsLaidOutMark, markTimeoutMs);
}

/** Opens the reading view in a fresh page; the reading view's own marks say when it is ready. */
export async function openApp(context: BrowserContext, url: string, marks: MarkWaits): Promise<AppOpen> {
  return withPage(context, async (page, errors) => {
    await loadApp(page, url, marks);
    return { timings: await readLoadTimings(page, appMarks.firstRowPainted, appMarks.rowsLaidOut), errors };
  });
}

/** Opens the reference page; its first pair is the browser's first contentful paint. */
export async function openStatic(context: BrowserContext, url: string): Promise<LoadTimings> {
  return withPage(context, async (page) => {
    await loadStatic(page, url);
    return readLoadTimings(page, fcp, staticRowsLaidOutMark);
  });
}

export async function scrollApp(
  context: BrowserContext,
  url: string,
  marks: MarkWaits,
  options: ScrollOptions,
): Promise<ScrollResult | null> {
  return withPage(context, async (page) => {
    await loadApp(page, url, marks);
    await waitForIdle(page);
    const result = await measureWheelScroll(page, options);
    return result.initialRangePx > 0 ? result : null;
  });
}

export async function scrollStatic(
  context: BrowserContext,
  url: string,
  options: ScrollOptions,
): Promise<ScrollResult> {
  return withPage(context, async (page) => {
    await loadStatic(page, url);
    await waitForIdle(page);
    return measureWheelScroll(page, options);
  });
}
