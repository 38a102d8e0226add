import type { Article, ReadingPosition, Result } from '../../../../electron/contract';
import { call } from '../../api/muwazi';

/** Rows asked for first: more than fill a tall screen even when every row is one short line. */
export const headRows = 40;

export interface OpenedArticle {
  /** The whole article, or only its first rows while `rest` is on its way. */
  article: Article;
  position: ReadingPosition | null;
  /**
   * Asks for the whole article, when `article` holds only its first rows. Left to the caller
   * to call once the first rows are on screen: the server serialises the whole article in one
   * go, which holds up the answers asked for alongside it (the settings the first render waits
   * for), and the page parses it in one long task, which must not land before that first paint.
   */
  rest: (() => Promise<Result<Article>>) | null;
  /** How many rows the whole article has. */
  totalRows: number;
}

async function fetchArticle(id: string): Promise<Result<OpenedArticle>> {
  const positionRequest = call('position:get', { id });
  // The whole article is asked for only once the head has arrived: asked for together, the
  // server works on both at once and the small answer waits behind the large one.
  const head = await call('article:head', { id, rows: headRows });
  if (!head.ok) return head;
  const whole = head.value.totalRows <= head.value.article.alignment.length;
  const rest = whole ? null : () => call('article:open', { id });
  const saved = await positionRequest;
  // A position that cannot be read only means starting at the top.
  const position = saved.ok ? saved.value : null;
  if (rest && position && position.row >= head.value.article.alignment.length) {
    // The saved place is past the head: showing the top first would only jump away from it.
    const article = await rest();
    if (!article.ok) return article;
    const totalRows = article.value.alignment.length;
    return { ok: true, value: { article: article.value, position, rest: null, totalRows } };
  }
  return {
    ok: true,
    value: { article: head.value.article, position, rest, totalRows: head.value.totalRows },
  };
}

interface Pending {
  id: string;
  result: Promise<Result<OpenedArticle>>;
  /** Set once the answer is in, so the first render can use it without waiting a turn. */
  settled?: Result<OpenedArticle>;
}

let prefetched: Pending | null = null;

/**
 * Starts loading an article before the app has rendered (when the page opens on a reading
 * address), so the requests run alongside the settings request instead of after it.
 */
export function prefetchArticle(id: string): void {
  const pending: Pending = { id, result: fetchArticle(id) };
  pending.result.then(
    (result) => {
      pending.settled = result;
    },
    () => {},
  );
  prefetched = pending;
}

/** The prefetched answer for this article if it has already arrived, so a first render can use it. */
export function settledArticle(id: string): Result<OpenedArticle> | undefined {
  return prefetched?.id === id ? prefetched.settled : undefined;
}

/** The article and its saved position; a prefetched answer is used once, then forgotten. */
export function openArticle(id: string): Promise<Result<OpenedArticle>> {
  const early = prefetched;
  prefetched = null;
  return early?.id === id ? early.result : fetchArticle(id);
}
