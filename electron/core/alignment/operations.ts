import type { AlignmentCorrection, Bead, Lang, Segment } from '../../contract';
import { alignmentLength } from '../align/measure';
import { MuwaziError } from '../errors';

/** Rows `start` to `start + removed` give way to `beads`: what one correction does to the rows. */
export interface Replacement {
  start: number;
  removed: number;
  beads: Bead[];
}

type Paragraphs = Record<Lang, readonly Segment[]>;

const languageName: Record<Lang, string> = { ar: 'Arabic', en: 'English' };
const otherSide = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

function invalid(message: string): MuwaziError {
  return new MuwaziError('invalid-input', message);
}

/** A row from one side's paragraphs and the other side's. */
function beadOf(lang: Lang, own: number[], other: number[]): Bead {
  return lang === 'ar' ? { ar: own, en: other } : { ar: other, en: own };
}

const isEmptyBead = (bead: Bead) => bead.ar.length + bead.en.length === 0;

/** Where a paragraph stands: its row, its place among its side of the row, and both sides. */
interface Located {
  row: number;
  at: number;
  /** The row's paragraphs in the paragraph's language, and in the other one. */
  own: number[];
  theirs: number[];
}

function locate(alignment: readonly Bead[], paragraphs: Paragraphs, lang: Lang, paragraph: number): Located {
  const count = paragraphs[lang].length;
  if (paragraph >= count) {
    throw invalid(`There is no ${languageName[lang]} paragraph ${paragraph}; the article has ${count}.`);
  }
  for (let row = 0; row < alignment.length; row++) {
    const bead = alignment[row]!;
    const at = bead[lang].indexOf(paragraph);
    if (at !== -1) return { row, at, own: bead[lang], theirs: bead[otherSide(lang)] };
  }
  throw invalid(`${languageName[lang]} paragraph ${paragraph} is in no row.`);
}

/** Lengths as the aligner counts them, so a cut agrees with how the rows were judged. */
function lengthsOf(paragraphs: Paragraphs, lang: Lang, indices: readonly number[]): number[] {
  return indices.map((k) => alignmentLength(paragraphs[lang][k]!.text));
}

/** Share of the total held by the first `count` items (by count when nothing has length). */
function shareBefore(lengths: readonly number[], count: number): number {
  const total = lengths.reduce((sum, value) => sum + value, 0);
  if (total === 0) return lengths.length === 0 ? 0 : count / lengths.length;
  return lengths.slice(0, count).reduce((sum, value) => sum + value, 0) / total;
}

/**
 * Where to cut the other side of a row so that its first part holds the same share of its length
 * as the first part of this side does: a translation keeps roughly to its source's proportions.
 * Only cuts `allowed` are weighed; on a tie the first part keeps more. Null when none is allowed.
 */
function bestCut(
  lengths: readonly number[],
  share: number,
  allowed: (cut: number) => boolean,
): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let cut = 0; cut <= lengths.length; cut++) {
    if (!allowed(cut)) continue;
    const distance = Math.abs(shareBefore(lengths, cut) - share);
    if (distance <= bestDistance + 1e-12) {
      best = cut;
      bestDistance = Math.min(distance, bestDistance);
    }
  }
  return best;
}

function checkRow(alignment: readonly Bead[], row: number): void {
  if (row >= alignment.length) {
    throw invalid(`There is no row ${row}; the article has ${alignment.length} rows (counted from 0).`);
  }
}

function merge(alignment: readonly Bead[], row: number): Replacement {
  checkRow(alignment, row);
  if (row === alignment.length - 1) throw invalid('The last row has no row after it to merge with.');
  const first = alignment[row]!;
  const second = alignment[row + 1]!;
  return {
    start: row,
    removed: 2,
    beads: [{ ar: [...first.ar, ...second.ar], en: [...first.en, ...second.en] }],
  };
}

function split(
  alignment: readonly Bead[],
  paragraphs: Paragraphs,
  lang: Lang,
  paragraph: number,
): Replacement {
  const { row, at, own, theirs } = locate(alignment, paragraphs, lang, paragraph);
  const other = otherSide(lang);
  const share = shareBefore(lengthsOf(paragraphs, lang, own), at);
  // The second part always holds the paragraph; the first must hold something on some side.
  const cut = bestCut(lengthsOf(paragraphs, other, theirs), share, (c) => at > 0 || c > 0);
  if (cut === null) {
    throw invalid(
      `${languageName[lang]} paragraph ${paragraph} opens a row with nothing beside it: there is nothing to split off.`,
    );
  }
  return {
    start: row,
    removed: 1,
    beads: [
      beadOf(lang, own.slice(0, at), theirs.slice(0, cut)),
      beadOf(lang, own.slice(at), theirs.slice(cut)),
    ],
  };
}

