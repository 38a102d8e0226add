import type { Page } from '@playwright/test';
import type { ArticleSummary, LibraryListing, Result } from '../../electron/contract';

/** Performance marks the renderer sets in the reading view. */
export const appMarks = {
  firstRowPainted: 'muwazi:first-row-painted',
  rowsLaidOut: 'muwazi:rows-laid-out',
} as const;

/**
 * Calls a contract method from inside the page, as the renderer does, so the request carries
 * the session cookie and passes the server's Origin check.
 */
export async function listLibrary(page: Page): Promise<ArticleSummary[]> {
  const result = await page.evaluate(async () => {
    const response = await fetch('api/library:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return (await response.json()) as Result<LibraryListing>;
  });
  if (!result.ok) throw new Error(`library:list failed: ${result.error.code} ${result.error.message}`);
  return result.value.articles;
}

/** Resolves with true once the mark exists, false if it does not appear in time. */
export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
      timeout: timeoutMs,
    });
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return false;
    throw error;
  }
}

export function readRoute(origin: string, id: string): string {
  return `${origin}/#/read/${id}`;
}
