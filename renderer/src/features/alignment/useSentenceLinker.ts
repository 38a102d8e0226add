import { type RefObject, useEffect, useMemo } from 'react';
import type { Article } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { SentenceLinker } from './sentenceLinker';
import { SentenceStore } from './sentenceStore';

/**
 * The sentence linker of the rows as they stand. Sentences are cached per article and
 * alignment: a correction (a new alignment) drops them along with the link drawn.
 */
export function useSentenceLinker(article: Article, rowsRef: RefObject<HTMLElement | null>): SentenceLinker {
  const { id, alignment } = article;
  // The text of an open article never changes: a new alignment is what makes a new store.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the id and the alignment only
  const linker = useMemo(() => {
    const store = new SentenceStore(alignment.length, (from, to) =>
      call('article:sentences', { id, from, to }),
    );
    return new SentenceLinker(() => rowsRef.current, article, store);
  }, [id, alignment, rowsRef]);
  useEffect(() => () => linker.dispose(), [linker]);
  return linker;
}
