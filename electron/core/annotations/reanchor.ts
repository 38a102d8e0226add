import type { Lang } from '../../contract';
import { type Anchor, AnchoringDocument, type AnchorMethod, anchor } from './anchor';
import type { Annotation } from './model';
import { describeRange, type Selectors } from './selectors';

export interface AnchoredAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
  method: AnchorMethod;
  /**
   * Selectors for where the passage is now, present when it moved or its text changed. The
   * stored annotation is left as the user made it; saving these is the caller's choice.
   */
  refreshed?: Selectors;
}

export interface Reanchored {
  /** Anchored annotations, per language in document order. */
  anchored: AnchoredAnnotation[];
  /** Annotations whose passage could not be found: shown apart, kept, never deleted. */
  orphaned: Annotation[];
}

function byStoredPosition(a: Annotation, b: Annotation): number {
  const pa = a.target.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  const pb = b.target.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  return pa - pb;
}

function anchoredFrom(text: string, annotation: Annotation, found: Anchor): AnchoredAnnotation {
  const result: AnchoredAnnotation = { annotation, start: found.start, end: found.end, method: found.method };
  if (found.method !== 'position') result.refreshed = describeRange(text, found.start, found.end);
  return result;
}

/**
 * Finds every annotation of an article in its current text (one document text per language).
 * Annotations are taken in their stored order so each can try the shift its predecessor
 * moved by: after one edit, all later passages have moved alike.
 */
export function reanchorAll(texts: Record<Lang, string>, annotations: readonly Annotation[]): Reanchored {
  const anchored: AnchoredAnnotation[] = [];
  const orphaned: Annotation[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const document = new AnchoringDocument(texts[lang]);
    const mine = annotations.filter((a) => a.lang === lang).sort(byStoredPosition);
    const placed: AnchoredAnnotation[] = [];
    let shift = 0;
    for (const annotation of mine) {
      const found = anchor(document, annotation.target.selectors, { expectedShift: shift });
      if (found === null) {
        orphaned.push(annotation);
        continue;
      }
      const stored = annotation.target.selectors.position;
      if (stored) shift = found.start - stored.start;
      placed.push(anchoredFrom(document.text, annotation, found));
    }
    placed.sort((a, b) => a.start - b.start || a.end - b.end);
    anchored.push(...placed);
  }
  return { anchored, orphaned };
}
