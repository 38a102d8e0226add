import type { Bead } from '../../contract';

/**
 * Pairs paragraphs in order, one with one; whatever one side has beyond the other stands in
 * rows of its own. The alignment issue replaces this with a real aligner; the model already
 * carries beads so the view needs no change for many-to-many rows.
 */
export function alignByOrder(arCount: number, enCount: number): Bead[] {
  const beads: Bead[] = [];
  const rows = Math.max(arCount, enCount);
  for (let i = 0; i < rows; i++) {
    beads.push({ ar: i < arCount ? [i] : [], en: i < enCount ? [i] : [] });
  }
  return beads;
}

/** Share of Arabic paragraphs that sit in a row with some English. */
export function translatedShare(beads: Bead[], arCount: number): number {
  if (arCount === 0) return 0;
  let covered = 0;
  for (const bead of beads) if (bead.en.length > 0) covered += bead.ar.length;
  return covered / arCount;
}
