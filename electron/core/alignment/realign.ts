import type { Segment } from '../../contract';
import { alignSegments } from '../align/alignSegments';
import type { LengthModel } from '../align/lengthModel';
import { roundedConfidence } from '../import/toArticle';
import type { RegionAligner } from './applyAnchors';

/**
 * Aligns the few paragraphs left between a reader's row and the aligner's rows again. A stretch
 * that short says nothing about how long this translator's sentences run, so the model fitted to
 * the whole document is passed in and kept as it is.
 */
export function regionAligner(
  article: { ar: readonly Segment[]; en: readonly Segment[] },
  model: LengthModel,
): RegionAligner {
  return (region) => {
    const ar = article.ar.slice(region.ar.start, region.ar.end).map((p) => p.text);
    const en = article.en.slice(region.en.start, region.en.end).map((p) => p.text);
    const { beads, confidence } = alignSegments(ar, en, { model });
    return {
      beads: beads.map((bead) => ({
        ar: bead.ar.map((k) => k + region.ar.start),
        en: bead.en.map((k) => k + region.en.start),
      })),
      confidence: roundedConfidence(confidence),
    };
  };
}
