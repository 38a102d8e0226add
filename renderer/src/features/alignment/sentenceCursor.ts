import type { Lang } from '../../../../electron/contract';
import { counterpartOf, entryOfRow, otherLang, type SentenceRef, stepInRow } from './sentenceLinks';
import type { SentenceStore } from './sentenceStore';

/*
 * Moves of the keyboard's sentence cursor. Rows with no sentence in the cursor's language (an
 * untranslated paragraph, say) are passed over; their sentences are asked for as they come.
 */

/** How far a move looks for a row with text in its language before it gives up. */
const maxRowsPassed = 400;

export type CursorMove = 'next' | 'previous' | 'switch';

/** The first sentence of a row, in the language asked for when it has one there. */
export async function cursorStart(
  store: SentenceStore,
  row: number,
  lang: Lang,
): Promise<SentenceRef | null> {
  for (let at = row; at < store.totalRows && at < row + maxRowsPassed; at++) {
    const sentences = await store.load(at);
    if (!sentences) return null;
    for (const each of [lang, otherLang[lang]]) {
      const index = entryOfRow(sentences, each, 1);
      if (index !== null) return { row: at, lang: each, index };
    }
  }
  return null;
}

/** The next or previous sentence in the same language, across rows; null at the article's edge. */
export async function cursorStep(
  store: SentenceStore,
  from: SentenceRef,
  direction: 1 | -1,
): Promise<SentenceRef | null> {
  const here = await store.load(from.row);
  const inRow = here ? stepInRow(here, from, direction) : null;
  if (inRow !== null) return { ...from, index: inRow };
  for (let passed = 1; passed <= maxRowsPassed; passed++) {
    const row = from.row + direction * passed;
    if (row < 0 || row >= store.totalRows) return null;
    const sentences = await store.load(row);
    if (!sentences) return null;
    const index = entryOfRow(sentences, from.lang, direction);
    if (index !== null) return { row, lang: from.lang, index };
  }
  return null;
}

/** The cursor in the other pane: on the sentence read with this one. Null when that pane is empty. */
export async function cursorSwitch(store: SentenceStore, from: SentenceRef): Promise<SentenceRef | null> {
  const sentences = await store.load(from.row);
  const index = sentences ? counterpartOf(sentences, from) : null;
  return index === null ? null : { row: from.row, lang: otherLang[from.lang], index };
}

/** The cursor move a key press asks for, if any; `clear` is Escape. */
export function sentenceKey(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): CursorMove | 'clear' | null {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (!event.altKey) return event.key === 'Escape' ? 'clear' : null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  // By the physical key, so it is the same key on an Arabic layout (and Option+/ on a Mac).
  if (event.code === 'Slash') return 'switch';
  return null;
}
