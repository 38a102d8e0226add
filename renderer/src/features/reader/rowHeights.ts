import type { Article, Bead, Segment, Settings, TextStyle } from '../../../../electron/contract';

/** What a row's height depends on: the width of one column and each language's text style. */
export interface RowMetrics {
  columnPx: number;
  text: Settings['text'];
}

// Average advance of one character, in ems, spaces included, measured on the bundled faces
// (Noto Naskh Arabic, Source Serif 4) over news text.
const charEm = { ar: 0.39, en: 0.5 } as const;
const rootPx = 16;
// From reader.css: the row's block padding and border, the space between paragraphs in a cell,
// and the height of a gap mark.
const rowChromePx = 2 * 1.1 * rootPx + 1;
const paragraphGapEm = 0.75;
const gapMarkPx = 1.5 * rootPx;

function clamp(min: number, value: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The width of one column of text, following the layout rules of reader.css. */
export function columnWidth(viewportPx: number): number {
  const padding = clamp(rootPx, 0.04 * viewportPx, 3.5 * rootPx);
  const gutter = viewportPx <= 40 * rootPx ? rootPx : clamp(1.5 * rootPx, 0.04 * viewportPx, 4 * rootPx);
  const body = Math.min(viewportPx, 84 * rootPx) - 2 * padding;
  return Math.max(rootPx * 8, (body - gutter) / 2);
}

function cellHeight(indices: number[], segments: Segment[], style: TextStyle, em: number, columnPx: number) {
  if (indices.length === 0) return gapMarkPx;
  const lineHeight = style.fontSize * style.lineHeight;
  const charsPerLine = Math.max(1, columnPx / (em * style.fontSize));
  let height = (indices.length - 1) * paragraphGapEm * style.fontSize;
  for (const index of indices) {
    const length = segments[index]?.text.length ?? 0;
    height += Math.max(1, Math.ceil(length / charsPerLine)) * lineHeight;
  }
  return height;
}

/** A cheap estimate, from text length alone, of how tall a row will be laid out. */
export function estimateRowHeight(bead: Bead, article: Article, metrics: RowMetrics): number {
  const ar = cellHeight(bead.ar, article.ar, metrics.text.ar, charEm.ar, metrics.columnPx);
  const en = cellHeight(bead.en, article.en, metrics.text.en, charEm.en, metrics.columnPx);
  return rowChromePx + Math.max(ar, en);
}

/**
 * How many rows, counted from the first, it takes to reach row `from` and then fill `heightPx`
 * below its top: at least one, at most all.
 */
export function rowsToFill(article: Article, metrics: RowMetrics, heightPx: number, from = 0): number {
  const beads = article.alignment;
  let rows = Math.min(from, beads.length);
  let filled = 0;
  while (rows < beads.length && filled < heightPx) {
    filled += estimateRowHeight(beads[rows]!, article, metrics);
    rows++;
  }
  return Math.max(1, rows);
}

/** The estimated height of all the article's rows together. */
export function estimateRowsHeight(article: Article, metrics: RowMetrics): number {
  let height = 0;
  for (const bead of article.alignment) height += estimateRowHeight(bead, article, metrics);
  return height;
}
