/**
 * The one normalisation for matching text: search, the dictionary and the anchoring fallbacks
 * all compare folded strings, so the same Arabic word matches whether or not it carries vowel
 * marks, tatweel or a hamza on its alef. Display text is never altered: callers keep the
 * original and use the offset map to turn a match in folded text into an exact range of it.
 */

export interface NormalizeOptions {
  /**
   * 'ascii' folds Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to 0–9, so "٢٠٢١"
   * and "2021" match. Off by default because a search for a digit in one script should not be
   * surprised by the other unless asked.
   */
  digits?: 'keep' | 'ascii';
  /** Lower-cases letters that have case, for matching Latin words inside Arabic text. */
  foldCase?: boolean;
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /**
   * offsets[i] is the index in the original of the character folded text[i] came from;
   * offsets[text.length] is the original length. Non-decreasing; equal neighbours mean one
   * original character became several folded ones.
   */
  offsets: Int32Array;
}

const TATWEEL = 0x0640;
const ALEF = 0x0627;
const YEH = 0x064a;
const KAF = 0x0643;

/** Characters dropped entirely: vowel marks and other signs written over or under letters, tatweel, and invisible format characters. */
function isDropped(code: number): boolean {
  if (code < 0x00ad) return false;
  return (
    // Tashkeel (fathatan … sukun), maddah, hamza above/below and the rest of the mark block.
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 || // superscript alef
    code === TATWEEL ||
    (code >= 0x0610 && code <= 0x061a) || // honorific and small Quranic signs above letters
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation marks
    (code >= 0x08d3 && code <= 0x08ff) || // extended Arabic marks
    // Invisible characters that copy and paste add or lose at random: soft hyphen, zero-width
    // space/joiners, bidi marks and isolates, word joiner, byte-order mark, Arabic letter mark.
    code === 0x00ad ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** The folded code unit for one that is kept; may return a string when case folding expands. */
function foldUnit(code: number, options: Required<NormalizeOptions>): number | string {
  if (code < 0x80) {
    if (options.foldCase && code >= 0x41 && code <= 0x5a) return code + 0x20;
    return code;
  }
  switch (code) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ alef wasla
    case 0x0672: // alef with wavy hamza above, seen in older and Quranic text
    case 0x0673: // alef with wavy hamza below
      return ALEF;
    case 0x0649: // ى alef maqsura, written for final ي and the other way round
    case 0x06cc: // Farsi yeh, which Persian keyboards type for Arabic ي
      return YEH;
    case 0x06a9: // Keheh, which Persian keyboards type for Arabic ك
      return KAF;
    // No-break spaces are ordinary spaces for matching: editors swap them freely.
    case 0x00a0:
    case 0x2007:
    case 0x202f:
      return 0x20;
  }
  if (options.digits === 'ascii') {
    if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
    if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  }
  if (options.foldCase && !isArabicBlock(code)) {
    const lower = String.fromCharCode(code).toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : lower;
  }
  return code;
}

function isArabicBlock(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

const combiningMark = /^\p{M}$/u;
const unknown = 0;
const yes = 1;
const no = 2;
// Per code unit, filled on first sight: a document uses a few hundred distinct characters, so
// the Unicode lookups behind these run a few hundred times, not once per character.
const markCache = new Uint8Array(0x10000);
const stableCache = new Uint8Array(0x10000);

function isCombining(code: number): boolean {
  if (code < 0x0300) return false;
  if (code >= 0x0621 && code <= 0x064a) return false; // Arabic letters, the bulk of our text
  let known = markCache[code]!;
  if (known === unknown) {
    known = combiningMark.test(String.fromCharCode(code)) ? yes : no;
    markCache[code] = known;
  }
  return known === yes;
}

/** Whether a character on its own is unchanged by NFC (a few, like U+212B ANGSTROM SIGN, are not). */
function isStableAlone(code: number): boolean {
  if (code < 0x0340 || (code >= 0x0621 && code <= 0x064a)) return true;
  let known = stableCache[code]!;
  if (known === unknown) {
    const alone = String.fromCharCode(code);
    known = code >= 0xd800 && code <= 0xdfff ? no : alone.normalize('NFC') === alone ? yes : no;
    stableCache[code] = known;
  }
  return known === yes;
}

/** Marks that NFC composes with a preceding letter into one of the hamza or madda letters. */
function composesWithArabicLetter(code: number): boolean {
  return code >= 0x0653 && code <= 0x0655;
}

// Decoding the code-unit buffer in one native call is far faster than building the string in JS.
// (A lone surrogate comes out as U+FFFD: still one unit, so offsets stay true.)
const utf16 = new TextDecoder('utf-16le');

// For each set of options, the folded unit of every BMP code unit, filled on first sight so a
// long article costs one table read per character instead of a chain of range tests.
const unseen = -3;
const dropped = -1;
const expands = -2;
const foldTables = new Map<string, Int32Array>();

function foldTable(options: Required<NormalizeOptions>): Int32Array {
  const key = `${options.digits}:${options.foldCase}`;
  let table = foldTables.get(key);
  if (!table) {
    table = new Int32Array(0x10000).fill(unseen);
    foldTables.set(key, table);
  }
  return table;
}

function foldedCode(table: Int32Array, code: number, options: Required<NormalizeOptions>): number {
  let folded = table[code]!;
  if (folded === unseen) {
    const unit = isDropped(code) ? dropped : foldUnit(code, options);
    folded = typeof unit === 'number' ? unit : expands;
    table[code] = folded;
  }
  return folded;
}

/** Growable pair of buffers, so a long article is folded without building millions of small strings. */
class Builder {
  units: Uint16Array;
  offsets: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity + 16);
    this.offsets = new Int32Array(capacity + 17);
  }

  push(unit: number, from: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.offsets[this.length] = from;
    this.length++;
  }

  pushFolded(code: number, from: number, table: Int32Array, options: Required<NormalizeOptions>): void {
    const folded = foldedCode(table, code, options);
    if (folded >= 0) {
      this.push(folded, from);
    } else if (folded === expands) {
      const many = foldUnit(code, options) as string;
      for (let k = 0; k < many.length; k++) this.push(many.charCodeAt(k), from);
    }
  }

  finish(originalLength: number): NormalizedText {
    this.offsets[this.length] = originalLength;
    return {
      text: utf16.decode(this.units.subarray(0, this.length)),
      offsets: this.offsets.slice(0, this.length + 1),
    };
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2 + 16);
    units.set(this.units);
    const offsets = new Int32Array(units.length + 1);
    offsets.set(this.offsets);
    this.units = units;
    this.offsets = offsets;
  }
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * Folds text for matching and records where each folded character came from.
 *
 * NFC is applied per base character and its combining marks, never across them, so every
 * folded character still points at one original position. Most clusters need no NFC call at
 * all: a letter alone, or a letter whose marks are all vowel signs that are dropped anyway and
 * cannot compose with it, folds to the letter. Vowelled Arabic is often not in NFC (shadda typed
 * before fatha, say), so this path has to be the fast one, not an exception.
 */
