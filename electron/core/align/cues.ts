import { readDocumentTokens } from './cueTokens';
import { cueWeights } from './cueWeights';
import { trimmedEnd } from './measure';

export { cueWeights };

/**
 * Evidence beyond length that two stretches of text translate each other: things a translator
 * carries over unchanged. A row earns the weight of every token its two sides share, and pays
 * for every token one side has and the other lacks. The payment is not the overlap said again:
 * a paragraph left on a row of its own takes its tokens out of the reckoning, so without it a
 * paragraph whose names and numbers the English lacks would cost nothing more joined to its
 * neighbour's row (or paired with its neighbour's translation) than left alone where it belongs.
 */

/** How a paragraph ends. `plain` (a full stop or nothing) is too common to tell anything. */
export const finalMarks = { plain: 0, question: 1, exclamation: 2, colon: 3, ellipsis: 4, quote: 5 } as const;

/** The cues of one side of the document, per segment, laid out for quick range queries. */
export interface SideCues {
  /** Sorted token ids per segment (numbers, shared Latin words, names, days); see DocumentCues. */
  tokens: Int32Array[];
  /** tokenPrefix[k] = tokens in segments before k, so an empty range is found in O(1). */
  tokenPrefix: Int32Array;
  /** Summed base weight of the tokens in segments before k: what a row pays if none is shared. */
  basePrefix: Float64Array;
  questionPrefix: Int32Array;
  quotationPrefix: Int32Array;
  finals: Uint8Array;
}

export interface DocumentCues {
  ar: SideCues;
  en: SideCues;
  /** Bonus per token id shared by the two sides of a row, after rarity. */
  weight: Float64Array;
  /** Weight per token id before rarity: the cost of a token the other side lacks. */
  baseWeight: Float64Array;
}

/**
 * A token found in many Arabic paragraphs (the year of the events, the acronym of the party
 * the article is about) tells less about which of them a given English paragraph translates:
 * its weight falls with the square root of the number of paragraphs that carry it.
 */
function rarity(paragraphsWithToken: number): number {
  return 1 / Math.sqrt(Math.max(1, paragraphsWithToken));
}

/**
 * Closing quotes and brackets (" ' » “ ” ’ ) ]), with the full stop some writers put after them
 * rather than before: «…». and “….” end the same way.
 */
function isClosing(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xbb ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x29 ||
    code === 0x5d
  );
}

/** The double quotes that close a quotation a paragraph ends on: " » “ ”. */
function isClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0xbb || code === 0x201c || code === 0x201d;
}

const fullStop = 0x2e;

/**
 * Where the text is left once a run of closing marks at its end (and a full stop after them)
 * is set aside; `end` when there is none. Read from the end by code: an end-anchored regex
 * would try every position of a long paragraph.
 */
function bareEnd(text: string, end: number): number {
  const afterRun = end > 0 && text.charCodeAt(end - 1) === fullStop ? end - 1 : end;
  let start = afterRun;
  while (start > 0 && isClosing(text.charCodeAt(start - 1))) start--;
  return start < afterRun ? start : end;
}

/** Whether text[0, end) ends with `suffix`. */
function endsWithAt(text: string, end: number, suffix: string): boolean {
  return end >= suffix.length && text.startsWith(suffix, end - suffix.length);
}

/** Whether text[0, end) ends with a closing double quote, or one and a full stop. */
function endsWithClosingQuote(text: string, end: number): boolean {
  const last = end > 0 && text.charCodeAt(end - 1) === fullStop ? end - 1 : end;
  return last > 0 && isClosingQuote(text.charCodeAt(last - 1));
}

function finalMarkOf(text: string): number {
  const end = trimmedEnd(text);
  const bare = bareEnd(text, end);
  if (endsWithAt(text, bare, '؟') || endsWithAt(text, bare, '?')) return finalMarks.question;
  if (endsWithAt(text, bare, '!')) return finalMarks.exclamation;
  if (endsWithAt(text, bare, '…') || endsWithAt(text, bare, '...')) return finalMarks.ellipsis;
  if (endsWithAt(text, bare, ':')) return finalMarks.colon;
  if (bare < end && endsWithClosingQuote(text, end)) return finalMarks.quote;
  return finalMarks.plain;
}

