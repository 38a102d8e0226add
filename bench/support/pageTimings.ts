import type { Page } from '@playwright/test';

export interface ApiRequest {
  method: string;
  startMs: number;
  responseEndMs: number;
  bodyBytes: number;
}

/** A frame that took longer than 50 ms, with what ran in it: where a slow load spends its time. */
export interface LongFrame {
  startMs: number;
  durationMs: number;
  /** Time spent in style and layout at the end of the frame. */
  styleAndLayoutMs: number;
  scripts: Array<{ name: string; durationMs: number }>;
}

/** What one page load measured, all times from navigation start. */
export interface LoadTimings {
  firstPairMs: number | null;
  rowsLaidOutMs: number | null;
  firstContentfulPaintMs: number | null;
  domContentLoadedMs: number | null;
  /** Contract calls the page made (browser mode only): the app's data path before it can paint. */
  apiRequests: ApiRequest[];
  longFrames: LongFrame[];
  /** Elements carrying lang="ar"/"en" below <body>: all rows, or only a window of them. */
  textElements: number;
  domElements: number;
  /** Elements whose rendering the browser may skip while off screen. */
  contentVisibilityAuto: number;
  jsHeapBytes: number | null;
}

/** Reads the page's own timeline once the marks are in (or were given up on). */
export async function readLoadTimings(page: Page, firstMark: string, rowsMark: string): Promise<LoadTimings> {
  return page.evaluate(
    async ({ firstMark, rowsMark }) => {
      const navigation = performance.getEntriesByType('navigation')[0] as
        | PerformanceNavigationTiming
        | undefined;
      const apiRequests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
        .map((entry) => ({
          method: decodeURIComponent(new URL(entry.name).pathname.slice('/api/'.length)),
          startMs: entry.startTime,
          responseEndMs: entry.responseEnd,
          bodyBytes: entry.decodedBodySize,
        }));
      // Long animation frames are only handed to observers; `buffered` replays those already seen.
      const frames = await new Promise<PerformanceEntry[]>((resolve) => {
        if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return resolve([]);
        const timer = setTimeout(() => resolve([]), 500);
        new PerformanceObserver((list, observer) => {
          clearTimeout(timer);
          observer.disconnect();
          resolve(list.getEntries());
        }).observe({ type: 'long-animation-frame', buffered: true });
      });
      type LoafScript = { invoker: string; sourceFunctionName: string; sourceURL: string; duration: number };
      type Loaf = PerformanceEntry & { styleAndLayoutStart: number; scripts: LoafScript[] };
      const longFrames = (frames as Loaf[]).map((frame) => ({
        startMs: frame.startTime,
        durationMs: frame.duration,
        styleAndLayoutMs:
          frame.styleAndLayoutStart > 0 ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0,
        scripts: [...frame.scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((s) => ({
            name: `${s.sourceFunctionName || s.invoker} (${s.sourceURL.split(/[/?#]/).filter(Boolean).at(-1) ?? 'bench probe'})`,
            durationMs: s.duration,
          })),
      }));
      let contentVisibilityAuto = 0;
      for (const element of document.querySelectorAll('body *')) {
        if (getComputedStyle(element).contentVisibility === 'auto') contentVisibilityAuto++;
      }
      // Chromium-only and coarse, but enough to see whether a long article costs megabytes or hundreds of them.
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      return {
        firstPairMs: performance.getEntriesByName(firstMark)[0]?.startTime ?? null,
        rowsLaidOutMs: performance.getEntriesByName(rowsMark)[0]?.startTime ?? null,
        firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null,
        apiRequests,
        longFrames,
        textElements: document.querySelectorAll('body [lang="ar"], body [lang="en"]').length,
        domElements: document.getElementsByTagName('*').length,
        contentVisibilityAuto,
        jsHeapBytes: memory ? memory.usedJSHeapSize : null,
      };
    },
    { firstMark, rowsMark },
  );
}
