import type { Article, Lang } from '../../../../electron/contract';
import { clearSentenceLink, paintSentenceLink, rangesOfSpans } from './sentenceHighlights';
import { linkedSpans, type SentenceRef } from './sentenceLinks';
import type { SentenceStore } from './sentenceStore';

function same(a: SentenceRef | null, b: SentenceRef | null): boolean {
  return a === b || (a !== null && b !== null && a.row === b.row && a.lang === b.lang && a.index === b.index);
}

/**
 * Which sentence link is shown: the one under the pointer while there is one, otherwise the
 * keyboard (or text caret) cursor's. Belongs to one alignment: rows that change make a new one.
 */
export class SentenceLinker {
  private hovered: SentenceRef | null = null;
  private current: SentenceRef | null = null;

  constructor(
    private readonly root: () => HTMLElement | null,
    readonly article: Pick<Article, 'ar' | 'en'>,
    readonly store: SentenceStore,
  ) {}

  get cursor(): SentenceRef | null {
    return this.current;
  }

  setHover(ref: SentenceRef | null): void {
    if (same(ref, this.hovered)) return;
    this.hovered = ref;
    this.paint();
  }

  setCursor(ref: SentenceRef | null): void {
    if (same(ref, this.current)) return;
    this.current = ref;
    this.paint();
  }

  /** The paragraph the cursor is in, with its row. */
  cursorPlace(): { row: number; lang: Lang; paragraph: number } | null {
    const ref = this.current;
    const span = ref ? this.store.get(ref.row)?.[ref.lang][ref.index] : undefined;
    return ref && span ? { row: ref.row, lang: ref.lang, paragraph: span.paragraph } : null;
  }

  /** The DOM ranges of the cursor's own sentence, for scrolling it into view. */
  cursorRanges(): Range[] {
    const ref = this.current;
    const root = this.root();
    const sentences = ref && this.store.get(ref.row);
    if (!ref || !root || !sentences) return [];
    return rangesOfSpans(root, this.article, linkedSpans(sentences, ref))
      .filter((item) => item.own)
      .map((item) => item.range);
  }

  paint(): void {
    const ref = this.hovered ?? this.current;
    const root = this.root();
    const sentences = ref && this.store.get(ref.row);
    if (!ref || !root || !sentences) {
      paintSentenceLink([], false);
      return;
    }
    const ranges = rangesOfSpans(root, this.article, linkedSpans(sentences, ref));
    paintSentenceLink(ranges, same(ref, this.current));
  }

  dispose(): void {
    this.hovered = null;
    this.current = null;
    clearSentenceLink();
  }
}
