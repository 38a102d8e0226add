import type { Page } from '@playwright/test';
import { maximum, percentile } from './stats';

export interface ScrollOptions {
  /**
   * A fixed wheel step, or one sized so the scroll range as first measured takes about this
   * many steps (top to bottom in a bounded time, whatever the article's height).
   */
  step: { px: number } | { coverRangeIn: number };
  /** Also bounds the chase when a page's height grows as it scrolls (estimated row sizes). */
  maxSteps: number;
}

export interface ScrollResult {
  scroller: string;
  stepPx: number;
  steps: number;
  initialRangePx: number;
  finalRangePx: number;
  reachedBottom: boolean;
  durationMs: number;
  frames: number;
  longFrames: number;
  maxFrameMs: number | null;
  p95FrameMs: number | null;
  medianFrameMs: number | null;
  /** Steps after which the view was still blank two frames on (no sampled point hit text). */
  blankSteps: number;
  /** The most frames any step took to show text, counting only steps that did. */
  maxFramesToText: number;
  /** Steps whose view showed no text even after a dozen frames. */
  neverText: number;
  longAnimationFrames: LongFrameSummary;
  frameDeltasMs: number[];
}

export const longFrameMs = 50;

/**
 * Where the main thread spent the long animation frames seen while scrolling: in scripts (the
 * page's own handlers) or in style, layout and paint (the browser rendering what came into view).
 */
export interface LongFrameSummary {
  count: number;
  totalMs: number;
  scriptMs: number;
  styleAndLayoutMs: number;
  /** Script time by function name (or invoker), largest first, at most five. */
  topScripts: Array<{ name: string; ms: number }>;
}

interface StepState {
  top: number;
  range: number;
  /** Frames from the wheel step until a sampled point hit text; null if none did in `maxFramesToText`. */
  framesToText: number | null;
}

// The page-side half lives on one window property so each step is a single short round trip.
interface ScrollProbe {
  scroller: Element;
  deltas: number[];
  recording: boolean;
  longFrames: LongFrameSummary;
}
type ProbeWindow = Window & { __benchScrollProbe?: ScrollProbe };

/**
 * Finds what the wheel scrolls at the point the mouse will sit: the nearest scrollable
 * ancestor of the element there, else the document. Works for the app's own scroll container
 * and for a plain page alike, without knowing either's markup.
 */
