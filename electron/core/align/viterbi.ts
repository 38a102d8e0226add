import { type Band, cellIndex, type Span } from './band';
import { type BeadScorer, moves } from './scorer';

export interface BestPath {
  spans: Span[];
  cost: number;
}

/**
 * The cheapest sequence of beads from (0, 0) to (rows, cols) inside the band (Viterbi).
 * Memory is one float and one byte per band cell; nothing outside the band is allocated.
 */
export function bestPath(scorer: BeadScorer, band: Band): BestPath {
  const { rows, cols, lo, hi, offset } = band;
  const cost = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  const back = new Uint8Array(band.cells);
  cost[0] = 0;
  for (let i = 0; i <= rows; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestMove = 0;
      for (let k = 0; k < moves.length; k++) {
        const [a, b] = moves[k]!;
        const from = cellIndex(band, i - a, j - b);
        if (from < 0) continue;
        const before = cost[from]!;
        if (before === Number.POSITIVE_INFINITY) continue;
        const total = before + scorer.cost(i - a, i, j - b, j);
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      const here = offset[i]! + j - rowLo;
      cost[here] = best;
      back[here] = bestMove;
    }
  }
  const spans: Span[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 || j > 0) {
    const [a, b] = moves[back[cellIndex(band, i, j)]!]!;
    spans.push({ i0: i - a, i1: i, j0: j - b, j1: j });
    i -= a;
    j -= b;
  }
  spans.reverse();
  return { spans, cost: cost[band.cells - 1]! };
}
