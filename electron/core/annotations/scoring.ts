import { normalizeForMatch } from '../text/normalize';
import { foldOptions } from './anchoringDocument';
import { type Candidate, nearest } from './candidates';
import { prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import type { Quote } from './quote';

// Weights as in Hypothesis: the quote matters most, context tells repeats apart, and position
// only breaks ties.
const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const weightSum = weights.quote + weights.prefix + weights.suffix + weights.position;

/** Folded quotes shorter than this are common words; they must have some context to be trusted. */
const shortQuoteLength = 16;

export interface Scored extends Candidate {
  /** 0–1: how well the quote, its context and its place agree with what was stored. */
  score: number;
  /** False for a short quote with no supporting context: too likely to be the same word elsewhere. */
  trusted: boolean;
}

export function score(text: string, quote: Quote, candidate: Candidate, hint: number | undefined): Scored {
  // Twice the stored context length (plus a little) of original text is enough to fold down to
  // at least as many characters, however many marks it carries.
  const beforeFrom = Math.max(0, candidate.start - 2 * quote.prefix.length - 8);
  const before = normalizeForMatch(text.slice(beforeFrom, candidate.start), foldOptions).text;
  const after = normalizeForMatch(
    text.slice(candidate.end, candidate.end + 2 * quote.suffix.length + 8),
    foldOptions,
  ).text;
  const prefix = prefixSimilarity(quote.foldedPrefix, before);
  const suffix = suffixSimilarity(quote.foldedSuffix, after);
  const quoteSimilarity = 1 - candidate.errors / Math.max(1, quote.foldedExact.length);
  const position =
    hint === undefined ? 0 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
  return {
    ...candidate,
    score:
      (weights.quote * quoteSimilarity +
        weights.prefix * prefix +
        weights.suffix * suffix +
        weights.position * position) /
      weightSum,
    trusted: quote.foldedExact.length >= shortQuoteLength || Math.max(prefix, suffix) >= 0.5,
  };
}

/** The best trusted candidate, or undefined when none is. */
export function best(
  text: string,
  quote: Quote,
  candidates: Candidate[],
  hint: number | undefined,
): Scored | undefined {
  let winner: Scored | undefined;
  const seen = new Set<string>();
  for (const candidate of nearest(candidates, hint)) {
    const key = `${candidate.start}:${candidate.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scored = score(text, quote, candidate, hint);
    if (scored.trusted && (winner === undefined || scored.score > winner.score)) winner = scored;
  }
  return winner;
}
