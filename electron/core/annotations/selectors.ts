import { z } from 'zod';

/** How much text either side of a quote is kept to tell repeated passages apart (as Hypothesis does). */
export const contextLength = 32;

/** Longest quote we keep; a highlight over a whole long chapter still anchors, at some cost. */
export const maxQuoteLength = 100_000;

/** W3C Web Annotation TextQuoteSelector: the quoted text and a little context either side. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(maxQuoteLength),
  prefix: z.string().max(contextLength * 4),
  suffix: z.string().max(contextLength * 4),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets into the document text of one language. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end >= s.start, 'end before start');
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/**
 * What we store to find a passage again. The quote is required because it is the only
 * evidence that survives edits; the position is optional because annotations imported from
 * other tools may lack it.
 */
export const selectorsSchema = z.object({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema.optional(),
});
export type Selectors = z.infer<typeof selectorsSchema>;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Context slices never start or end in the middle of a surrogate pair, so they stay valid text. */
function prefixBefore(text: string, start: number): string {
  let from = Math.max(0, start - contextLength);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

function suffixAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + contextLength);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/** Selectors for [start, end) of a document text. Throws RangeError on an empty or outside range. */
export function describeRange(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot describe range ${start}–${end} of a text of length ${text.length}.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: prefixBefore(text, start),
      suffix: suffixAfter(text, end),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
