import type { Bead, Lang } from '../../contract';
import type { StoredBead, StoredSide } from './correctionModel';
import type { ArticleFingerprints } from './fingerprint';

/** Paragraphs `start` to `end` (exclusive) of one side; `start === end` is a place between two. */
export interface Span {
  start: number;
  end: number;
}

/** A stored row found in the current text: a span on each side. */
export type PlacedBead = Record<Lang, Span>;

const sides: readonly Lang[] = ['ar', 'en'];

/**
 * A row as it is stored. `before` counts the paragraphs of each side in the rows above it: where
 * an empty side sits, and so which paragraph it is stored after.
 */
export function describeBead(
  bead: Bead,
  before: Record<Lang, number>,
  fingerprints: ArticleFingerprints,
): StoredBead {
  const side = (lang: Lang): StoredSide => {
    const indices = bead[lang];
    if (indices.length > 0) {
      return { paragraphs: indices.map((k) => fingerprints[lang][k]!), hint: indices[0]! };
    }
    const place = before[lang];
    return { after: place === 0 ? null : fingerprints[lang][place - 1]!, hint: place };
  };
  return { ar: side('ar'), en: side('en') };
}

/** Rows as stored, for beads that follow one another, the first with `before` paragraphs above it. */
export function describeBeads(
  beads: readonly Bead[],
  before: Record<Lang, number>,
  fingerprints: ArticleFingerprints,
): StoredBead[] {
  const place = { ...before };
  return beads.map((bead) => {
    const stored = describeBead(bead, place, fingerprints);
    for (const lang of sides) place[lang] += bead[lang].length;
    return stored;
  });
}

/** Where each paragraph fingerprint occurs on one side of the current text. */
export class FingerprintIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(private readonly fingerprints: readonly string[]) {
    fingerprints.forEach((fingerprint, k) => {
      const list = this.positions.get(fingerprint);
      if (list) list.push(k);
      else this.positions.set(fingerprint, [k]);
    });
  }

  /**
   * Where a run of consecutive paragraphs starts now, or null when it is not there whole. Text
   * can repeat (a refrain, a recurring caption): the run nearest to where it stood wins, the
   * earlier one on a tie.
   */
  findRun(run: readonly string[], hint: number): number | null {
    let best: number | null = null;
    for (const start of this.positions.get(run[0]!) ?? []) {
      if (!run.every((fingerprint, k) => this.fingerprints[start + k] === fingerprint)) continue;
      if (best === null || Math.abs(start - hint) < Math.abs(best - hint)) best = start;
    }
    return best;
  }
}

export type ArticleIndex = Record<Lang, FingerprintIndex>;

export function indexFingerprints(fingerprints: ArticleFingerprints): ArticleIndex {
  return { ar: new FingerprintIndex(fingerprints.ar), en: new FingerprintIndex(fingerprints.en) };
}

function placeSide(side: StoredSide, index: FingerprintIndex): Span | null {
  if ('paragraphs' in side) {
    const start = index.findRun(side.paragraphs, side.hint);
    return start === null ? null : { start, end: start + side.paragraphs.length };
  }
  if (side.after === null) return { start: 0, end: 0 };
  const previous = index.findRun([side.after], side.hint - 1);
  return previous === null ? null : { start: previous + 1, end: previous + 1 };
}

/** A stored row in the current text, or null when one of its paragraphs is gone or changed. */
export function placeBead(bead: StoredBead, index: ArticleIndex): PlacedBead | null {
  const ar = placeSide(bead.ar, index.ar);
  const en = placeSide(bead.en, index.en);
  return ar && en ? { ar, en } : null;
}

/** Whether row `a` can stand before row `b`: every paragraph of `a` before every one of `b`, on both sides. */
export function comesBefore(a: PlacedBead, b: PlacedBead): boolean {
  return a.ar.end <= b.ar.start && a.en.end <= b.en.start;
}
