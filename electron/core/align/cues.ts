import { extractNumbers } from './numbers';

/**
 * Evidence beyond length that two stretches of text translate each other: things a translator
 * carries over unchanged. Each cue scores the OVERLAP between the two sides of a bead. Since every
 * segment sits in exactly one bead, a mismatch penalty would only restate the overlap (total
 * tokens minus twice the overlap), so a bonus for overlap is the whole story.
 */
export const cueWeights = {
  /**
   * Per number found on both sides, in nats like the length cost. Two paragraphs that are not
   * translations rarely share a number of several digits, so a shared one is strong evidence;
   * see `rarity` for numbers that recur across the document.
   */
  number: 2,
  /** Single digits recur everywhere and say less. */
  digit: 0.7,
  /** Per Latin-script word in the Arabic that the English also has (names, acronyms). */
  latinWord: 1.5,
  question: 0.5,
  quotation: 0.4,
  /** Both sides end the bead with the same telling mark (? ! : … or a closing quote). */
  finalMark: 0.7,
} as const;

/** How a paragraph ends. `plain` (a full stop or nothing) is too common to tell anything. */
export const finalMarks = { plain: 0, question: 1, exclamation: 2, colon: 3, ellipsis: 4, quote: 5 } as const;

/** The cues of one side of the document, per segment, laid out for quick range queries. */
export interface SideCues {
  /** Sorted token ids per segment (numbers and shared Latin words); see DocumentCues.weight. */
  tokens: Int32Array[];
  /** tokenPrefix[k] = tokens in segments before k, so an empty range is found in O(1). */
  tokenPrefix: Int32Array;
  questionPrefix: Int32Array;
  quotationPrefix: Int32Array;
  finals: Uint8Array;
}

export interface DocumentCues {
  ar: SideCues;
  en: SideCues;
  /** Bonus per token id. */
  weight: Float64Array;
}

/**
 * A token found in many Arabic paragraphs (the year of the events, the acronym of the party
 * the article is about) tells less about which of them a given English paragraph translates:
 * its weight falls with the square root of the number of paragraphs that carry it.
 */
function rarity(paragraphsWithToken: number): number {
  return 1 / Math.sqrt(Math.max(1, paragraphsWithToken));
}

const latinWordPattern = /[A-Za-z][A-Za-z0-9]+/g;
// Straight and curly double quotes and guillemets; single quotes double as apostrophes in English.
const quotationPattern = /["«»“”„‟]/g;
// Closing quotes and brackets, with the full stop some writers put after them rather than
// before: «…». and “….” end the same way.
const closingRun = /["'»“”’)\]]+\.?$/;

function finalMarkOf(text: string): number {
  const trimmed = text.trimEnd();
  const bare = trimmed.replace(closingRun, '');
  if (bare.endsWith('؟') || bare.endsWith('?')) return finalMarks.question;
  if (bare.endsWith('!')) return finalMarks.exclamation;
  if (bare.endsWith('…') || bare.endsWith('...')) return finalMarks.ellipsis;
  if (bare.endsWith(':')) return finalMarks.colon;
  if (bare.length < trimmed.length && /["»“”]\.?$/.test(trimmed)) return finalMarks.quote;
  return finalMarks.plain;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function prefixOf(values: number[]): Int32Array {
  const prefix = new Int32Array(values.length + 1);
  for (let k = 0; k < values.length; k++) prefix[k + 1] = prefix[k]! + values[k]!;
  return prefix;
}

const noTokens = new Int32Array(0);

function sideCues(texts: string[], tokensOf: (text: string) => number[], questionMarks: RegExp): SideCues {
  const tokens = texts.map((text) => {
    const ids = tokensOf(text);
    // Most paragraphs have no cue at all; one shared empty list spares an object for each.
    return ids.length === 0 ? noTokens : Int32Array.from(ids).sort();
  });
  return {
    tokens,
    tokenPrefix: prefixOf(tokens.map((list) => list.length)),
    questionPrefix: prefixOf(texts.map((text) => countMatches(text, questionMarks))),
    // Quotation marks come in pairs; a paragraph opening a quote it closes later counts as one.
    quotationPrefix: prefixOf(texts.map((text) => Math.ceil(countMatches(text, quotationPattern) / 2))),
    finals: Uint8Array.from(texts.map(finalMarkOf)),
  };
}

/**
 * Reads the cues of both sides once. Latin words count only if the Arabic side uses them: the
 * English is full of Latin words, and only those the Arabic kept in Latin script can match.
 */
export function extractDocumentCues(ar: string[], en: string[]): DocumentCues {
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const idOf = (key: string, weight: number): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = weights.length;
      ids.set(key, id);
      weights.push(weight);
    }
    return id;
  };
  const numberIds = (text: string) =>
    extractNumbers(text).map((n) => idOf(`#${n}`, n.length === 1 ? cueWeights.digit : cueWeights.number));

  const arabicLatin = new Set<string>();
  for (const text of ar) {
    for (const match of text.matchAll(latinWordPattern)) arabicLatin.add(match[0].toLowerCase());
  }
  const latinIds = (text: string, keep: (word: string) => boolean) => {
    const found: number[] = [];
    for (const match of text.matchAll(latinWordPattern)) {
      const word = match[0].toLowerCase();
      if (keep(word)) found.push(idOf(`w${word}`, cueWeights.latinWord));
    }
    return found;
  };

  const arSide = sideCues(ar, (text) => [...numberIds(text), ...latinIds(text, () => true)], /[؟?]/g);
  const enSide = sideCues(
    en,
    (text) => [...numberIds(text), ...latinIds(text, (word) => arabicLatin.has(word))],
    /\?/g,
  );
  const spread = new Int32Array(weights.length);
  for (const list of arSide.tokens) for (const id of new Set(list)) spread[id]!++;
  const weight = Float64Array.from(weights, (base, id) => base * rarity(spread[id]!));
  return { ar: arSide, en: enSide, weight };
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

/** Sum of weights over the multiset intersection of two sorted id lists. */
function overlapWeight(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let total = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const left = a[x]!;
    const right = b[y]!;
    if (left === right) {
      total += weight[left]!;
      x++;
      y++;
    } else if (left < right) x++;
    else y++;
  }
  return total;
}

/** Scores beads against one document's cues; holds scratch space, so one per alignment run. */
export function createCueScorer(
  cues: DocumentCues,
): (i0: number, i1: number, j0: number, j1: number) => number {
  const longest = (side: SideCues) => side.tokens.reduce((max, list) => Math.max(max, list.length), 0);
  // Beads join at most two segments per side, so twice the longest list always fits.
  const arScratch = new Int32Array(2 * longest(cues.ar));
  const enScratch = new Int32Array(2 * longest(cues.en));
  const { ar, en } = cues;
  return (i0, i1, j0, j1) => {
    let bonus = 0;
    if (ar.tokenPrefix[i1]! > ar.tokenPrefix[i0]! && en.tokenPrefix[j1]! > en.tokenPrefix[j0]!) {
      bonus += overlapWeight(
        rangeTokens(ar, i0, i1, arScratch),
        rangeTokens(en, j0, j1, enScratch),
        cues.weight,
      );
    }
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
