import type { Article, ReadingPosition, Result } from '../../../../electron/contract';
import { call } from '../../api/muwazi';

export interface OpenedArticle {
  article: Article;
  position: ReadingPosition | null;
}

async function fetchArticle(id: string): Promise<Result<OpenedArticle>> {
  const [article, position] = await Promise.all([call('article:open', { id }), call('position:get', { id })]);
  if (!article.ok) return article;
  // A position that cannot be read only means starting at the top.
  return { ok: true, value: { article: article.value, position: position.ok ? position.value : null } };
}

let prefetched: { id: string; result: Promise<Result<OpenedArticle>> } | null = null;

/**
 * Starts loading an article before the app has rendered (when the page opens on a reading
 * address), so the request runs alongside the settings request instead of after it.
 */
export function prefetchArticle(id: string): void {
  prefetched = { id, result: fetchArticle(id) };
}

/** The article and its saved position; a prefetched answer is used once, then forgotten. */
export function openArticle(id: string): Promise<Result<OpenedArticle>> {
  const early = prefetched;
  prefetched = null;
  return early?.id === id ? early.result : fetchArticle(id);
}
