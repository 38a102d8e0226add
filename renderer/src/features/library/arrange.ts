import type { ArticleSummary } from '../../../../electron/contract';
import { normalizeForMatch } from './normalizeForMatch';

export const librarySorts = ['added', 'lastRead', 'title', 'translated'] as const;
export type LibrarySort = (typeof librarySorts)[number];

const sortKey = 'muwazi.librarySort';

export function savedSort(): LibrarySort {
  try {
    const saved = localStorage.getItem(sortKey);
    return librarySorts.find((sort) => sort === saved) ?? 'added';
  } catch {
    return 'added';
  }
}

export function saveSort(sort: LibrarySort): void {
  try {
    localStorage.setItem(sortKey, sort);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit only.
  }
}

const arabicCollator = new Intl.Collator('ar');

/** Newest first; articles without a time keep their listed order after those with one. */
function byTimeDescending(a?: string, b?: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}

const compare: Record<LibrarySort, (a: ArticleSummary, b: ArticleSummary) => number> = {
  added: (a, b) => byTimeDescending(a.added, b.added),
  lastRead: (a, b) => byTimeDescending(a.lastRead, b.lastRead),
  title: (a, b) => arabicCollator.compare(a.title.ar, b.title.ar),
  translated: (a, b) => b.translated - a.translated,
};

function matches(article: ArticleSummary, query: string): boolean {
  return [article.title.ar, article.title.en ?? '', article.file].some((text) =>
    normalizeForMatch(text).includes(query),
  );
}

/** The articles to show: those matching the filter (titles in either language or the file name), in the chosen order. */
export function arrange(
  articles: readonly ArticleSummary[],
  sort: LibrarySort,
  filter: string,
): ArticleSummary[] {
  const query = normalizeForMatch(filter.trim());
  const shown = query ? articles.filter((article) => matches(article, query)) : [...articles];
  return shown.sort(compare[sort]);
}
