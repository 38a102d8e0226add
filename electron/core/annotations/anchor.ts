import { AnchoringDocument } from './anchoringDocument';
import {
  type Candidate,
  exactOccurrences,
  foldedOccurrencesAnywhere,
  foldedOccurrencesWithin,
} from './candidates';
import { Quote } from './quote';
import { best } from './scoring';
import type { Selectors } from './selectors';

export { AnchoringDocument } from './anchoringDocument';

export type AnchorMethod = 'position' | 'quote-exact' | 'quote-fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface AnchorOptions {
  /**
   * How far text has moved since the selectors were made, learnt from a neighbouring
   * annotation: after a paragraph is inserted, every later passage moves by the same amount,
   * so checking there first turns a search into one comparison.
   */
  expectedShift?: number;
}

/**
 * Half-widths of the stretches around the expected place searched before the whole text: about
 * a paragraph (an edit nearby moved it a little), then a few pages (an insertion between it and
 * the note before it). Each is tried only when the one before found nothing convincing.
 */
const windowRadii = [256, 4096];
/** Score at which a match near the expected place is taken without looking further. */
const confidentScore = 0.75;

/** The quote is at `start` and at least one side of its context is unchanged. */
function holdsAt(text: string, quote: Quote, start: number): boolean {
  if (start < 0 || !text.startsWith(quote.exact, start)) return false;
  const end = start + quote.exact.length;
  const prefixHolds = quote.prefix === '' ? start === 0 : text.endsWith(quote.prefix, start);
  const suffixHolds = quote.suffix === '' ? end === text.length : text.startsWith(quote.suffix, end);
  return prefixHolds || suffixHolds;
}

function found(text: string, quote: Quote, match: Candidate): Anchor {
  const same = text.slice(match.start, match.end) === quote.exact;
  return { start: match.start, end: match.end, method: same ? 'quote-exact' : 'quote-fuzzy' };
}

/**
 * Finds a described passage in a (possibly edited) document text. Cheapest first: the stored
 * position, the position moved by the expected shift, a search near there, then the whole
 * text — exact quote, then the quote with marks, tatweel, alef forms, digits and case folded,
 * then an approximate match. Returns null when nothing fits well enough: the annotation is
 * orphaned, never moved onto unrelated text.
 */
export function anchor(
  doc: string | AnchoringDocument,
  selectors: Selectors,
  options: AnchorOptions = {},
): Anchor | null {
  const document = typeof doc === 'string' ? new AnchoringDocument(doc) : doc;
  const { text } = document;
  const quote = new Quote(selectors);
  const position = selectors.position;
  const length = quote.exact.length;

  if (position && holdsAt(text, quote, position.start)) {
    return { start: position.start, end: position.start + length, method: 'position' };
  }
  const shift = options.expectedShift ?? 0;
  if (position && shift !== 0 && holdsAt(text, quote, position.start + shift)) {
    return { start: position.start + shift, end: position.start + shift + length, method: 'quote-exact' };
  }

  const hint = position ? position.start + shift : undefined;
  const nearby: Candidate[] = [];
  if (hint !== undefined) {
    for (const radius of windowRadii) {
      const from = Math.max(0, hint - radius);
      const to = Math.min(text.length, hint + length + radius);
      nearby.push(...exactOccurrences(text, quote.exact, from, to));
      let winner = best(text, quote, nearby, hint);
      if (winner && winner.score >= confidentScore) return found(text, quote, winner);
      nearby.push(...foldedOccurrencesWithin(text, quote, from, to, hint));
      winner = best(text, quote, nearby, hint);
      if (winner && winner.score >= confidentScore) return found(text, quote, winner);
    }
  }

  let everywhere = exactOccurrences(text, quote.exact);
  if (everywhere.length === 0) everywhere = foldedOccurrencesAnywhere(document, quote, hint);
  const winner = best(text, quote, [...nearby, ...everywhere], hint);
  return winner ? found(text, quote, winner) : null;
}
