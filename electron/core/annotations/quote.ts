import { normalizeForMatch } from '../text/normalize';
import { foldOptions } from './anchoringDocument';
import type { Selectors } from './selectors';

interface Folded {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A stored quote and its context, folded on first use: the cheap checks never need the folded forms. */
export class Quote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  private folded: Folded | undefined;

  constructor(selectors: Selectors) {
    ({ exact: this.exact, prefix: this.prefix, suffix: this.suffix } = selectors.quote);
  }

  private get forms(): Folded {
    this.folded ??= {
      exact: normalizeForMatch(this.exact, foldOptions).text,
      prefix: normalizeForMatch(this.prefix, foldOptions).text,
      suffix: normalizeForMatch(this.suffix, foldOptions).text,
    };
    return this.folded;
  }

  get foldedExact(): string {
    return this.forms.exact;
  }

  get foldedPrefix(): string {
    return this.forms.prefix;
  }

  get foldedSuffix(): string {
    return this.forms.suffix;
  }

  /**
   * About one error in four characters: enough for typo fixes and small rewordings, few enough
   * that an unrelated passage does not pass for the quote.
   */
  get maxErrors(): number {
    return Math.min(32, Math.floor(this.foldedExact.length / 4));
  }
}