// Counted by regex: a character loop in script is slower than the regex engine's own scan.
// Straight and curly double quotes and guillemets; single quotes double as apostrophes in English.
const quotationPattern = /["«»“”„‟]/g;
const arabicQuestions = /[؟?]/g;
const englishQuestions = /\?/g;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function prefixOf(values: number[]): Int32Array {
  const prefix = new Int32Array(values.length + 1);
  for (let k = 0; k < values.length; k++) prefix[k + 1] = prefix[k]! + values[k]!;
  return prefix;
}

const noTokens = new Int32Array(0);

function sideCues(
  texts: readonly string[],
  tokenIds: number[][],
  baseWeight: readonly number[],
  questionMarks: RegExp,
): SideCues {
  const tokens = tokenIds.map((ids) =>
    // Most paragraphs have no cue at all; one shared empty list spares an object for each.
    ids.length === 0 ? noTokens : Int32Array.from(ids).sort(),
  );
  const basePrefix = new Float64Array(tokens.length + 1);
  tokens.forEach((list, k) => {
    let sum = 0;
    for (const id of list) sum += baseWeight[id]!;
    basePrefix[k + 1] = basePrefix[k]! + sum;
  });
  return {
    tokens,
    tokenPrefix: prefixOf(tokens.map((list) => list.length)),
    basePrefix,
    questionPrefix: prefixOf(texts.map((text) => countMatches(text, questionMarks))),
    // Quotation marks come in pairs; a paragraph opening a quote it closes later counts as one.
    quotationPrefix: prefixOf(texts.map((text) => Math.ceil(countMatches(text, quotationPattern) / 2))),
    finals: Uint8Array.from(texts.map(finalMarkOf)),
  };
}

/** Reads the cues of both sides once. */
export function extractDocumentCues(ar: readonly string[], en: readonly string[]): DocumentCues {
  const tokens = readDocumentTokens(ar, en);
  const arSide = sideCues(ar, tokens.ar, tokens.baseWeight, arabicQuestions);
  const enSide = sideCues(en, tokens.en, tokens.baseWeight, englishQuestions);
  const spread = new Int32Array(tokens.baseWeight.length);
  for (const list of arSide.tokens) for (const id of new Set(list)) spread[id]!++;
  const weight = Float64Array.from(tokens.baseWeight, (base, id) => base * rarity(spread[id]!));
  return { ar: arSide, en: enSide, weight, baseWeight: Float64Array.from(tokens.baseWeight) };
}

/** Sorted tokens of segments [start, end), merged into `scratch` when there are two lists. */
function rangeTokens(side: SideCues, start: number, end: number, scratch: Int32Array): Int32Array {
  let only: Int32Array | null = null;
  let lists = 0;
  for (let k = start; k < end; k++) {
    if (side.tokens[k]!.length > 0) {
      only = side.tokens[k]!;
      lists++;
    }
  }
  if (lists <= 1) return only ?? scratch.subarray(0, 0);
  let size = 0;
  for (let k = start; k < end; k++) {
    scratch.set(side.tokens[k]!, size);
    size += side.tokens[k]!.length;
  }
  return scratch.subarray(0, size).sort();
}

/**
 * Over the multiset intersection of two sorted id lists, the summed weight after rarity into
 * shared[0] and before it into shared[1]; one pass serves both the bonus and the payment.
 */
function sharedWeights(a: Int32Array, b: Int32Array, cues: DocumentCues, shared: Float64Array): void {
  let weighted = 0;
  let base = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const left = a[x]!;
    const right = b[y]!;
    if (left === right) {
      weighted += cues.weight[left]!;
      base += cues.baseWeight[left]!;
      x++;
      y++;
    } else if (left < right) x++;
    else y++;
  }
  shared[0] = weighted;
  shared[1] = base;
}

/**
 * Scores beads against one document's cues, as a bonus in nats that a row's unshared tokens can
 * make negative. Only rows with both sides are scored: a lone paragraph has nothing to share.
 * Holds scratch space, so one per alignment run.
 */
export function createCueScorer(
  cues: DocumentCues,
): (i0: number, i1: number, j0: number, j1: number) => number {
  const longest = (side: SideCues) => side.tokens.reduce((max, list) => Math.max(max, list.length), 0);
  // Beads join at most two segments per side, so twice the longest list always fits.
  const arScratch = new Int32Array(2 * longest(cues.ar));
  const enScratch = new Int32Array(2 * longest(cues.en));
  const shared = new Float64Array(2);
  const { ar, en } = cues;
  return (i0, i1, j0, j1) => {
    let bonus = 0;
    let sharedBase = 0;
    if (ar.tokenPrefix[i1]! > ar.tokenPrefix[i0]! && en.tokenPrefix[j1]! > en.tokenPrefix[j0]!) {
      sharedWeights(rangeTokens(ar, i0, i1, arScratch), rangeTokens(en, j0, j1, enScratch), cues, shared);
      bonus += shared[0]!;
      sharedBase = shared[1]!;
    }
    // Tokens either side has that the other lacks; rounding must not make "none" a reward.
    const unshared =
      ar.basePrefix[i1]! - ar.basePrefix[i0]! + en.basePrefix[j1]! - en.basePrefix[j0]! - 2 * sharedBase;
    if (unshared > 1e-9) bonus -= unshared;
    const questions = Math.min(
      ar.questionPrefix[i1]! - ar.questionPrefix[i0]!,
      en.questionPrefix[j1]! - en.questionPrefix[j0]!,
    );
    const quotations = Math.min(
      ar.quotationPrefix[i1]! - ar.quotationPrefix[i0]!,
      en.quotationPrefix[j1]! - en.quotationPrefix[j0]!,
    );
    bonus += questions * cueWeights.question + quotations * cueWeights.quotation;
    const arFinal = ar.finals[i1 - 1]!;
    if (arFinal !== finalMarks.plain && arFinal === en.finals[j1 - 1]) bonus += cueWeights.finalMark;
    return bonus;
  };
}
