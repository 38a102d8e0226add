import type { Bead } from '../../electron/contract';
import type { Link } from './syntheticDocument';

/** Every (Arabic, English) pair a row puts side by side; rows with an empty side link nothing. */
export function linksOf(beads: readonly Bead[]): Link[] {
  const links: Link[] = [];
  for (const bead of beads) for (const a of bead.ar) for (const e of bead.en) links.push([a, e]);
  return links;
}

export interface LinkCounts {
  predicted: number;
  gold: number;
  correct: number;
}

export interface LinkScore extends LinkCounts {
  precision: number;
  recall: number;
  f1: number;
}

export function countLinks(predicted: readonly Link[], gold: readonly Link[]): LinkCounts {
  const goldKeys = new Set(gold.map(([a, e]) => `${a}:${e}`));
  const predictedKeys = new Set(predicted.map(([a, e]) => `${a}:${e}`));
  let correct = 0;
  for (const key of predictedKeys) if (goldKeys.has(key)) correct++;
  return { predicted: predictedKeys.size, gold: goldKeys.size, correct };
}

/** Micro-averaged over documents: counts are added up first, so long documents weigh more. */
export function scoreLinks(counts: readonly LinkCounts[]): LinkScore {
  const total = counts.reduce(
    (sum, c) => ({
      predicted: sum.predicted + c.predicted,
      gold: sum.gold + c.gold,
      correct: sum.correct + c.correct,
    }),
    { predicted: 0, gold: 0, correct: 0 },
  );
  const precision = total.predicted === 0 ? (total.gold === 0 ? 1 : 0) : total.correct / total.predicted;
  const recall = total.gold === 0 ? 1 : total.correct / total.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...total, precision, recall, f1 };
}