export function normalizeForMatch(text: string, options: NormalizeOptions = {}): NormalizedText {
  const resolved: Required<NormalizeOptions> = {
    digits: options.digits ?? 'keep',
    foldCase: options.foldCase ?? false,
  };
  const table = foldTable(resolved);
  const out = new Builder(text.length);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < n) end++;
    let marksDroppedAlone = true;
    while (end < n) {
      const next = text.charCodeAt(end);
      if (!isCombining(next)) break;
      if (foldedCode(table, next, resolved) !== dropped || composesWithArabicLetter(next))
        marksDroppedAlone = false;
      end++;
    }
    if (marksDroppedAlone && !isSurrogate(code) && isStableAlone(code)) {
      out.pushFolded(code, i, table, resolved);
    } else {
      const cluster = text.slice(i, end).normalize('NFC');
      for (let k = 0; k < cluster.length; k++) out.pushFolded(cluster.charCodeAt(k), i, table, resolved);
    }
    i = end;
  }
  return out.finish(n);
}

/** The folded string alone, for callers that match but never map back (search indexes, dictionary keys). */
export function foldForMatch(text: string, options: NormalizeOptions = {}): string {
  return normalizeForMatch(text, options).text;
}

/**
 * The original range that folded range [start, end) came from. The end reaches over marks and
 * tatweel that follow the last matched letter, so a highlight keeps a word's vowels; it never
 * stops inside a character that folded into several.
 */
export function toOriginalRange(
  folded: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { offsets } = folded;
  const last = offsets.length - 1;
  const s = Math.max(0, Math.min(start, last));
  let e = Math.max(s, Math.min(end, last));
  while (e > s && e < last && offsets[e] === offsets[e - 1]) e++;
  return { start: offsets[s]!, end: offsets[e]! };
}

/** The folded index of the first folded character that comes from at or after `original`. */
export function toFoldedOffset(folded: NormalizedText, original: number): number {
  const { offsets } = folded;
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid]! < original) low = mid + 1;
    else high = mid;
  }
  return low;
}
