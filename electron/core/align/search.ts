import { type Band, fullBand, projectSpans, type Span } from './band';
import { refineInBand } from './refine';
import { type BeadScorer, createScorer, halvePrefix, type ScorerParts } from './scorer';
import { bestPath } from './viterbi';

/** Grids up to this many segments a side are searched whole: cheap, and nothing to guide a band. */
const wholeGridLimit = 96;

/**
 * Cells on either side of the guide path. The coarse path is rarely more than a couple of
 * segments off the fine one; where the text is ambiguous enough for it to be, the band widens.
 */
export const initialRadius = 6;

export interface SearchResult {
  spans: Span[];
  /** The band the final path was found in, for computing confidences over the same cells. */
  band: Band;
  scorer: BeadScorer;
  /** Grid cells evaluated over all levels and retries: the work done, for benchmarks. */
  cells: number;
}

/**
 * Coarse to fine, as in FastDTW (Salvador & Chan, 2007): the text is viewed with neighbouring
 * segments paired up, again and again, until it is small enough to search whole; each finer
 * level then searches only a band around the path of the level above. Coarse levels use
 * lengths alone: their job is to place the band, and the cues only sharpen the finest choice.
 */
export function searchAlignment(parts: ScorerParts, radius = initialRadius): SearchResult {
  const levels: ScorerParts[] = [parts];
  for (;;) {
    const top = levels[levels.length - 1]!;
    if (Math.max(top.arPrefix.length, top.enPrefix.length) - 1 <= wholeGridLimit) break;
    levels.push({
      arPrefix: halvePrefix(top.arPrefix),
      enPrefix: halvePrefix(top.enPrefix),
      model: parts.model,
    });
  }
  const topScorer = createScorer(levels[levels.length - 1]!);
  let band = fullBand(topScorer.arCount, topScorer.enCount);
  let spans = bestPath(topScorer, band).spans;
  let cells = band.cells;
  let scorer = topScorer;
  for (let level = levels.length - 2; level >= 0; level--) {
    scorer = createScorer(levels[level]!);
    const guide = projectSpans(spans, scorer.arCount, scorer.enCount);
    const refined = refineInBand(scorer, guide, radius);
    spans = refined.spans;
    band = refined.band;
    cells += refined.cells;
  }
  return { spans, band, scorer, cells };
}

/** A second search of the same grid (say, with a refitted model) in a band around a known path. */
export function searchAround(
  parts: ScorerParts,
  guide: readonly Span[],
  radius = initialRadius,
): SearchResult {
  const scorer = createScorer(parts);
  const { arCount, enCount } = scorer;
  if (Math.max(arCount, enCount) <= wholeGridLimit) {
    const band = fullBand(arCount, enCount);
    return { spans: bestPath(scorer, band).spans, band, scorer, cells: band.cells };
  }
  return { ...refineInBand(scorer, guide, radius), scorer };
}
