import { useCallback, useEffect, useState } from 'react';
import type {
  ApiError,
  Article,
  ArticleAlignment,
  ReadingPosition,
  Result,
} from '../../../../electron/contract';
import { withAlignment } from '../alignment/applyAlignment';
import { afterPaint } from './frames';
import { type OpenedArticle, openArticle, settledArticle } from './openArticle';

export type OpenedState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      article: Article;
      /** False while `article` holds only the first rows and the rest is on its way. */
      complete: boolean;
      /** How many rows the whole article has. */
      totalRows: number;
      position: ReadingPosition | null;
      /** The answer this state came from, so the same answer is not applied twice. */
      from: OpenedArticle;
    };

function stateOf(result: Result<OpenedArticle>): OpenedState {
  if (!result.ok) return { status: 'error', error: result.error };
  const { article, position, rest, totalRows } = result.value;
  return { status: 'ready', article, complete: rest === null, totalRows, position, from: result.value };
}

function errorState(error: unknown): OpenedState {
  return { status: 'error', error: { code: 'internal', message: String(error) } };
}

/** The state once the whole article has arrived in place of its first rows. */
function withWholeArticle(current: OpenedState, whole: Result<Article>): OpenedState {
  if (!whole.ok) return { status: 'error', error: whole.error };
  if (current.status !== 'ready') return current;
  return { ...current, article: whole.value, complete: true, totalRows: whole.value.alignment.length };
}

/**
 * The article to show: its first rows as soon as they arrive, then the whole of it. Answers
 * that arrive after the view has gone are dropped. The second item sets new rows (a correction's
 * answer) in the open article, in place.
 */
export function useOpenedArticle(id: string): [OpenedState, (alignment: ArticleAlignment) => void] {
  // A prefetched answer already in hand is shown by the first render, without a loading turn.
  const [state, setState] = useState<OpenedState>(() => {
    const early = settledArticle(id);
    return early ? stateOf(early) : { status: 'loading' };
  });

  useEffect(() => {
    let live = true;
    let cancelRest = () => {};
    setState((current) =>
      current.status === 'ready' && current.from.article.id === id ? current : { status: 'loading' },
    );
    openArticle(id)
      .then((result) => {
        if (!live) return;
        setState((current) =>
          current.status === 'ready' && result.ok && current.from === result.value
            ? current
            : stateOf(result),
        );
        if (!result.ok || !result.value.rest) return;
        const loadRest = result.value.rest;
        // The first rows are painted before the rest is asked for (see OpenedArticle.rest).
        cancelRest = afterPaint(() => {
          loadRest()
            .then((whole) => {
              if (live) setState((current) => withWholeArticle(current, whole));
            })
            .catch((error: unknown) => {
              if (live) setState(errorState(error));
            });
        });
      })
      .catch((error: unknown) => {
        if (live) setState(errorState(error));
      });
    return () => {
      live = false;
      cancelRest();
    };
  }, [id]);

  const applyAlignment = useCallback((next: ArticleAlignment) => {
    setState((current) =>
      current.status === 'ready'
        ? { ...current, article: withAlignment(current.article, next), totalRows: next.alignment.length }
        : current,
    );
  }, []);

  return [state, applyAlignment];
}
