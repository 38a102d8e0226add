import { z } from 'zod';
import { alignmentCorrectionSchema } from '../../contract';

/**
 * Alignment corrections as stored, one file per article under `<data>/corrections/<id>.json`.
 *
 * A correction is kept as the rows it produced, not as the operation that produced them: "merge
 * row 12" means nothing once a paragraph is added above row 12, but "these two Arabic paragraphs
 * read beside this English one" still does. Each side of a row names its paragraphs by
 * fingerprint (see fingerprint.ts), with the index they had as a hint for text that repeats; a
 * side with no paragraph names the paragraph just before its place instead (null: the start).
 */

export const correctionsFileVersion = 1;

const fingerprintSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, 'a paragraph fingerprint');
const indexSchema = z.number().int().min(0).max(10_000_000);

/** Paragraphs that read together on one side of a row: consecutive, in order. */
const paragraphsSideSchema = z.object({
  paragraphs: z.array(fingerprintSchema).min(1).max(10_000),
  /** Index of the first of them when the correction was made. */
  hint: indexSchema,
});

/** A side left empty, placed after the paragraph it names (null: before the first paragraph). */
const emptySideSchema = z.object({
  after: fingerprintSchema.nullable(),
  /** How many paragraphs of this side came before the place when the correction was made. */
  hint: indexSchema,
});

export const storedSideSchema = z.union([paragraphsSideSchema, emptySideSchema]);
export type StoredSide = z.infer<typeof storedSideSchema>;

export const storedBeadSchema = z
  .object({ ar: storedSideSchema, en: storedSideSchema })
  .refine((bead) => 'paragraphs' in bead.ar || 'paragraphs' in bead.en, 'a row with some paragraph');
export type StoredBead = z.infer<typeof storedBeadSchema>;

export const correctionEntrySchema = z.object({
  /** When the reader made it (ISO time). */
  made: z.iso.datetime({ offset: true }),
  /** What the reader asked for, kept for the record; applying uses `beads` only. */
  operation: alignmentCorrectionSchema,
  /** The rows the operation produced, which stand as fixed rows over the aligner's. */
  beads: z.array(storedBeadSchema).min(1).max(1000),
});
export type CorrectionEntry = z.infer<typeof correctionEntrySchema>;

export const articleCorrectionsSchema = z.object({
  /** Oldest first; a newer correction wins where two disagree. */
  corrections: z.array(correctionEntrySchema),
  /**
   * What each reset took away, the last reset last, so undo can bring it back. Every entry in
   * `corrections` was made after the last reset (a reset empties the list), which is how undo
   * knows whether to take back a correction or a reset.
   */
  resets: z.array(z.array(correctionEntrySchema)),
});
export type ArticleCorrections = z.infer<typeof articleCorrectionsSchema>;

export const noCorrections = (): ArticleCorrections => ({ corrections: [], resets: [] });
