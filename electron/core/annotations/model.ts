import { z } from 'zod';
import { selectorsSchema, textQuoteSelectorSchema } from './selectors';

/**
 * Annotations and bookmarks as stored, following the W3C Web Annotation model: a target (the
 * passage, by selectors, in one language of one article) and a body (colour, optional note).
 */

export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const highlightColorSchema = z.enum(highlightColors);
export type HighlightColor = z.infer<typeof highlightColorSchema>;

export const langSchema = z.enum(['ar', 'en']);

/**
 * Annotations live in one file per article named after this key, so it must be a safe file
 * name on every system: no separators, no dots, nothing to climb out of the folder with.
 */
export const articleKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'an article key');

/** A note is free text; the bound keeps one runaway paste from making the file unreadable. */
export const maxNoteLength = 50_000;
export const maxBookmarkNameLength = 200;

const timestampSchema = z.iso.datetime({ offset: true });

export const annotationBodySchema = z.object({
  note: z.string().max(maxNoteLength).optional(),
  color: highlightColorSchema,
});
export type AnnotationBody = z.infer<typeof annotationBodySchema>;

export const annotationSchema = z.object({
  id: z.uuid(),
  articleKey: articleKeySchema,
  lang: langSchema,
  target: z.object({ selectors: selectorsSchema }),
  body: annotationBodySchema,
  created: timestampSchema,
  modified: timestampSchema,
});
export type Annotation = z.infer<typeof annotationSchema>;

export const bookmarkSchema = z.object({
  id: z.uuid(),
  articleKey: articleKeySchema,
  /** Row (bead) index when the bookmark was made: the first guess when finding it again. */
  row: z.number().int().min(0),
  /** Language of the paragraph the quote comes from. */
  lang: langSchema,
  /** The start of the row's first paragraph, to find the row again after edits. */
  quote: textQuoteSelectorSchema,
  name: z.string().max(maxBookmarkNameLength).optional(),
  created: timestampSchema,
});
export type Bookmark = z.infer<typeof bookmarkSchema>;

/** Everything kept for one article: the content of one annotations file. */
export const articleNotesSchema = z.object({
  annotations: z.array(annotationSchema),
  bookmarks: z.array(bookmarkSchema),
});
export type ArticleNotes = z.infer<typeof articleNotesSchema>;

export const annotationsFileVersion = 1;
