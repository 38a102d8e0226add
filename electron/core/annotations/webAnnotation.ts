import { z } from 'zod';
import type { Lang } from '../../contract';
import { type Annotation, annotationSchema, type HighlightColor, highlightColors } from './model';
import {
  type Selectors,
  type TextPositionSelector,
  type TextQuoteSelector,
  textPositionSelectorSchema,
} from './selectors';

/**
 * Export to and import from the W3C Web Annotation data model (JSON-LD), so notes can leave
 * Muwazi in a form other tools read, and come back without duplicates.
 */

export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/** Muwazi articles have no web address; a URN names the article and the language side. */
const sourcePattern = /^urn:muwazi:article:([A-Za-z0-9_-]{1,100}):(ar|en)$/;

export function articleSource(articleKey: string, lang: Lang): string {
  return `urn:muwazi:article:${articleKey}:${lang}`;
}

export interface WebAnnotationBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'highlighting';
  value: string;
  format?: 'text/plain';
}

export interface WebAnnotation {
  '@context'?: typeof annotationContext;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: WebAnnotationBody[];
  target: { source: string; selector: Array<TextQuoteSelector | TextPositionSelector> };
}

export interface WebAnnotationCollection {
  '@context': typeof annotationContext;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(annotation: Annotation): WebAnnotation {
  const { quote, position } = annotation.target.selectors;
  const note = annotation.body.note;
  // The colour travels as the value of a highlighting body: plain vocabulary, no extension
  // terms, and a tool that ignores it still has the note and the passage.
  const body: WebAnnotationBody[] = [
    { type: 'TextualBody', purpose: 'highlighting', value: annotation.body.color },
  ];
  if (note !== undefined && note !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  }
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: {
      source: articleSource(annotation.articleKey, annotation.lang),
      selector: position ? [quote, position] : [quote],
    },
  };
}

export function toWebAnnotationCollection(
  annotations: readonly Annotation[],
  label: string,
): WebAnnotationCollection {
  return {
    '@context': annotationContext,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toWebAnnotation) },
  };
}

// Import is lenient in shape (other tools write single values where we write arrays, omit
// optional parts, add their own terms) and strict in what it keeps.

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const looseBody = z.union([
  z.string(),
  z.looseObject({
    type: z.string().optional(),
    value: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
  }),
]);

const looseTarget = z.union([
  z.string(),
  z.looseObject({
    source: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
    selector: oneOrMany(z.looseObject({ type: z.string() })).optional(),
  }),
]);

const looseAnnotation = z.looseObject({
  id: z.string().optional(),
  type: oneOrMany(z.string()),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: oneOrMany(looseBody).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(looseTarget),
});
type LooseAnnotation = z.infer<typeof looseAnnotation>;

const looseQuote = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const uuidPattern = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export interface ImportTarget {
  articleKey: string;
  lang: Lang;
}

export interface ImportOptions {
  /** Where annotations whose source is not a Muwazi article go (e.g. made by another tool on the same text). */
  fallback?: ImportTarget;
  now?: () => Date;
}

export interface ImportResult {
  annotations: Annotation[];
  /** Items that could not be imported, by their place in the file, with the reason. */
  rejected: Array<{ index: number; reason: string }>;
}

function itemsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (json === null || typeof json !== 'object') return null;
  const record = json as Record<string, unknown>;
  const types = asArray(record.type as string | string[] | undefined);
  if (types.includes('AnnotationCollection')) {
    const first = record.first as { items?: unknown } | undefined;
    return Array.isArray(first?.items) ? first.items : null;
  }
  if (types.includes('AnnotationPage')) return Array.isArray(record.items) ? record.items : null;
  if (types.includes('Annotation')) return [json];
  return null;
}

function timestamp(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const time = Date.parse(value);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

function selectorsFrom(item: LooseAnnotation): { selectors: Selectors; source: string | undefined } | string {
  for (const target of asArray(item.target)) {
    if (typeof target === 'string') continue;
    const source = typeof target.source === 'string' ? target.source : target.source?.id;
    const selectors = asArray(target.selector);
    const quote = selectors.map((s) => looseQuote.safeParse(s)).find((r) => r.success)?.data;
    if (!quote) continue;
    const position = selectors
      .map((s) => textPositionSelectorSchema.safeParse(s))
      .find((r) => r.success)?.data;
    const result: Selectors = {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? '',
      },
    };
    if (position)
      result.position = { type: 'TextPositionSelector', start: position.start, end: position.end };
    return { selectors: result, source };
  }
  return 'no target with a TextQuoteSelector';
}

function bodyFrom(item: LooseAnnotation): { note?: string; color: HighlightColor } {
  const notes: string[] = [];
  let color: HighlightColor = 'yellow';
  if (item.bodyValue) notes.push(item.bodyValue);
  for (const body of asArray(item.body)) {
    if (typeof body === 'string') {
      notes.push(body);
      continue;
    }
    const purposes = asArray(body.purpose);
    const value = body.value ?? '';
    if (purposes.includes('highlighting') && (highlightColors as readonly string[]).includes(value)) {
      color = value as HighlightColor;
    } else if (value !== '' && (purposes.length === 0 || purposes.includes('commenting'))) {
      notes.push(value);
    }
  }
  return notes.length > 0 ? { note: notes.join('\n\n'), color } : { color };
}

function importOne(item: unknown, options: ImportOptions, now: string): Annotation | string {
  const parsed = looseAnnotation.safeParse(item);
  if (!parsed.success || !asArray(parsed.data.type).includes('Annotation')) return 'not a Web Annotation';
  const annotation = parsed.data;
  const target = selectorsFrom(annotation);
  if (typeof target === 'string') return target;
  const ours = target.source ? sourcePattern.exec(target.source) : null;
  const place = ours ? { articleKey: ours[1]!, lang: ours[2] as Lang } : options.fallback;
  if (!place) return `unknown source ${target.source ?? '(none)'}`;
  const id = uuidPattern.exec(annotation.id ?? '')?.[1]?.toLowerCase() ?? crypto.randomUUID();
  const created = timestamp(annotation.created, now);
  const result = annotationSchema.safeParse({
    id,
    articleKey: place.articleKey,
    lang: place.lang,
    target: { selectors: target.selectors },
    body: bodyFrom(annotation),
    created,
    modified: timestamp(annotation.modified, created),
  });
  return result.success ? result.data : `invalid annotation: ${result.error.issues[0]?.message ?? 'unknown'}`;
}

/** Reads a Web Annotation document: one annotation, an array, a page or a collection. */
export function fromWebAnnotations(json: unknown, options: ImportOptions = {}): ImportResult {
  const items = itemsOf(json);
  if (items === null)
    return { annotations: [], rejected: [{ index: -1, reason: 'not a Web Annotation document' }] };
  const now = (options.now ?? (() => new Date()))().toISOString();
  const result: ImportResult = { annotations: [], rejected: [] };
  items.forEach((item, index) => {
    const imported = importOne(item, options, now);
    if (typeof imported === 'string') result.rejected.push({ index, reason: imported });
    else result.annotations.push(imported);
  });
  return result;
}
