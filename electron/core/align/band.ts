/**
 * The part of the DP grid that is searched: for each row i (Arabic boundary 0…n) a run of
 * columns lo[i]…hi[i] (English boundaries). Keeping the run narrow around a guide path is what
 * makes time and memory grow with the length of the text rather than with its square.
 */
export interface Band {
  rows: number;
  cols: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Where row i starts in flat per-cell arrays; offset[rows + 1] is the number of cells. */
  offset: Int32Array;
  cells: number;
}

/** A bead as a rectangle of the grid: Arabic segments [i0, i1), English segments [j0, j1). */
export interface Span {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

function finishBand(rows: number, cols: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[rows] = cols;
  for (let i = 1; i <= rows; i++) {
    // Neighbouring rows must share a column, or no path could cross from one to the next.
    if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  }
  const offset = new Int32Array(rows + 2);
  for (let i = 0; i <= rows; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  return { rows, cols, lo, hi, offset, cells: offset[rows + 1]! };
}

export function fullBand(rows: number, cols: number): Band {
  return finishBand(rows, cols, new Int32Array(rows + 1), new Int32Array(rows + 1).fill(cols));
}

/**
 * Every cell within `radius[i]` rows and columns of a monotone path from (0, 0) to
 * (rows, cols), the radius given per row so the band can be wide only where the text is hard.
 * Because the path only moves right and down, the smallest column it visits within rows
 * i−r…i+r is the one at row i−r, so the whole band is built in one linear pass.
 */
export function bandAroundPath(spans: readonly Span[], rows: number, cols: number, radius: Int32Array): Band {
  const pathLo = new Int32Array(rows + 1).fill(cols);
  const pathHi = new Int32Array(rows + 1);
  for (const { i0, i1, j0, j1 } of spans) {
    for (let i = i0; i <= i1; i++) {
      if (j0 < pathLo[i]!) pathLo[i] = j0;
      if (j1 > pathHi[i]!) pathHi[i] = j1;
    }
  }
  const lo = new Int32Array(rows + 1);
  const hi = new Int32Array(rows + 1);
  for (let i = 0; i <= rows; i++) {
    const r = radius[i]!;
    lo[i] = Math.max(0, pathLo[Math.max(0, i - r)]! - r);
    hi[i] = Math.min(cols, pathHi[Math.min(rows, i + r)]! + r);
  }
  return finishBand(rows, cols, lo, hi);
}

/** Index of cell (i, j) in flat per-cell arrays, or −1 outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.rows) return -1;
  const lo = band.lo[i]!;
  if (j < lo || j > band.hi[i]!) return -1;
  return band.offset[i]! + j - lo;
}

export function isFullBand(band: Band): boolean {
  return band.cells === (band.rows + 1) * (band.cols + 1);
}

/**
 * Rows where the path runs along the band's border while the grid itself goes on: a better
 * path may lie just outside there, so the band must widen around them and the search run again.
 */
export function rowsAtEdge(band: Band, spans: readonly Span[]): number[] {
  const blocked = (i: number, j: number) =>
    i >= 0 && i <= band.rows && j >= 0 && j <= band.cols && cellIndex(band, i, j) < 0;
  const rows: number[] = [];
  for (const { i0, j0 } of spans) {
    if (blocked(i0, j0 - 1) || blocked(i0, j0 + 1) || blocked(i0 - 1, j0) || blocked(i0 + 1, j0))
      rows.push(i0);
  }
  return rows;
}

/** A path found on segments twice as long, mapped onto the finer segments it stands for. */
export function projectSpans(coarse: readonly Span[], rows: number, cols: number): Span[] {
  return coarse.map(({ i0, i1, j0, j1 }) => ({
    i0: Math.min(2 * i0, rows),
    i1: Math.min(2 * i1, rows),
    j0: Math.min(2 * j0, cols),
    j1: Math.min(2 * j1, cols),
  }));
}
