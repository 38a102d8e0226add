import type { Bead } from '../../contract';
import { type AlignOptions, alignSegments } from './alignSegments';

/**
 * Sentence rows inside one aligned group of paragraphs, by the same engine as the paragraphs.
 * Pass the document's length model (`{ model }` from the paragraph alignment), ratio and
 * variance both. A group holds too few sentences to estimate a variance from. Nor does it give
 * a fair ratio: its own totals include any sentence the translator dropped, and the ratio they
 * give makes the whole group fit as one joined row exactly, so a dropped sentence is joined to
 * its neighbour instead of standing alone.
 */
export function alignSentences(
  arSentences: readonly string[],
  enSentences: readonly string[],
  options: AlignOptions = {},
): Bead[] {
  return alignSegments(arSentences, enSentences, { ...options, confidence: false }).beads;
}
