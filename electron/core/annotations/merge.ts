import type { Annotation } from './model';

/**
 * Two annotations are the same note if they share an id, or if they mark the same passage
 * (same language and selectors) with the same note: importing a file twice, or a file exported
 * from a copy of this library, then adds nothing.
 */
function sameNoteKey(annotation: Annotation): string {
  const { quote, position } = annotation.target.selectors;
  return JSON.stringify([
    annotation.articleKey,
    annotation.lang,
    quote.exact,
    quote.prefix,
    quote.suffix,
    position?.start ?? null,
    position?.end ?? null,
    annotation.body.note ?? '',
  ]);
}

export interface MergeResult {
  merged: Annotation[];
  added: Annotation[];
  /** Incoming annotations left out because an equal one was already there. */
  duplicates: Annotation[];
}

/** Adds incoming annotations to existing ones without duplicates; existing ones always win. */
export function mergeAnnotations(
  existing: readonly Annotation[],
  incoming: readonly Annotation[],
): MergeResult {
  const ids = new Set(existing.map((a) => a.id));
  const keys = new Set(existing.map(sameNoteKey));
  const added: Annotation[] = [];
  const duplicates: Annotation[] = [];
  for (const annotation of incoming) {
    const key = sameNoteKey(annotation);
    if (ids.has(annotation.id) || keys.has(key)) {
      duplicates.push(annotation);
      continue;
    }
    ids.add(annotation.id);
    keys.add(key);
    added.push(annotation);
  }
  return { merged: [...existing, ...added], added, duplicates };
}
