import { approxMatches } from './approxMatches';
import { type NormalizedText, normalizeForMatch, toFoldedOffset, toOriginalRange } from '../text/normalize';
import { type AnchoringDocument, foldOptions } from './anchoringDocument';
import type { Quote } from './quote';

/** A place the quote may be, as a range of the original text. */
export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the folded quote and the folded text of the range. */
  errors: number;
}

/** At most this many candidates (nearest the expected place first) are looked at. */
export const maxCandidates = 200;

export function nearest<T extends { start: number }>(items: T[], hint: number | undefined): T[] {
  if (items.length <= maxCandidates) return items;
  if (hint === undefined) return items.slice(0, maxCandidates);
  return [...items]
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, maxCandidates);
}

/** Every place the quote occurs exactly, as written, within [from, to). */
export function exactOccurrences(text: string, exact: string, from = 0, to = text.length): Candidate[] {
  const found: Candidate[] = [];
  // Searching a slice keeps a miss from scanning on to the end of a long article.
  const within = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let at = within.indexOf(exact); at !== -1; at = within.indexOf(exact, at + 1)) {
    found.push({ start: from + at, end: from + at + exact.length, errors: 0 });
  }
  return found;
}

function foldedExact(
  foldedText: string,
  needle: string,
): Array<{ start: number; end: number; errors: number }> {
  const found = [];
  for (let at = foldedText.indexOf(needle); at !== -1; at = foldedText.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length, errors: 0 });
  }
  return found;
}

function toCandidates(
  folded: NormalizedText,
  matches: Array<{ start: number; end: number; errors: number }>,
  base: number,
): Candidate[] {
  return matches.map((m) => {
    const range = toOriginalRange(folded, m.start, m.end);
    return { start: range.start + base, end: range.end + base, errors: m.errors };
  });
}

/** Matches of the folded quote in a stretch of the text: exact if any, else the best approximate ones. */
export function foldedOccurrencesWithin(
  text: string,
  quote: Quote,
  from: number,
  to: number,
  hint: number,
): Candidate[] {
  const needle = quote.foldedExact;
  if (needle.length === 0) return [];
  const folded = normalizeForMatch(text.slice(from, to), foldOptions);
  let matches = foldedExact(folded.text, needle);
  if (matches.length === 0 && quote.maxErrors > 0)
    matches = approxMatches(folded.text, needle, quote.maxErrors);
  return toCandidates(folded, nearest(matches, hint - from), from);
}

/**
 * Matches of the folded quote anywhere in the document: exact if any; otherwise approximate
 * matches, searched only around places that share a word with the quote. A passage that moved
 * far and lost every one of its words on the way is not found, and stays orphaned.
 */
export function foldedOccurrencesAnywhere(
  document: AnchoringDocument,
  quote: Quote,
  hint: number | undefined,
): Candidate[] {
  const needle = quote.foldedExact;
  if (needle.length === 0) return [];
  const folded = document.folded;
  const exact = foldedExact(folded.text, needle);
  if (exact.length > 0) return toCandidates(folded, exact, 0);
  const slack = quote.maxErrors;
  if (slack === 0) return [];
  const foldedHint = hint === undefined ? undefined : toFoldedOffset(folded, hint);
  const stretches: Array<[number, number]> = [];
  for (const start of document.words.likelyStarts(needle, slack, maxCandidates, foldedHint)) {
    const from = Math.max(0, start - slack);
    const to = Math.min(folded.text.length, start + needle.length + slack);
    const last = stretches[stretches.length - 1];
    // Overlapping stretches are searched as one, so a match across their seam is not cut.
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (to > from) stretches.push([from, to]);
  }
  const matches: Array<{ start: number; end: number; errors: number }> = [];
  for (const [from, to] of stretches) {
    for (const m of approxMatches(folded.text.slice(from, to), needle, slack)) {
      matches.push({ start: from + m.start, end: from + m.end, errors: m.errors });
    }
  }
  return toCandidates(folded, nearest(matches, foldedHint), 0);
}
