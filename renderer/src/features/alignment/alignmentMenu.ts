import { createContext, useContext } from 'react';
import type { AlignmentCorrection, Bead, Lang } from '../../../../electron/contract';

/** A paragraph of the article, by language and index. */
export interface ParagraphPlace {
  lang: Lang;
  paragraph: number;
}

/** What the row menu needs to offer corrections of the rows. */
export interface AlignmentMenu {
  alignment: readonly Bead[];
  /** False while only the first rows are in (a correction answers with every row) or one is running. */
  canCorrect: boolean;
  /** Whether the article has corrections of the reader's to forget. */
  hasCorrections: boolean;
  /** Applies a correction; `keep` is the paragraph that stays where it is on screen. */
  correct(correction: AlignmentCorrection, keep?: ParagraphPlace): void;
  reset(): void;
  /** Where the keyboard's sentence cursor is, so the menu opened from the keyboard is about it. */
  cursorPlace(): (ParagraphPlace & { row: number }) | null;
}

export const AlignmentMenuContext = createContext<AlignmentMenu | null>(null);

/** The reader's alignment corrections; null outside a reader. */
export function useAlignmentMenu(): AlignmentMenu | null {
  return useContext(AlignmentMenuContext);
}