async function installProbe(page: Page, x: number, y: number): Promise<{ scroller: string; range: number }> {
  return page.evaluate(
    ({ x, y }) => {
      let element: Element | null = document.elementFromPoint(x, y);
      while (element && element !== document.body && element !== document.documentElement) {
        const overflow = getComputedStyle(element).overflowY;
        if (/auto|scroll|overlay/.test(overflow) && element.scrollHeight > element.clientHeight + 1) break;
        element = element.parentElement;
      }
      const scroller =
        element && element !== document.body && element !== document.documentElement
          ? element
          : (document.scrollingElement ?? document.documentElement);
      scroller.scrollTop = 0;
      const longFrames = { count: 0, totalMs: 0, scriptMs: 0, styleAndLayoutMs: 0, topScripts: [] };
      (window as ProbeWindow).__benchScrollProbe = { scroller, deltas: [], recording: false, longFrames };
      const name = `${scroller.tagName.toLowerCase()}${scroller.id ? `#${scroller.id}` : ''}${
        typeof scroller.className === 'string' && scroller.className
          ? `.${scroller.className.split(/\s+/).join('.')}`
          : ''
      }`;
      return { scroller: name, range: scroller.scrollHeight - scroller.clientHeight };
    },
    { x, y },
  );
}

/** Records every frame interval from requestAnimationFrame timestamps until stopped. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = (window as ProbeWindow).__benchScrollProbe!;
        probe.recording = true;
        if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
          type Loaf = PerformanceEntry & {
            styleAndLayoutStart: number;
            scripts: Array<{
              invoker: string;
              sourceFunctionName: string;
              sourceURL: string;
              duration: number;
            }>;
          };
          const byName = new Map<string, number>();
          new PerformanceObserver((list, observer) => {
            if (!probe.recording) observer.disconnect();
            const summary = probe.longFrames;
            for (const frame of list.getEntries() as Loaf[]) {
              summary.count++;
              summary.totalMs += frame.duration;
              if (frame.styleAndLayoutStart > 0) {
                summary.styleAndLayoutMs += frame.startTime + frame.duration - frame.styleAndLayoutStart;
              }
              for (const script of frame.scripts) {
                summary.scriptMs += script.duration;
                // The file tells the page's own code from the probes this bench injects; a probe
                // that samples the view forces, a little early, layout the frame would do anyway.
                const file = script.sourceURL.split(/[/?#]/).filter(Boolean).at(-1) ?? 'bench probe';
                const name = `${script.sourceFunctionName || script.invoker} (${file})`;
                byName.set(name, (byName.get(name) ?? 0) + script.duration);
              }
            }
            summary.topScripts = [...byName]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 5)
              .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
          }).observe({ type: 'long-animation-frame' });
        }
        requestAnimationFrame((first) => {
          let last = first;
          const tick = (now: number) => {
            probe.deltas.push(now - last);
            last = now;
            if (probe.recording) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          resolve();
        });
      }),
  );
}

async function stopRecording(page: Page): Promise<{ deltas: number[]; longFrames: LongFrameSummary }> {
  return page.evaluate(() => {
    const probe = (window as ProbeWindow).__benchScrollProbe!;
    probe.recording = false;
    return { deltas: probe.deltas, longFrames: probe.longFrames };
  });
}

/** The wait after each step; a page that shows text by then shows it without a blank frame. */
const settleFrames = 2;
/** How long a still-blank view is watched before the step counts as never showing text. */
const maxFramesToText = 12;

/**
 * Waits two frames (the scroll has been applied and painted), then samples a grid of points in
 * the visible part of the scroller: a point "shows text" when it hits an element holding text
 * directly, which blank space or a row whose rendering is still skipped does not. A blank view
 * is watched for a few more frames, to tell a one-frame flash from rows that stay empty.
 */
async function afterStep(page: Page): Promise<StepState> {
  return page.evaluate(
    ({ settleFrames, maxFramesToText }) =>
      new Promise<StepState>((resolve) => {
        const { scroller } = (window as ProbeWindow).__benchScrollProbe!;
        let frames = 0;
        const check = () => {
          frames++;
          if (frames < settleFrames) {
            requestAnimationFrame(check);
            return;
          }
          const box =
            scroller === document.scrollingElement
              ? { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
              : scroller.getBoundingClientRect();
          const top = Math.max(0, box.top);
          const bottom = Math.min(innerHeight, box.bottom);
          let showsText = false;
          for (const fx of [0.25, 0.75]) {
            for (const fy of [0.1, 0.3, 0.5, 0.7, 0.9]) {
              const hit = document.elementFromPoint(
                box.left + (box.right - box.left) * fx,
                top + (bottom - top) * fy,
              );
              if (
                hit &&
                [...hit.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
              ) {
                showsText = true;
              }
            }
          }
          if (!showsText && frames < maxFramesToText) {
            requestAnimationFrame(check);
            return;
          }
          resolve({
            top: scroller.scrollTop,
            range: scroller.scrollHeight - scroller.clientHeight,
            framesToText: showsText ? frames : null,
          });
        };
        requestAnimationFrame(check);
      }),
    { settleFrames, maxFramesToText },
  );
}

/** Waits until the page has nothing urgent left to do, so start-up work does not count as scrolling. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })),
  );
}

/**
 * Scrolls down from the top with the mouse wheel until the bottom (or `maxSteps`), waiting two
 * frames after each step as a reader's eye would, and records how long every frame took.
 */
export async function measureWheelScroll(page: Page, options: ScrollOptions): Promise<ScrollResult> {
  const size = page.viewportSize() ?? { width: 1280, height: 860 };
  // A little below the middle, to stay clear of headers and toolbars.
  const x = Math.round(size.width / 2);
  const y = Math.round(size.height * 0.6);
  const { scroller, range } = await installProbe(page, x, y);
  const stepPx =
    'px' in options.step ? options.step.px : Math.max(1, Math.ceil(range / options.step.coverRangeIn));
  await page.mouse.move(x, y);
  await afterStep(page);
  await startRecording(page);
  const started = Date.now();
  let steps = 0;
  let blankSteps = 0;
  let neverText = 0;
  let maxFrames = settleFrames;
  let state: StepState = { top: 0, range, framesToText: settleFrames };
  while (steps < options.maxSteps && state.top < state.range - 1) {
    await page.mouse.wheel(0, stepPx);
    state = await afterStep(page);
    steps++;
    if (state.framesToText === null) neverText++;
    else maxFrames = Math.max(maxFrames, state.framesToText);
    if (state.framesToText !== settleFrames) blankSteps++;
  }
  const durationMs = Date.now() - started;
  const { deltas, longFrames } = await stopRecording(page);
  return {
    scroller,
    stepPx,
    steps,
    initialRangePx: range,
    finalRangePx: state.range,
    reachedBottom: state.top >= state.range - 1,
    durationMs,
    frames: deltas.length,
    longFrames: deltas.filter((d) => d > longFrameMs).length,
    maxFrameMs: maximum(deltas),
    p95FrameMs: percentile(deltas, 95),
    medianFrameMs: percentile(deltas, 50),
    blankSteps,
    maxFramesToText: maxFrames,
    neverText,
    longAnimationFrames: longFrames,
    frameDeltasMs: deltas.map((d) => Math.round(d * 10) / 10),
  };
}
