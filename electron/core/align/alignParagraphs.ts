import { type AlignOptions, alignSegments, type SegmentAlignment } from './alignSegments';

export type ParagraphAlignment = SegmentAlignment;

/**
 * Rows of the parallel view: which Arabic paragraphs read beside which English ones. Beads are
 * 1-1, 1-2, 2-1, 2-2, 1-0 or 0-1; every paragraph index (0-based) is in exactly one bead, in
 * order. `confidence[k]` (0–1) says how sure the aligner is of bead k.
 */
export function alignParagraphs(
  ar: readonly string[],
  en: readonly string[],
  options?: AlignOptions,
): ParagraphAlignment {
  return alignSegments(ar, en, options);
}
