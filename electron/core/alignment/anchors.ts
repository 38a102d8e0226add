import { comesBefore, type ArticleIndex, type PlacedBead, placeBead } from './constraints';
import type { CorrectionEntry } from './correctionModel';

export interface AnchorChoice {
  /** Rows fixed by the reader, in reading order, none overlapping another. */
  anchors: PlacedBead[];
  /** Corrections with a row whose paragraphs are no longer in the text (they stay stored). */
  unapplied: number;
}

/**
 * The reader's rows that hold in the current text. Newer corrections win: walking from the last
 * one back, a row is kept only if it shares no paragraph with a row already kept and can stand in
 * order with every one of them. An older correction the reader has since redone is thereby
 * shadowed, not deleted, so undoing the newer one brings it back. A correction with one row gone
 * still applies its other rows, and counts as unapplied so the reader can be told.
 */
export function chooseAnchors(corrections: readonly CorrectionEntry[], index: ArticleIndex): AnchorChoice {
  const kept: PlacedBead[] = [];
  let unapplied = 0;
  for (let k = corrections.length - 1; k >= 0; k--) {
    const placed = corrections[k]!.beads.map((bead) => placeBead(bead, index));
    if (placed.includes(null)) unapplied++;
    for (const bead of placed) {
      if (bead && kept.every((other) => comesBefore(bead, other) || comesBefore(other, bead)))
        kept.push(bead);
    }
  }
  // Every pair is ordered one way or the other, so this comparison is a total order.
  kept.sort((a, b) => (a === b ? 0 : comesBefore(a, b) ? -1 : 1));
  return { anchors: kept, unapplied };
}
