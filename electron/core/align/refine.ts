import { type Band, bandAroundPath, isFullBand, rowsAtEdge, type Span } from './band';
import type { BeadScorer } from './scorer';
import { bestPath } from './viterbi';

export interface Refined {
  spans: Span[];
  /** A band holding the final path, with the radii it needed: for computing confidences. */
  band: Band;
  /** Cells evaluated, retries included. */
  cells: number;
}

/** Each retry doubles the radius around the contact; past this many the band spans any text. */
const maximumRetries = 16;

/** The grid between two points of a path, seen as a grid of its own. */
function subScorer(scorer: BeadScorer, from: Span, to: Span): BeadScorer {
  const i = from.i0;
  const j = from.j0;
  return {
    arCount: to.i0 - i,
    enCount: to.j0 - j,
    cost: (i0, i1, j0, j1) => scorer.cost(i0 + i, i1 + i, j0 + j, j1 + j),
  };
}

/** Index of the last span starting at or before `row` (spans are in path order). */
function spanStartingBy(spans: readonly Span[], row: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle]!.i0 <= row) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Rows around each contact, merged where they overlap: the stretches to search again. */
function windowsAround(contacts: number[], radii: Int32Array, rows: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const row of [...contacts].sort((a, b) => a - b)) {
    const reach = 8 * radii[row]!;
    const from = Math.max(0, row - reach);
    const to = Math.min(rows, row + reach);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Boundary points of spans [first, last) as keys, to tell where a repaired path agrees with the old one. */
function pointKeys(spans: readonly Span[], first: number, last: number): Set<string> {
  const keys = new Set<string>();
  for (let k = first; k < last; k++) keys.add(`${spans[k]!.i0},${spans[k]!.j0}`);
  return keys;
}

/** Index of the first span after `first` that starts at or after `row`, or −1. */
function spanStartingFrom(spans: readonly Span[], first: number, row: number): number {
  for (let k = first + 1; k < spans.length; k++) if (spans[k]!.i0 >= row) return k;
  return -1;
}

interface Repair {
  cells: number;
  contacts: number[];
}

/**
 * Searches rows [from, to] again between two points of the current path, with the band's
 * radius doubled there. The two points are only trustworthy if the repaired path runs into
 * them the way the old path did; a repaired path that has to bend to meet one shows the old
 * path was wrong there too, so the stretch doubles on that side and the search runs again.
 * The repaired stretch is spliced into `spans` in place.
 */
function repairStretch(
  scorer: BeadScorer,
  spans: Span[],
  radii: Int32Array,
  window: [number, number],
): Repair {
  const { arCount: rows, enCount: cols } = scorer;
  let [from, to] = window;
  let cells = 0;
  for (;;) {
    const first = spanStartingBy(spans, from);
    const after = spanStartingFrom(spans, first, to);
    const last = after === -1 ? spans.length : after;
    const start = spans[first]!;
    const end: Span = after === -1 ? { i0: rows, i1: rows, j0: cols, j1: cols } : spans[after]!;
    const local = subScorer(scorer, start, end);
    const shifted = spans
      .slice(first, last)
      .map((s) => ({ i0: s.i0 - start.i0, i1: s.i1 - start.i0, j0: s.j0 - start.j0, j1: s.j1 - start.j0 }));
    const localRadii = radii.slice(start.i0, end.i0 + 1);
    for (let i = from - start.i0; i <= to - start.i0; i++) localRadii[i] = 2 * localRadii[i]!;
    const localBand = bandAroundPath(shifted, local.arCount, local.enCount, localRadii);
    const found = bestPath(local, localBand).spans;
    cells += localBand.cells;
    const repaired = found.map((s) => ({
      i0: s.i0 + start.i0,
      i1: s.i1 + start.i0,
      j0: s.j0 + start.j0,
      j1: s.j1 + start.j0,
    }));
    // Agreement near each end: every point of the repaired path within `margin` rows of the
    // anchor is a point of the old path.
    const margin = 2 * radii[from]!;
    const old = pointKeys(spans, first, last);
    const agrees = (near: (row: number) => boolean) =>
      repaired.every((s) => !near(s.i0) || old.has(`${s.i0},${s.j0}`));
    const startHolds = start.i0 === 0 || agrees((row) => row <= start.i0 + margin);
    const endHolds = end.i0 === rows || agrees((row) => row >= end.i0 - margin);
    if ((startHolds && endHolds) || isFullBand(localBand)) {
      for (let i = from; i <= to; i++) radii[i] = localRadii[i - start.i0]!;
      const contacts = isFullBand(localBand) ? [] : rowsAtEdge(localBand, found).map((row) => row + start.i0);
      spans.splice(first, last - first, ...repaired);
      return { cells, contacts };
    }
    const length = to - from + 1;
    if (!startHolds) from = Math.max(0, from - length);
    if (!endHolds) to = Math.min(rows, to + length);
  }
}

/**
 * Best path in a band around a guide. Where the path presses against the band's border a
 * better one may lie outside, so only a stretch of rows around the contact is searched again,
 * wider, between two points of the path that the repair confirms; repeat until the path runs
 * free. One hard passage then costs extra work near it, not a second search of the document.
 * Each repair sees only its own stretch, so once they are done the band they leave behind is
 * searched once more as a whole: a better path may cross from one widened stretch into the
 * next, or leave the old one far from any border (a run of untranslated paragraphs moves the
 * path a long way over a few rows), and only a search of the whole band finds it.
 */
export function refineInBand(scorer: BeadScorer, guide: readonly Span[], radius: number): Refined {
  const { arCount: rows, enCount: cols } = scorer;
  const radii = new Int32Array(rows + 1).fill(radius);
  let band = bandAroundPath(guide, rows, cols, radii);
  let spans = bestPath(scorer, band).spans;
  let cells = band.cells;
  let contacts = isFullBand(band) ? [] : rowsAtEdge(band, spans);
  let repaired = false;
  for (let retry = 0; retry < maximumRetries; retry++) {
    if (contacts.length > 0) {
      const next: number[] = [];
      // From the last stretch to the first, so splicing one leaves the indices of the rest valid.
      for (const window of windowsAround(contacts, radii, rows).reverse()) {
        const repair = repairStretch(scorer, spans, radii, window);
        cells += repair.cells;
        next.push(...repair.contacts);
      }
      contacts = next;
      repaired = true;
      continue;
    }
    if (!repaired) break;
    band = bandAroundPath(spans, rows, cols, radii);
    spans = bestPath(scorer, band).spans;
    cells += band.cells;
    contacts = isFullBand(band) ? [] : rowsAtEdge(band, spans);
    repaired = false;
  }
  return { spans, band: bandAroundPath(spans, rows, cols, radii), cells };
}
