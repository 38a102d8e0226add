import type { Bead } from '../../contract';
import { spanPosteriors } from './posterior';
import { createCueScorer, extractDocumentCues } from './cues';
import { type LengthModel, initialModel, refitModel } from './lengthModel';
import { alignmentLength } from './measure';
import { prefixSums, type ScorerParts } from './scorer';
import { type SearchResult, searchAlignment, searchAround } from './search';
import type { Span } from './band';

export interface AlignOptions {
  /**
   * Length model parts known beforehand (say, the document's variance when aligning the
   * sentences of one row); whatever is left out is estimated from the text itself.
   */
  model?: Partial<LengthModel>;
  /** Use numbers, Latin words and punctuation besides length (default true). */
  cues?: boolean;
  /** Compute a confidence per bead (default true); it costs a second and third pass over the band. */
  confidence?: boolean;
}

export interface SegmentAlignment {
  beads: Bead[];
  /** Per bead, 0–1: the probability that this bead is right given the model (empty if not asked). */
  confidence: number[];
  /** The length model the final alignment used. */
  model: LengthModel;
  /** DP cells evaluated, the measure of work that should grow linearly with the text. */
  cells: number;
}

/** A refit is worth a second search only if it moved the model noticeably. */
function changedEnough(before: LengthModel, after: LengthModel): boolean {
  return (
    Math.abs(after.ratio / before.ratio - 1) > 0.02 ||
    Math.abs(Math.log(after.variance / before.variance)) > 0.2
  );
}

function range(start: number, end: number): number[] {
  const indices: number[] = [];
  for (let k = start; k < end; k++) indices.push(k);
  return indices;
}

function toBead({ i0, i1, j0, j1 }: Span): Bead {
  return { ar: range(i0, i1), en: range(j0, j1) };
}

/** With one side empty there is nothing to choose: every segment stands alone. */
function aloneAlignment(arCount: number, enCount: number, model: LengthModel): SegmentAlignment {
  const beads: Bead[] = [
    ...range(0, arCount).map((k) => ({ ar: [k], en: [] })),
    ...range(0, enCount).map((k) => ({ ar: [], en: [k] })),
  ];
  return { beads, confidence: beads.map(() => 1), model, cells: 0 };
}

/**
 * The engine behind paragraph and sentence alignment: Gale & Church's length-based dynamic
 * programme with the length ratio and its variance estimated from the document (first with
 * totals, then refitted on the one-to-one rows the first pass found), cues that survive
 * translation, and a banded coarse-to-fine search so long documents cost linear time.
 */
export function alignSegments(
  ar: readonly string[],
  en: readonly string[],
  options: AlignOptions = {},
): SegmentAlignment {
  const arPrefix = prefixSums(ar.map(alignmentLength));
  const enPrefix = prefixSums(en.map(alignmentLength));
  const estimated = initialModel(arPrefix[ar.length]!, enPrefix[en.length]!);
  const fixed = options.model ?? {};
  let model: LengthModel = { ...estimated, ...fixed };
  if (ar.length === 0 || en.length === 0) return aloneAlignment(ar.length, en.length, model);

  const cueBonus =
    options.cues === false ? undefined : createCueScorer(extractDocumentCues([...ar], [...en]));
  const partsFor = (m: LengthModel): ScorerParts => ({ arPrefix, enPrefix, model: m, cueBonus });

  let result: SearchResult = searchAlignment(partsFor(model));
  let cells = result.cells;
  if (fixed.ratio === undefined || fixed.variance === undefined) {
    const oneToOne = result.spans
      .filter((s) => s.i1 - s.i0 === 1 && s.j1 - s.j0 === 1)
      .map((s) => [arPrefix[s.i1]! - arPrefix[s.i0]!, enPrefix[s.j1]! - enPrefix[s.j0]!] as const);
    const refitted = refitModel(oneToOne, fixed.ratio);
    if (refitted) {
      const next = { ...refitted, ...fixed };
      if (changedEnough(model, next)) {
        model = next;
        result = searchAround(partsFor(model), result.spans);
        cells += result.cells;
      }
    }
  }
  const confidence =
    options.confidence === false ? [] : spanPosteriors(result.scorer, result.band, result.spans);
  if (options.confidence !== false) cells += 2 * result.band.cells;
  return { beads: result.spans.map(toBead), confidence, model, cells };
}
