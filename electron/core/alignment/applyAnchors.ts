import type { Bead, Lang } from '../../contract';
import type { PlacedBead } from './constraints';

/** The rows of an article as the window shows them. */
export interface Rows {
  alignment: Bead[];
  /** Per row, when the base alignment had confidences (the reader's own rows count as sure). */
  confidence?: number[];
  /** Rows set by the reader, in order. */
  corrected: number[];
}

/** Rows for a stretch of paragraphs, from the aligner, with its confidence in each. */
export type RegionAligner = (region: PlacedBead) => { beads: Bead[]; confidence: number[] };

export interface BaseRows {
  alignment: readonly Bead[];
  confidence?: readonly number[] | undefined;
}

/** Paragraphs of each side before each row boundary: `cut[k]` is the count before row k. */
function boundaries(alignment: readonly Bead[]): Record<Lang, Int32Array> {
  const ar = new Int32Array(alignment.length + 1);
  const en = new Int32Array(alignment.length + 1);
  alignment.forEach((bead, k) => {
    ar[k + 1] = ar[k]! + bead.ar.length;
    en[k + 1] = en[k]! + bead.en.length;
  });
  return { ar, en };
}

/** The first k in [low, high) where `test` holds, for a test that holds from some k on (else high). */
function firstWhere(low: number, high: number, test: (k: number) => boolean): number {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const isEmpty = (region: PlacedBead) =>
  region.ar.start === region.ar.end && region.en.start === region.en.end;

/**
 * The article's rows with the reader's fixed rows (`anchors`, in order) in place. Between two
 * anchors the base rows that fall wholly inside the gap stay as they were; the few paragraphs at
 * a gap's edges whose base row reached across an anchor are aligned again on their own (by
 * `realign`, with the document's length model), or, for files that carry their own pairing and
 * have no model, keep what is left of their rows. Every paragraph ends up in exactly one row, in
 * order, as long as the anchors are ordered and do not overlap.
 */
export function applyAnchors(
  base: BaseRows,
  counts: Record<Lang, number>,
  anchors: readonly PlacedBead[],
  realign?: RegionAligner,
): Rows {
  const rows = base.alignment.length;
  const cut = boundaries(base.alignment);
  const withConfidence = base.confidence !== undefined;
  const alignment: Bead[] = [];
  const confidence: number[] = [];
  const corrected: number[] = [];

  const push = (bead: Bead, sure: number | undefined) => {
    alignment.push(bead);
    if (withConfidence) confidence.push(sure ?? 0);
  };

  // What is left of each base row inside the region: used when there is no aligner to ask.
  const clip = (region: PlacedBead) => {
    const first = firstWhere(
      0,
      rows,
      (k) => cut.ar[k + 1]! > region.ar.start || cut.en[k + 1]! > region.en.start,
    );
    for (let k = first; k < rows && (cut.ar[k]! < region.ar.end || cut.en[k]! < region.en.end); k++) {
      const bead = base.alignment[k]!;
      const inside = (lang: Lang) =>
        bead[lang].filter((i) => i >= region[lang].start && i < region[lang].end);
      const clipped = { ar: inside('ar'), en: inside('en') };
      if (clipped.ar.length + clipped.en.length > 0) push(clipped, base.confidence?.[k]);
    }
  };

  const fillRegion = (region: PlacedBead) => {
    if (isEmpty(region)) return;
    if (!realign) {
      clip(region);
      return;
    }
    const { beads, confidence: sure } = realign(region);
    for (const [k, bead] of beads.entries()) push(bead, sure[k]);
  };

  const fillGap = (gap: PlacedBead) => {
    if (isEmpty(gap)) return;
    // The base rows between the first boundary at or after the gap's start and the last one at
    // or before its end lie wholly inside it.
    const from = firstWhere(0, rows + 1, (k) => cut.ar[k]! >= gap.ar.start && cut.en[k]! >= gap.en.start);
    const to = firstWhere(0, rows + 1, (k) => cut.ar[k]! > gap.ar.end || cut.en[k]! > gap.en.end) - 1;
    if (from > to) {
      fillRegion(gap);
      return;
    }
    fillRegion({
      ar: { start: gap.ar.start, end: cut.ar[from]! },
      en: { start: gap.en.start, end: cut.en[from]! },
    });
    for (let k = from; k < to; k++) push(base.alignment[k]!, base.confidence?.[k]);
    fillRegion({ ar: { start: cut.ar[to]!, end: gap.ar.end }, en: { start: cut.en[to]!, end: gap.en.end } });
  };

  let ar = 0;
  let en = 0;
  for (const anchor of anchors) {
    fillGap({ ar: { start: ar, end: anchor.ar.start }, en: { start: en, end: anchor.en.start } });
    corrected.push(alignment.length);
    push(
      {
        ar: Array.from({ length: anchor.ar.end - anchor.ar.start }, (_, k) => anchor.ar.start + k),
        en: Array.from({ length: anchor.en.end - anchor.en.start }, (_, k) => anchor.en.start + k),
      },
      1,
    );
    ar = anchor.ar.end;
    en = anchor.en.end;
  }
  fillGap({ ar: { start: ar, end: counts.ar }, en: { start: en, end: counts.en } });
  return withConfidence ? { alignment, confidence, corrected } : { alignment, corrected };
}

/** Whether every paragraph of each side is in exactly one row, in order, and no row is empty. */
export function isCompleteAlignment(alignment: readonly Bead[], counts: Record<Lang, number>): boolean {
  const next = { ar: 0, en: 0 };
  for (const bead of alignment) {
    if (bead.ar.length + bead.en.length === 0) return false;
    for (const lang of ['ar', 'en'] as const) {
      for (const index of bead[lang]) {
        if (index !== next[lang]) return false;
        next[lang]++;
      }
    }
  }
  return next.ar === counts.ar && next.en === counts.en;
}
