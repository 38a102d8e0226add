import { type LengthModel, lengthCost } from './lengthModel';

/**
 * The cost of a bead joining Arabic segments [i0, i1) with English segments [j0, j1), as a
 * negative log-probability: lower is likelier. The DP only ever asks through this interface, so
 * paragraphs, sentences and the coarse levels of the search share one engine.
 */
export interface BeadScorer {
  readonly arCount: number;
  readonly enCount: number;
  cost(i0: number, i1: number, j0: number, j1: number): number;
}

/** The bead shapes searched, as [Arabic, English] segment counts. */
export const moves: ReadonlyArray<readonly [ar: number, en: number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];

/**
 * Prior probability of each bead shape, indexed [ar][en]. Gale & Church counted sentences of
 * parliamentary proceedings: 1-1 0.89, 1-0 or 0-1 together 0.0099, 2-1 or 1-2 together 0.089,
 * 2-2 0.011. Their rare omissions were also charged by length, which `createScorer` does not
 * do, and paragraphs of a translated article lose or gain whole paragraphs (a caption left
 * out, a translator's note) about a third as often as two are merged or one is split. With
 * their odds, leaving a short paragraph alone cost 2.3 nats more than joining it to its
 * neighbour's row, so lone paragraphs landed one row off; now it costs 1.1, which what the
 * paragraph says (see cues.ts) can outweigh. 2-2 rows, re-cut sentences in their data, are
 * rarer still between paragraphs: at 0.011 two neighbouring rows whose lengths disagreed were
 * joined into one, swallowing a lone paragraph beside them. 1-1 keeps its 0.89.
 */
const priors: number[][] = [
  [0, 0.015, 0],
  [0.015, 0.89, 0.039],
  [0, 0.039, 0.002],
];
const priorCost = priors.map((row) => row.map((p) => (p > 0 ? -Math.log(p) : Number.POSITIVE_INFINITY)));

export interface ScorerParts {
  /** arPrefix[k] = summed length of Arabic segments before k; length arCount + 1. */
  arPrefix: Float64Array;
  enPrefix: Float64Array;
  model: LengthModel;
  /**
   * Bonus (in nats) from cues that survive translation, negative when a row's sides disagree;
   * none at the coarse levels.
   */
  cueBonus?: (i0: number, i1: number, j0: number, j1: number) => number;
}

export function createScorer({ arPrefix, enPrefix, model, cueBonus }: ScorerParts): BeadScorer {
  return {
    arCount: arPrefix.length - 1,
    enCount: enPrefix.length - 1,
    cost(i0, i1, j0, j1) {
      const prior = priorCost[i1 - i0]![j1 - j0]!;
      // A paragraph left without translation costs the same whatever its length: charging
      // it by length, as Gale & Church do, makes long omissions look like merges instead.
      if (i1 === i0 || j1 === j0) return prior;
      const length = lengthCost(arPrefix[i1]! - arPrefix[i0]!, enPrefix[j1]! - enPrefix[j0]!, model);
      return prior + length - (cueBonus ? cueBonus(i0, i1, j0, j1) : 0);
    },
  };
}

/** Running totals of segment lengths, so any run of segments has its length in O(1). */
export function prefixSums(lengths: ArrayLike<number>): Float64Array {
  const prefix = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) prefix[k + 1] = prefix[k]! + lengths[k]!;
  return prefix;
}

/**
 * The same text seen in segments twice as long (pairs of neighbours), for the coarse level of
 * the search: boundary k of the coarse side is boundary 2k of the fine one.
 */
export function halvePrefix(prefix: Float64Array): Float64Array {
  const fineCount = prefix.length - 1;
  const coarseCount = Math.ceil(fineCount / 2);
  const coarse = new Float64Array(coarseCount + 1);
  for (let k = 0; k <= coarseCount; k++) coarse[k] = prefix[Math.min(2 * k, fineCount)]!;
  return coarse;
}
