import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookmarkEverywhere } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { useResource } from '../../api/useResource';
import { formatNumber } from '../../i18n';
import { BookmarkLabel } from './BookmarkItem';
import { openAtRow } from './openAtRow';
import './bookmarks.css';

const loadAll = () => call('bookmarks:all', {});

interface ArticleGroup {
  articleId: string;
  title: BookmarkEverywhere['title'];
  items: BookmarkEverywhere[];
}

function byArticle(all: readonly BookmarkEverywhere[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const item of all) {
    const group = groups.get(item.articleId) ?? { articleId: item.articleId, title: item.title, items: [] };
    group.items.push(item);
    groups.set(item.articleId, group);
  }
  const rank = (row: number | null) => (row === null ? Number.MAX_SAFE_INTEGER : row);
  for (const group of groups.values()) group.items.sort((a, b) => rank(a.row) - rank(b.row));
  return [...groups.values()];
}

/** Every bookmark in the library, by article; choosing one opens the article at its row. */
export function AllBookmarks() {
  const { t } = useTranslation();
  const [all] = useResource('bookmarks', loadAll);
  const groups = useMemo(() => (all.status === 'ready' ? byArticle(all.value) : []), [all]);
  // A library that cannot list its bookmarks still lists its articles; the error shows in the reader.
  if (all.status !== 'ready') return null;
  return (
    <section className="all-bookmarks" data-testid="all-bookmarks" aria-labelledby="all-bookmarks-heading">
      <h2 id="all-bookmarks-heading">{t('bookmarks.allHeading')}</h2>
      {groups.length === 0 ? (
        <p className="muted">{t('bookmarks.allEmpty')}</p>
      ) : (
        <ul className="all-bookmarks-groups">
          {groups.map((group) => (
            <li key={group.articleId} className="all-bookmarks-group">
              <h3 className="all-bookmarks-title">
                <span lang="ar" dir="rtl" className="all-bookmarks-title-ar">
                  {group.title.ar}
                </span>
                {group.title.en && (
                  <span lang="en" dir="ltr" className="all-bookmarks-title-en">
                    {group.title.en}
                  </span>
                )}
              </h3>
              <ol className="all-bookmarks-list">
                {group.items.map((item) => (
                  <li key={item.bookmark.id}>
                    <button
                      type="button"
                      className="bookmark-jump"
                      data-testid="all-bookmark-item"
                      onClick={() => void openAtRow(item.articleId, item.row)}
                    >
                      <BookmarkLabel
                        name={item.bookmark.name}
                        opening={{ lang: item.bookmark.lang, text: item.bookmark.quote.exact }}
                      />
                      <span className="bookmark-where muted">
                        {item.row === null
                          ? t('bookmarks.notFound')
                          : t('bookmarks.rowLabel', { row: formatNumber(item.row + 1) })}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
