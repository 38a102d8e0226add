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

/** Keys of the capitalised words of a text, each word's key worked out once per document. */
function nameKeyReader(): (text: string) => string[] {
  const known = new Map<string, string>();
  return (text) => {
    const keys: string[] = [];
    for (const [word] of text.matchAll(capitalisedPattern)) {
      let key = known.get(word);
      if (key === undefined) {
        key = latinNameKey(word);
        known.set(word, key);
      }
      if (key !== '') keys.push(key);
    }
    return keys;
  };
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

/** What one Arabic word carries: the name key the English shares with it, the day it names. */
interface ArabicWordCues {
  name: string | undefined;
  day: number | undefined;
}

/**
 * Reads the tokens a translator carries over: numbers, Latin-script words, names and days of the
 * week. A Latin word or a name counts only if the other side could have it: the English is full of
 * Latin words, and only those the Arabic kept in Latin script can match; an Arabic word is read
 * as a name only when the English spells a name with the same key.
 */
export function readDocumentTokens(ar: readonly string[], en: readonly string[]): DocumentTokens {
  const ids = new Map<string, number>();
  const baseWeight: number[] = [];
  const idOf = (key: string, weight: number): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = baseWeight.length;
      ids.set(key, id);
      baseWeight.push(weight);
    }
    return id;
  };
  const numberIds = (text: string) =>
    extractNumbers(text).map((n) => idOf(`#${n}`, n.length === 1 ? cueWeights.digit : cueWeights.number));
  const dayId = (day: number) => idOf(`d${day}`, cueWeights.weekday);
  const latinIds = (text: string, keep: (word: string) => boolean) => {
    const found: number[] = [];
    for (const [match] of text.matchAll(latinWordPattern)) {
      const word = match.toLowerCase();
      if (keep(word)) found.push(idOf(`w${word}`, cueWeights.latinWord));
    }
    return found;
  };
  const nameId = (key: string) => idOf(`n${key}`, cueWeights.name);

  const arabicLatin = new Set<string>();
  for (const text of ar) {
    for (const [match] of text.matchAll(latinWordPattern)) arabicLatin.add(match.toLowerCase());
  }
  const nameKeysOf = nameKeyReader();
  const englishKeys = en.map(nameKeysOf);
  const englishNames = new Set(englishKeys.flat());
  const arabicNames = new Set<string>();
  // Articles repeat their words; each distinct word is read once.
  const arabicWords = new Map<string, ArabicWordCues>();
  const arabicWordIds = (text: string) => {
    const found: number[] = [];
    forEachArabicWord(text, (word) => {
      let cues = arabicWords.get(word);
      if (cues === undefined) {
        const name = arabicNameKeys(word).find((key) => englishNames.has(key));
        cues = { name, day: weekdayOfArabicWord(word) };
        arabicWords.set(word, cues);
      }
      if (cues.name !== undefined) {
        arabicNames.add(cues.name);
        found.push(nameId(cues.name));
      }
      if (cues.day !== undefined) found.push(dayId(cues.day));
    });
    return found;
  };

  const arTokens = ar.map((text) => [
    ...numberIds(text),
    ...latinIds(text, () => true),
    ...arabicWordIds(text),
  ]);
  const enTokens = en.map((text, k) => [
    ...numberIds(text),
    ...latinIds(text, (word) => arabicLatin.has(word)),
    ...englishKeys[k]!.filter((key) => arabicNames.has(key)).map(nameId),
    ...englishWeekdays(text).map(dayId),
  ]);
  return keepCarriedOver({ ar: arTokens, en: enTokens, baseWeight });
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
