import { type RefObject, useEffect, useMemo } from 'react';
import type { Article } from '../../../../electron/contract';
import type { FetchSentences } from './sentenceStore';
import { call } from '../../api/muwazi';
import { SentenceLinker } from './sentenceLinker';
import { SentenceStore } from './sentenceStore';
import { isStale, reloadStaleArticle, revisionOf } from './staleRows';

/**
 * Sentences of the rows of one revision: the core refuses other rows' (the file changed on
 * disk), and then the article is reloaded, once, rather than painting sentences on wrong rows.
 */
function fetchSentences(id: string, revision: string | undefined): FetchSentences {
  let reloading = false;
  return async (from, to) => {
    const result = await call('article:sentences', { id, from, to, ...revisionOf(revision) });
    if (!result.ok && isStale(result.error) && !reloading) {
      reloading = true;
      reloadStaleArticle(id, result.error);
    }
    return result;
  };
}

/**
 * The sentence linker of the rows as they stand. Sentences are cached per article, alignment
 * and revision: a correction (a new alignment) drops them along with the link drawn.
 */
export function useSentenceLinker(article: Article, rowsRef: RefObject<HTMLElement | null>): SentenceLinker {
  const { id, alignment, revision } = article;
  // The text of an open article never changes: new rows are what make a new store.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the id, the alignment and the revision only
  const linker = useMemo(() => {
    const store = new SentenceStore(alignment.length, fetchSentences(id, revision));
    return new SentenceLinker(() => rowsRef.current, article, store);
  }, [id, alignment, revision, rowsRef]);
  useEffect(() => () => linker.dispose(), [linker]);
  return linker;
}
