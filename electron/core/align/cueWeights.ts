/**
 * What each cue is worth, in nats like the length cost. A token (a number, a name, a day) that
 * both sides of a row share earns its weight, less for tokens that recur across the document;
 * one that a side of a joined row has and the other lacks costs its weight, whatever its rarity.
 */
export const cueWeights = {
  /**
   * Two paragraphs that are not translations rarely share a number of several digits, so a
   * shared one is strong evidence.
   */
  number: 2,
  /** Single digits recur everywhere and say less. */
  digit: 0.7,
  /** A Latin-script word in the Arabic that the English also has (names, acronyms). */
  latinWord: 1.5,
  /** A name in Arabic script that the English spells in transliteration (الكاظمي, al-Kadhimi). */
  name: 1.5,
  /** A day of the week. */
  weekday: 1.5,
  question: 0.5,
  quotation: 0.4,
  /** Both sides end the bead with the same telling mark (? ! : … or a closing quote). */
  finalMark: 0.7,
} as const;
