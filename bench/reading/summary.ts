import { appMarks } from '../support/appPage';
import type { Goal, Measurement } from '../support/benchmark';
import type { LoadTimings } from '../support/pageTimings';
import { longFrameMs, type ScrollResult } from '../support/scrollFrames';
import { median, ratio } from '../support/stats';
import { markTimeoutMs } from './pages';

export const firstPairGoal = 1.5;

export interface ScrollPair {
  label: string;
  app: ScrollResult | null;
  reference: ScrollResult;
}

export interface ReadingFigures {
  runs: number;
  appLoads: LoadTimings[];
  staticLoads: LoadTimings[];
  /** Why the app has no load figures at all, when it has none. */
  appMissing?: string;
  scrolls: ScrollPair[];
}

function present(values: Array<number | null | undefined>): number[] {
  return values.filter((v): v is number => typeof v === 'number');
}

function medianOf(loads: LoadTimings[], pick: (t: LoadTimings) => number | null | undefined): number | null {
  return median(present(loads.map(pick)));
}

function ms(value: number | null | undefined): string {
  return typeof value === 'number' ? `${value.toFixed(0)} ms` : '—';
}

function mb(bytes: number | null | undefined): string {
  return typeof bytes === 'number' ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : '—';
}

export function readingMeasurements(figures: ReadingFigures): Measurement[] {
  const { appLoads, staticLoads, runs } = figures;
  const load = (metric: string, pick: (t: LoadTimings) => number | null): Measurement => {
    const value = medianOf(appLoads, pick);
    return {
      metric: `${metric} (median of ${runs})`,
      unit: 'ms',
      value,
      reference: medianOf(staticLoads, pick),
      ...(value === null ? { missing: figures.appMissing ? 'not measured' : 'mark never set' } : {}),
    };
  };
  const rows: Measurement[] = [
    load('first pair painted', (t) => t.firstPairMs),
    load('all rows laid out', (t) => t.rowsLaidOutMs),
  ];
  for (const { label, app, reference } of figures.scrolls) {
    const missing = app ? {} : { missing: 'nothing to scroll' };
    rows.push(
      {
        metric: `${label}: frames over ${longFrameMs} ms`,
        unit: 'count',
        value: app?.longFrames ?? null,
        reference: reference.longFrames,
        ...missing,
      },
      {
        metric: `${label}: longest frame`,
        unit: 'ms',
        value: app?.maxFrameMs ?? null,
        reference: reference.maxFrameMs,
        ...missing,
      },
      {
        metric: `${label}: p95 frame`,
        unit: 'ms',
        value: app?.p95FrameMs ?? null,
        reference: reference.p95FrameMs,
        ...missing,
      },
      {
        metric: `${label}: steps blank 2 frames on`,
        unit: 'count',
        value: app?.blankSteps ?? null,
        reference: reference.blankSteps,
        ...missing,
      },
    );
  }
  return rows;
}

export function readingGoals(figures: ReadingFigures): Goal[] {
  const app = medianOf(figures.appLoads, (t) => t.firstPairMs);
  const reference = medianOf(figures.staticLoads, (t) => t.firstPairMs);
  const r = ratio(app, reference);
  return [
    {
      label: `first pair painted within ${firstPairGoal}× the static page`,
      met: r === null ? null : r <= firstPairGoal,
      detail: r === null ? 'no app figure to compare' : `${r.toFixed(2)}× (${ms(app)} vs ${ms(reference)})`,
    },
  ];
}

function missingMarkNote(mark: string, values: Array<number | null>): string | undefined {
  const found = present(values).length;
  if (found === values.length) return undefined;
  return found === 0
    ? `the reading view never set ${mark} (waited ${markTimeoutMs / 1000} s on the first load)`
    : `${mark} was missing in ${values.length - found} of ${values.length} loads; the median uses the rest`;
}

