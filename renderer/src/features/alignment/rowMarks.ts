import type { Article, unsureConfidence as contractUnsureConfidence } from '../../../../electron/contract';

/*
 * A runtime copy of the contract's threshold: the renderer imports only types from the contract.
 * The literal type makes the compiler reject any drift.
 */
export const unsureConfidence: typeof contractUnsureConfidence = 0.6;

/** The quiet mark a row carries: set by the reader by hand, or one the aligner is unsure of. */
export type RowMark = 'corrected' | 'unsure';

/** The rows set by hand, for looking up one row at a time while rendering. */
export function correctedRows(corrected: Article['corrected']): ReadonlySet<number> {
  return new Set(corrected ?? []);
}

/** A row set by hand is the reader's own, however sure the aligner was. */
export function rowMark(
  index: number,
  confidence: readonly number[] | undefined,
  corrected: ReadonlySet<number>,
): RowMark | undefined {
  if (corrected.has(index)) return 'corrected';
  const sure = confidence?.[index];
  return sure !== undefined && sure < unsureConfidence ? 'unsure' : undefined;
}
