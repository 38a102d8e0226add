import type { Bead } from '../../electron/contract';

/**
 * Rows with one side empty (a paragraph left untranslated, or a translator's addition), judged
 * whole: such a row is right only if it holds exactly the paragraph the gold row does. Link F1
 * cannot see these rows, which link nothing; a lone paragraph joined to its neighbour's row, or
 * paired with its neighbour's translation, shows up here.
 */
export interface LoneRowCounts {
  /** Lone rows in the gold. */
  gold: number;
  /** Lone rows the aligner produced. */
  predicted: number;
  /** Gold lone rows the aligner produced exactly. */
  placed: number;
}

const isLone = (bead: Bead) => bead.ar.length === 0 || bead.en.length === 0;
const keyOf = (bead: Bead) => `${bead.ar.join(',')}|${bead.en.join(',')}`;

export function countLoneRows(predicted: readonly Bead[], gold: readonly Bead[]): LoneRowCounts {
  const predictedLone = new Set(predicted.filter(isLone).map(keyOf));
  const goldLone = gold.filter(isLone).map(keyOf);
  return {
    gold: goldLone.length,
    predicted: predictedLone.size,
    placed: goldLone.filter((key) => predictedLone.has(key)).length,
  };
}

export function sumLoneRows(counts: readonly LoneRowCounts[]): LoneRowCounts {
  return counts.reduce(
    (sum, c) => ({
      gold: sum.gold + c.gold,
      predicted: sum.predicted + c.predicted,
      placed: sum.placed + c.placed,
    }),
    { gold: 0, predicted: 0, placed: 0 },
  );
}