function unlink(
  alignment: readonly Bead[],
  paragraphs: Paragraphs,
  lang: Lang,
  paragraph: number,
): Replacement {
  const { row, at, own, theirs } = locate(alignment, paragraphs, lang, paragraph);
  const other = otherSide(lang);
  const alone = beadOf(lang, [paragraph], []);
  let beads: Bead[];
  if (own.length === 1) {
    if (theirs.length === 0)
      throw invalid(`${languageName[lang]} paragraph ${paragraph} already stands alone.`);
    // The row parts in two; the Arabic one comes first, as the reader reads the Arabic first.
    const rest = beadOf(lang, [], theirs);
    beads = lang === 'ar' ? [alone, rest] : [rest, alone];
  } else if (at === 0) {
    beads = [alone, beadOf(lang, own.slice(1), theirs)];
  } else if (at === own.length - 1) {
    beads = [beadOf(lang, own.slice(0, -1), theirs), alone];
  } else {
    // Out of the middle: the paragraphs before it and after it each keep their share of the other side.
    const lengths = lengthsOf(paragraphs, lang, own);
    const share = shareBefore([...lengths.slice(0, at), ...lengths.slice(at + 1)], at);
    const cut = bestCut(lengthsOf(paragraphs, other, theirs), share, () => true)!;
    beads = [
      beadOf(lang, own.slice(0, at), theirs.slice(0, cut)),
      alone,
      beadOf(lang, own.slice(at + 1), theirs.slice(cut)),
    ];
  }
  return { start: row, removed: 1, beads };
}

function link(
  alignment: readonly Bead[],
  paragraphs: Paragraphs,
  lang: Lang,
  paragraph: number,
  to: 'previous' | 'next',
): Replacement {
  const { row, at, own, theirs } = locate(alignment, paragraphs, lang, paragraph);
  const other = otherSide(lang);
  const name = languageName[lang];
  if (to === 'previous') {
    if (at !== 0) throw invalid(`Only the first ${name} paragraph of a row can move to the row before.`);
    if (row === 0) throw invalid('The first row has no row before it.');
    const previous = alignment[row - 1]!;
    const joined = beadOf(lang, [...previous[lang], paragraph], previous[other]);
    const left = beadOf(lang, own.slice(1), theirs);
    return { start: row - 1, removed: 2, beads: isEmptyBead(left) ? [joined] : [joined, left] };
  }
  if (at !== own.length - 1)
    throw invalid(`Only the last ${name} paragraph of a row can move to the row after.`);
  if (row === alignment.length - 1) throw invalid('The last row has no row after it.');
  const next = alignment[row + 1]!;
  const left = beadOf(lang, own.slice(0, -1), theirs);
  const joined = beadOf(lang, [paragraph, ...next[lang]], next[other]);
  return { start: row, removed: 2, beads: isEmptyBead(left) ? [joined] : [left, joined] };
}

/**
 * What a reader's correction does to the current rows, or a plain refusal (`invalid-input`) when
 * it cannot apply: a row or paragraph that is not there, a merge past the last row, a move of a
 * paragraph that does not open (or close) its row, a split that would leave a row empty.
 */
export function replacementFor(
  alignment: readonly Bead[],
  paragraphs: Paragraphs,
  correction: AlignmentCorrection,
): Replacement {
  switch (correction.type) {
    case 'merge':
      return merge(alignment, correction.row);
    case 'split':
      return split(alignment, paragraphs, correction.lang, correction.paragraph);
    case 'unlink':
      return unlink(alignment, paragraphs, correction.lang, correction.paragraph);
    case 'link':
      return link(alignment, paragraphs, correction.lang, correction.paragraph, correction.to);
  }
}

/** The rows once a replacement is made. */
export function replaced(alignment: readonly Bead[], { start, removed, beads }: Replacement): Bead[] {
  return [...alignment.slice(0, start), ...beads, ...alignment.slice(start + removed)];
}
