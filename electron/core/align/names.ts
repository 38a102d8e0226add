import { bareLetters } from './measure';

/**
 * Names survive translation as transliterations: الكاظمي is al-Kadhimi, شينكر is Schenker,
 * بغداد is Baghdad. Both spellings are reduced to a key of consonant classes, the sounds a
 * transliteration keeps; vowels are dropped on both sides, since Arabic rarely writes short
 * ones and transliterations disagree about them. Classes are broad enough to absorb common
 * spelling variants (ظ as dh or z, ج as j or g) and narrow enough that ordinary words rarely
 * collide (America, mrk, and the Marjaiya, mrj, keep apart).
 */

/** Keys shorter than this collide too often (Iraq and Iran are both two consonants). */
export const minimumNameKey = 3;

const arabicClasses: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ف: 'f',
  ڤ: 'f',
  ت: 't',
  ط: 't',
  ث: 't',
  د: 'd',
  ض: 'd',
  ذ: 'd',
  ظ: 'd',
  س: 's',
  ص: 's',
  ز: 'z',
  ژ: 'z',
  ش: 'S',
  ك: 'k',
  ک: 'k',
  ق: 'k',
  خ: 'k',
  ج: 'j',
  غ: 'j',
  گ: 'j',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ر: 'r',
  ح: 'h',
  ه: 'h',
  // Long vowels or consonants: kept only at the start of a word (واشنطن, اليمن), where they are w and y.
  و: 'w',
  ي: 'y',
  ی: 'y',
};

const latinClasses: Record<string, string> = {
  b: 'b',
  p: 'b',
  f: 'f',
  v: 'f',
  t: 't',
  d: 'd',
  s: 's',
  z: 'z',
  S: 'S',
  k: 'k',
  c: 'k',
  q: 'k',
  j: 'j',
  g: 'j',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
  h: 'h',
  w: 'w',
  y: 'y',
};

/**
 * The class records above as tables indexed by character code (0: no class), so that reading a
 * key costs a table look-up per letter rather than a one-letter string and a property look-up.
 * Every letter either record names is below U+0700.
 */
function classTable(classes: Record<string, string>): Uint16Array {
  const table = new Uint16Array(0x0700);
  for (const [letter, cls] of Object.entries(classes)) table[letter.charCodeAt(0)] = cls.charCodeAt(0);
  return table;
}

const arabicTable = classTable(arabicClasses);
const latinTable = classTable(latinClasses);
const wClass = 'w'.charCodeAt(0);
const yClass = 'y'.charCodeAt(0);

/** Classes of the letters in order, w and y kept only first, repeats merged (Baghdad: b j d). */
function keyOf(letters: string, table: Uint16Array): string {
  let key = '';
  let last = 0;
  for (let k = 0; k < letters.length; k++) {
    const code = letters.charCodeAt(k);
    const cls = code < table.length ? table[code]! : 0;
    if (cls === 0 || ((cls === wClass || cls === yClass) && k > 0)) continue;
    // Comparing with the last class kept, not the key's last letter, spares flattening the key.
    if (cls !== last) {
      key += String.fromCharCode(cls);
      last = cls;
    }
  }
  return key;
}

/**
 * The key of a capitalised English word, or '' if it is too short to tell anything. Digraphs
 * first: sh, sch and ch are one sound (ش), as are th, dh, kh and gh; a final h after a vowel
 * is silent (Fallujah); ng before another consonant is the n of واشنطن.
 */
export function latinNameKey(word: string): string {
  const spelled = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/sch|sh|ch/g, 'S')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/kh|ck/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ng(?![aeiouy])/g, 'n')
    .replace(/([aeiou])h$/, '$1');
  const key = keyOf(spelled, latinTable);
  return key.length >= minimumNameKey ? key : '';
}

/**
 * The keys an Arabic word could stand for, longest first: the word as it is, and without the
 * particles Arabic writes onto the next word (و or ف, then ب, ل or ك). Whatever carries the
 * article (ال, or لل after ل) is read without it only, as English drops it or writes it apart
 * (al-Kadhimi); الأرض is not "Lord".
 */
export function arabicNameKeys(word: string): string[] {
  const bare = bareLetters(word);
  const starts = [0];
  let at = 0;
  if (bare[at] === 'و' || bare[at] === 'ف') starts.push(++at);
  if (bare[at] === 'ب' || bare[at] === 'ل' || bare[at] === 'ك') starts.push(++at);
  const keys: string[] = [];
  for (const start of starts) {
    let reading = bare.slice(start);
    if (reading.startsWith('ال')) reading = reading.slice(2);
    else if (start > 0 && bare[start - 1] === 'ل' && reading.startsWith('ل')) reading = reading.slice(1);
    const key = keyOf(reading, arabicTable);
    if (key.length >= minimumNameKey && !keys.includes(key)) keys.push(key);
  }
  return keys.sort((a, b) => b.length - a.length);
}
