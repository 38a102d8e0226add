import { type NormalizedText, type NormalizeOptions, normalizeForMatch } from '../text/normalize';
import { WordIndex } from './wordIndex';

/** Digits and Latin case are folded too: an edit that only changes those should not orphan a note. */
export const foldOptions: NormalizeOptions = { digits: 'ascii', foldCase: true };

/**
 * A document text prepared for anchoring many annotations. The folded text and its word index
 * are built on first use, at most once: most annotations are found by cheap checks on the
 * original text and never need them.
 */
export class AnchoringDocument {
  private foldedWhole: NormalizedText | undefined;
  private wordIndex: WordIndex | undefined;

  constructor(readonly text: string) {}

  get folded(): NormalizedText {
    this.foldedWhole ??= normalizeForMatch(this.text, foldOptions);
    return this.foldedWhole;
  }

  get words(): WordIndex {
    this.wordIndex ??= new WordIndex(this.folded.text);
    return this.wordIndex;
  }
}