/** Where the app's first-pair time goes, from the load whose first pair is the median's neighbour. */
function loadBreakdown(appLoads: LoadTimings[]): string[] {
  const target = medianOf(appLoads, (t) => t.firstPairMs);
  if (target === null) return [];
  const typical = [...appLoads]
    .filter((t) => t.firstPairMs !== null)
    .sort((a, b) => Math.abs(a.firstPairMs! - target) - Math.abs(b.firstPairMs! - target))[0]!;
  const requests = typical.apiRequests
    .map((r) => `${r.method} ${ms(r.startMs)}→${ms(r.responseEndMs)} (${mb(r.bodyBytes)})`)
    .join(', ');
  const notes = [
    `a typical app load (first pair ${ms(typical.firstPairMs)}), from navigation start: bundle ran by ` +
      `DOMContentLoaded ${ms(typical.domContentLoadedMs)}, first contentful paint ${ms(typical.firstContentfulPaintMs)}; ` +
      `contract calls: ${requests || 'none recorded'}`,
  ];
  const before = typical.longFrames.filter((f) => f.startMs < typical.firstPairMs!);
  if (before.length > 0) {
    const total = before.reduce((sum, f) => sum + f.durationMs, 0);
    const longest = [...before].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3);
    notes.push(
      `before the first pair: ${before.length} long frames, ${ms(total)} in all; longest ` +
        longest
          .map(
            (f) =>
              `${ms(f.durationMs)} at ${ms(f.startMs)} (style+layout ${ms(f.styleAndLayoutMs)}; ` +
              `${f.scripts.map((s) => `${s.name} ${ms(s.durationMs)}`).join(', ') || 'no script'})`,
          )
          .join('; '),
    );
  }
  return notes;
}

function describeScroll(who: string, label: string, scroll: ScrollResult): string {
  const parts = [
    `${label}, ${who}: ${scroll.steps} wheel steps of ${scroll.stepPx} px on ${scroll.scroller}`,
    `scroll range ${scroll.initialRangePx}→${scroll.finalRangePx} px`,
    scroll.reachedBottom ? 'reached the bottom' : 'stopped before the bottom',
    `${scroll.frames} frames in ${(scroll.durationMs / 1000).toFixed(1)} s (median ${ms(scroll.medianFrameMs)})`,
  ];
  if (scroll.blankSteps > 0) {
    parts.push(
      `${scroll.blankSteps} steps left the view blank two frames on, the longest for ${scroll.maxFramesToText} frames` +
        (scroll.neverText > 0 ? `, ${scroll.neverText} still blank after 12` : ''),
    );
  }
  const loaf = scroll.longAnimationFrames;
  if (loaf.count > 0) {
    const scripts = loaf.topScripts.map((t) => `${t.name} ${ms(t.ms)}`).join(', ');
    parts.push(
      `${loaf.count} long animation frames (${ms(loaf.totalMs)}): style+layout+paint ${ms(loaf.styleAndLayoutMs)}, ` +
        `scripts ${ms(loaf.scriptMs)}${scripts ? ` (${scripts})` : ''}`,
    );
  }
  // Rows sized by an estimate until rendered make the page grow under the reader: the
  // scrollbar's thumb shrinks and jumps, and a position saved as a fraction would drift.
  if (scroll.finalRangePx > scroll.initialRangePx * 1.1) {
    parts.push(`the page grew ${(scroll.finalRangePx / scroll.initialRangePx).toFixed(2)}× while scrolling`);
  }
  return parts.join(', ');
}

export function readingNotes(figures: ReadingFigures, pageErrors: string[]): string[] {
  const { appLoads, staticLoads } = figures;
  const notes: string[] = [];
  if (figures.appMissing) notes.push(figures.appMissing);
  for (const note of [
    missingMarkNote(
      appMarks.firstRowPainted,
      appLoads.map((t) => t.firstPairMs),
    ),
    missingMarkNote(
      appMarks.rowsLaidOut,
      appLoads.map((t) => t.rowsLaidOutMs),
    ),
  ]) {
    if (note && !figures.appMissing) notes.push(note);
  }
  notes.push(...loadBreakdown(appLoads));
  const app = appLoads.at(-1);
  const reference = staticLoads.at(-1);
  if (app && reference) {
    notes.push(
      `after load: app ${app.textElements} lang="ar"/"en" elements, ${app.domElements} elements, JS heap ${mb(app.jsHeapBytes)}; ` +
        `static ${reference.textElements}, ${reference.domElements}, ${mb(reference.jsHeapBytes)}`,
    );
    if (app.contentVisibilityAuto > 0) {
      notes.push(
        `${app.contentVisibilityAuto} app elements have content-visibility: auto, so off-screen rows are laid out at ` +
          'their placeholder size: the app\'s "all rows laid out" skips work the static page does, and that work ' +
          'is paid while scrolling instead',
      );
    }
  }
  for (const { label, app: appScroll, reference: staticScroll } of figures.scrolls) {
    notes.push(appScroll ? describeScroll('app', label, appScroll) : `${label}, app: nothing to scroll`);
    notes.push(describeScroll('static', label, staticScroll));
  }
  if (pageErrors.length > 0) notes.push(`console errors in the app: ${pageErrors.slice(0, 5).join(' | ')}`);
  return notes;
}
