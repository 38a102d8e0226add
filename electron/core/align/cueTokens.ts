import { cueWeights } from './cueWeights';
import { arabicNameKeys, latinNameKey } from './names';
import { extractNumbers } from './numbers';
import { englishWeekdays, weekdayOfArabicWord } from './weekdays';

/** The tokens of every paragraph as ids, and what each id is worth before rarity. */
export interface DocumentTokens {
  ar: number[][];
  en: number[][];
  baseWeight: number[];
}

/**
 * A token must turn up on its rarer side at least this share of the times it does on the other,
 * unless it falls short by no more than `allowedShortfall` mentions: a paragraph left out takes
 * its own mentions with it, and a number found on one side only is what tells where that is.
 */
const minimumCarriedShare = 0.5;
const allowedShortfall = 2;

const latinWordPattern = /[A-Za-z][A-Za-z0-9]+/g;
// A capitalised English word with at least one lower-case letter: a name, not an acronym.
const capitalisedPattern = /[A-Z][A-Za-z’']*[a-z][A-Za-z’']*/g;

/**
 * Every match of a global pattern in a text. `exec` from the start spares the iterator and the
 * copy of the pattern `matchAll` makes on each call; the pattern must not be used meanwhile.
 */
function matchesOf(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.push(match[0]);
  return found;
}

/**
 * What `read` makes of a word, remembered across documents: articles share most of their words,
 * so a library scan reads each one once rather than once per article. The store is emptied
 * when it holds `limit` words, which bounds its memory; what it holds never changes a result.
 */
function memoised<T>(read: (word: string) => T, limit = 30_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = read(word);
      known.set(word, value);
    }
    return value;
  };
}

const latinKeyOf = memoised(latinNameKey);

/** Keys of the capitalised words of a text that are long enough to tell anything. */
function nameKeysOf(text: string): string[] {
  const keys: string[] = [];
  for (const word of matchesOf(text, capitalisedPattern)) {
    const key = latinKeyOf(word);
    if (key !== '') keys.push(key);
  }
  return keys;
}

/** The Latin-script words of a text, lower-cased. */
function latinWordsOf(text: string): string[] {
  return matchesOf(text, latinWordPattern).map((word) => word.toLowerCase());
}

/** A letter of an Arabic word, vowel marks and Quranic signs included, digits not. */
function isArabicWordCode(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x065f) ||
    (code >= 0x0670 && code <= 0x06d3) ||
    (code >= 0x06d5 && code <= 0x06ed)
  );
}

/** Calls `visit` with each Arabic word of a text; a scan by code, as a regex costs much more here. */
function forEachArabicWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && isArabicWordCode(text.charCodeAt(k))) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      visit(text.slice(start, k));
      start = -1;
    }
  }
}

/**
 * What an Arabic word could carry, whatever the document: the name keys it could stand for,
 * longest first, and the day it names. Which key (if any) is a name depends on the English.
 */
interface ArabicWordReading {
  keys: readonly string[];
  day: number | undefined;
}

/** Most words are neither a possible name nor a day; they share one reading. */
const plainWord: ArabicWordReading = { keys: [], day: undefined };

const readArabicWord = memoised((word): ArabicWordReading => {
  const keys = arabicNameKeys(word);
  const day = weekdayOfArabicWord(word);
  return keys.length === 0 && day === undefined ? plainWord : { keys, day };
});

/** The first of `keys` the English spells as a name. */
function knownName(keys: readonly string[], englishNames: ReadonlySet<string>): string | undefined {
  for (const key of keys) if (englishNames.has(key)) return key;
  return undefined;
}

/** Token ids of one document, numbered as first met, with the weight of each before rarity. */
class TokenIds {
  readonly baseWeight: number[] = [];
  private readonly ids = new Map<string, number>();

  private idOf(key: string, weight: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.baseWeight.length;
      this.ids.set(key, id);
      this.baseWeight.push(weight);
    }
    return id;
  }

  addNumbers(found: number[], text: string): void {
    for (const n of extractNumbers(text)) {
      found.push(this.idOf(`#${n}`, n.length === 1 ? cueWeights.digit : cueWeights.number));
    }
  }

  latinWord(word: string): number {
    return this.idOf(`w${word}`, cueWeights.latinWord);
  }

  name(key: string): number {
    return this.idOf(`n${key}`, cueWeights.name);
  }

  day(day: number): number {
    return this.idOf(`d${day}`, cueWeights.weekday);
  }
}

/**
 * Reads the tokens a translator carries over: numbers, Latin-script words, names and days of the
 * week. A Latin word or a name counts only if the other side could have it: the English is full of
 * Latin words, and only those the Arabic kept in Latin script can match; an Arabic word is read
 * as a name only when the English spells a name with the same key.
 */
export function readDocumentTokens(ar: readonly string[], en: readonly string[]): DocumentTokens {
  const ids = new TokenIds();
  const arabicLatinWords = ar.map(latinWordsOf);
  const arabicLatin = new Set(arabicLatinWords.flat());
  const englishKeys = en.map(nameKeysOf);
  const englishNames = new Set(englishKeys.flat());
  const arabicNames = new Set<string>();

  // Ids are numbered as met: Arabic paragraphs first, each with numbers, Latin words, then names
  // and days; the order decides the order of each sorted token list.
  const arTokens = ar.map((text, k) => {
    const found: number[] = [];
    ids.addNumbers(found, text);
    for (const word of arabicLatinWords[k]!) found.push(ids.latinWord(word));
    forEachArabicWord(text, (word) => {
      const reading = readArabicWord(word);
      const name = reading.keys.length === 0 ? undefined : knownName(reading.keys, englishNames);
      if (name !== undefined) {
        arabicNames.add(name);
        found.push(ids.name(name));
      }
      if (reading.day !== undefined) found.push(ids.day(reading.day));
    });
    return found;
  });
  const enTokens = en.map((text, k) => {
    const found: number[] = [];
    ids.addNumbers(found, text);
    // Without Latin words in the Arabic, none of the English ones can match: no need to read them.
    if (arabicLatin.size > 0) {
      for (const word of latinWordsOf(text)) if (arabicLatin.has(word)) found.push(ids.latinWord(word));
    }
    for (const key of englishKeys[k]!) if (arabicNames.has(key)) found.push(ids.name(key));
    for (const day of englishWeekdays(text)) found.push(ids.day(day));
    return found;
  });
  return keepCarriedOver({ ar: arTokens, en: enTokens, baseWeight: ids.baseWeight });
}

/**
 * A token a translator carries over turns up about as often on both sides of the document. One
 * far more frequent on one side is not being carried over: an everyday Arabic word that sounds
 * like an English name (ربك and "Arabic"), or numbers the other side spells out. Left in, such a
 * token would charge every true row that holds it; it is dropped from both sides.
 */
function keepCarriedOver(tokens: DocumentTokens): DocumentTokens {
  const arCount = new Int32Array(tokens.baseWeight.length);
  const enCount = new Int32Array(tokens.baseWeight.length);
  for (const list of tokens.ar) for (const id of list) arCount[id]!++;
  for (const list of tokens.en) for (const id of list) enCount[id]!++;
  const carried = (id: number) => {
    const more = Math.max(arCount[id]!, enCount[id]!);
    const fewer = Math.min(arCount[id]!, enCount[id]!);
    return more - fewer <= allowedShortfall || fewer >= minimumCarriedShare * more;
  };
  return {
    ar: tokens.ar.map((list) => list.filter(carried)),
    en: tokens.en.map((list) => list.filter(carried)),
    baseWeight: tokens.baseWeight,
  };
}
