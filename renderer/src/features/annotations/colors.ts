import type { HighlightColor, highlightColors as contractColors } from '../../../../electron/contract';

/*
 * A runtime copy of the contract's colours: the renderer imports only types from the contract
 * (zod stays out of the page bundle). The annotation makes the compiler reject any drift, and a
 * component test compares the lists.
 */
export const highlightColors: typeof contractColors = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** The name each colour's highlight is registered under in `CSS.highlights`. */
export function highlightName(color: HighlightColor): string {
  return `muwazi-${color}`;
}

/** A passage shown briefly after a jump from a list, drawn over the colours. */
export const flashHighlightName = 'muwazi-flash';

/** The highlight under the pointer, marked so the reader sees which passage a click opens. */
export const hoverHighlightName = 'muwazi-hover';
