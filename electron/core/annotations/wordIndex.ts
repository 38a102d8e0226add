/**
 * Where each word of a (folded) document text occurs, built once per document and only when a
 * quote has to be looked for in the whole text. A passage that moved and was edited on the way
 * still shares most of its words with the stored quote, so the places those words occur are
 * the only places worth an approximate search: a few hundred short stretches instead of an
 * article of a million characters per annotation.
 */

// Letters, marks and digits of any script; punctuation (Arabic ، ؛ ؟ included) and spaces split.
const wordPattern = /[^\s\p{P}\p{S}]+/gu;

/** A word that occurs more often than this says little about where a quote is. */
const maxHitsPerWord = 2_000;

export interface Word {
  text: string;
  /** Offset of the word in the text it was read from. */
  at: number;
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(wordPattern)) words.push({ text: match[0], at: match.index });
  return words;
}

export class WordIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(text: string) {
    for (const match of text.matchAll(wordPattern)) {
      const list = this.positions.get(match[0]);
      if (list) list.push(match.index);
      else this.positions.set(match[0], [match.index]);
    }
  }

  /**
   * Offsets where the quote probably starts: places where enough of its words occur at about
   * the distance from each other they have in the quote. Each word that occurs votes for the
   * start it implies; votes within `slack` characters count together, so words moved a little
   * by an edit inside the passage still agree. The first and last words are left out as a
   * selection may cut them, and words too common to say anything (and, of, the…) are skipped.
   * At most `limit` starts are returned, nearest the hint first.
   */
  likelyStarts(quote: string, slack: number, limit: number, hint: number | undefined): number[] {
    const all = wordsOf(quote);
    const words = all.length >= 3 ? all.slice(1, -1) : all;
    const votes: number[] = [];
    let voters = 0;
    for (const word of words) {
      const hits = this.positions.get(word.text);
      if (hits === undefined) {
        voters++;
        continue;
      }
      if (hits.length > maxHitsPerWord) continue;
      voters++;
      for (const hit of hits) votes.push(hit - word.at);
    }
    // A quarter of the quote's words in place is far above chance and still allows for
    // rewording; it is what keeps a deleted passage from being searched for everywhere its
    // commonest words happen to occur.
    const needed = Math.max(1, Math.ceil(voters / 4));
    votes.sort((a, b) => a - b);
    const starts: number[] = [];
    let last = Number.NEGATIVE_INFINITY;
    for (let i = 0, j = 0; i < votes.length; i++) {
      while (votes[i]! - votes[j]! > slack) j++;
      if (i - j + 1 >= needed && votes[j]! - last > slack) {
        last = votes[j]!;
        starts.push(last);
      }
    }
    if (hint !== undefined) starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
    return starts.slice(0, limit).sort((a, b) => a - b);
  }
}
