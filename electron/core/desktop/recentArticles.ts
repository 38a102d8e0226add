import { z } from 'zod';
import { articleIdSchema, type DataProblem, type UiLanguage } from '../../contract';
import { JsonStore } from '../storage/jsonStore';

export const maxRecentArticles = 10;
/** Titles are kept short: they are menu labels, and the full title is in the article. */
const maxStoredTitle = 200;

const titleSchema = z.object({
  ar: z.string().max(maxStoredTitle),
  en: z.string().max(maxStoredTitle).optional(),
});
const recentSchema = z.object({
  articles: z.array(z.object({ id: articleIdSchema, title: titleSchema })).max(maxRecentArticles),
});

export type RecentArticle = z.infer<typeof recentSchema>['articles'][number];

function shortTitle(title: { ar: string; en?: string }): RecentArticle['title'] {
  const clip = (text: string) => (text.length > maxStoredTitle ? text.slice(0, maxStoredTitle) : text);
  return title.en === undefined ? { ar: clip(title.ar) } : { ar: clip(title.ar), en: clip(title.en) };
}

/** The list with `entry` first: an article opened again moves to the top, the oldest drops off. */
export function withRecent(
  list: readonly RecentArticle[],
  entry: { id: string; title: { ar: string; en?: string } },
): RecentArticle[] {
  const first = { id: entry.id, title: shortTitle(entry.title) };
  return [first, ...list.filter((item) => item.id !== entry.id)].slice(0, maxRecentArticles);
}

function sameList(a: readonly RecentArticle[], b: readonly RecentArticle[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The articles opened last (recent-articles.json in the data folder), newest first, by id and
 * title: ids follow an article through renames, and the title is what the menu shows.
 */
export class RecentArticles {
  private readonly store: JsonStore<z.infer<typeof recentSchema>>;

  constructor(dataDir: string, report?: (problem: DataProblem) => void) {
    this.store = new JsonStore(dataDir, 'recent-articles', recentSchema, () => ({ articles: [] }), 1, report);
  }

  async list(): Promise<RecentArticle[]> {
    return (await this.store.read()).articles;
  }

  /** Records an opened article; true when the list changed (nothing is written otherwise). */
  async add(entry: { id: string; title: { ar: string; en?: string } }): Promise<boolean> {
    return this.change((articles) => withRecent(articles, entry));
  }

  /** Drops an article that is no longer in the library. */
  async remove(id: string): Promise<boolean> {
    return this.change((articles) => articles.filter((item) => item.id !== id));
  }

  async clear(): Promise<boolean> {
    return this.change(() => []);
  }

  private async change(next: (articles: RecentArticle[]) => RecentArticle[]): Promise<boolean> {
    const before = await this.list();
    const after = next(before);
    if (sameList(before, after)) return false;
    await this.store.update((current) => ({ articles: next(current.articles) }));
    return true;
  }
}

/**
 * A recent article as a menu label: the title in the UI language when the article has one,
 * shortened, with `&` doubled on Windows and Linux, whose menus read a single one as a mnemonic.
 */
export function recentLabel(
  article: RecentArticle,
  language: UiLanguage,
  platform: NodeJS.Platform,
  maxLength = 60,
): string {
  const title = (language === 'en' ? (article.title.en ?? article.title.ar) : article.title.ar).trim();
  const chars = [...title.replace(/\s+/g, ' ')];
  const shown =
    chars.length > maxLength
      ? `${chars
          .slice(0, maxLength - 1)
          .join('')
          .trimEnd()}…`
      : chars.join('');
  const label = shown || article.id;
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}
