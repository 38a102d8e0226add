import { type Band, cellIndex, type Span } from './band';
import { type BeadScorer, moves } from './scorer';

/** −log(Σ exp(−v)) over the finite values, stable for large v. */
function softMin(values: number[], count: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let k = 0; k < count; k++) if (values[k]! < least) least = values[k]!;
  if (least === Number.POSITIVE_INFINITY) return least;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(least - values[k]!);
  return least - Math.log(sum);
}

/**
 * How sure the aligner is of each bead on the path: the probability, summed over every
 * alignment in the band weighted by exp(−cost), that this exact bead is one of its rows
 * (forward–backward). A bead whose neighbours could as well be cut another way scores low,
 * which is what a reader checking the alignment needs to see.
 */
export function spanPosteriors(scorer: BeadScorer, band: Band, spans: readonly Span[]): number[] {
  const { rows, cols, lo, hi } = band;
  const forward = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  const backward = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  const terms: number[] = new Array(moves.length).fill(0);
  forward[0] = 0;
  for (let i = 0; i <= rows; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let count = 0;
      for (const [a, b] of moves) {
        const from = cellIndex(band, i - a, j - b);
        if (from < 0 || forward[from] === Number.POSITIVE_INFINITY) continue;
        terms[count++] = forward[from]! + scorer.cost(i - a, i, j - b, j);
      }
      forward[cellIndex(band, i, j)] = softMin(terms, count);
    }
  }
  backward[band.cells - 1] = 0;
  for (let i = rows; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      if (i === rows && j === cols) continue;
      let count = 0;
      for (const [a, b] of moves) {
        const to = cellIndex(band, i + a, j + b);
        if (to < 0 || backward[to] === Number.POSITIVE_INFINITY) continue;
        terms[count++] = backward[to]! + scorer.cost(i, i + a, j, j + b);
      }
      backward[cellIndex(band, i, j)] = softMin(terms, count);
    }
  }
  const total = forward[band.cells - 1]!;
  return spans.map(({ i0, i1, j0, j1 }) => {
    const through =
      forward[cellIndex(band, i0, j0)]! + scorer.cost(i0, i1, j0, j1) + backward[cellIndex(band, i1, j1)]!;
    return Math.min(1, Math.max(0, Math.exp(total - through)));
  });
}
