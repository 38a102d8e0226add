import type { Bead } from '../../contract';
import { type AlignOptions, alignSegments } from './alignSegments';

/**
 * Sentence rows inside one aligned group of paragraphs, by the same engine as the paragraphs.
 * A group holds few sentences, too few to estimate a variance from; pass the document's
 * (`{ model: { variance } }` from the paragraph alignment) so short groups are judged by it.
 */
export function alignSentences(
  arSentences: readonly string[],
  enSentences: readonly string[],
  options: AlignOptions = {},
): Bead[] {
  return alignSegments(arSentences, enSentences, { ...options, confidence: false }).beads;
}
