import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { articleIdSchema } from '../../contract';
import type { JsonStore } from '../storage/jsonStore';

/**
 * Articles keep one id for life, so reading positions, bookmarks and notes follow a file that
 * is renamed or moved inside the library. The data folder remembers, for each id, the file it
 * was last seen at and two fingerprints of its content: a file that turns up at a new path takes
 * over the id of a vanished file with the same content, or failing that the same title.
 */

export const identityIndexSchema = z.object({
  articles: z.record(
    articleIdSchema,
    z.object({ file: z.string(), content: z.string(), title: z.string(), added: z.string().optional() }),
  ),
});
export type IdentityIndex = z.infer<typeof identityIndexSchema>;

export interface SeenArticle {
  file: string;
  /** Hash of the article's text (title and paragraphs). */
  content: string;
  title: string;
}

export function newArticleId(): string {
  return randomBytes(8).toString('hex');
}

/** Assigns ids to the files found now, reusing remembered ones; returns the updated index too. */
export function assignIds(
  index: IdentityIndex,
  seen: readonly SeenArticle[],
  now = new Date(),
): {
  ids: Map<string, string>;
  index: IdentityIndex;
} {
  const articles = { ...index.articles };
  const ids = new Map<string, string>();
  const idByFile = new Map(Object.entries(articles).map(([id, entry]) => [entry.file, id]));
  const present = new Set(seen.map((article) => article.file));
  const vanished = new Set(Object.keys(articles).filter((id) => !present.has(articles[id]!.file)));

  const unmatched: SeenArticle[] = [];
  for (const article of seen) {
    const id = idByFile.get(article.file);
    if (id === undefined) unmatched.push(article);
    else ids.set(article.file, id);
  }
  const claim = (article: SeenArticle, test: (entry: SeenArticle) => boolean): boolean => {
    for (const id of vanished) {
      if (test(articles[id]!)) {
        vanished.delete(id);
        ids.set(article.file, id);
        return true;
      }
    }
    return false;
  };
  const stillUnmatched = unmatched.filter(
    (article) => !claim(article, (entry) => entry.content === article.content),
  );
  for (const article of stillUnmatched) {
    if (!claim(article, (entry) => article.title !== '' && entry.title === article.title)) {
      ids.set(article.file, newArticleId());
    }
  }
  const added = now.toISOString();
  for (const article of seen) {
    const id = ids.get(article.file)!;
    articles[id] = {
      file: article.file,
      content: article.content,
      title: article.title,
      added: articles[id]?.added ?? added,
    };
  }
  return { ids, index: { articles } };
}

export class ArticleIdentities {
  constructor(private readonly store: JsonStore<IdentityIndex>) {}

  async assign(seen: readonly SeenArticle[]): Promise<Map<string, string>> {
    let ids = new Map<string, string>();
    await this.store.update((index) => {
      const result = assignIds(index, seen);
      ids = result.ids;
      return result.index;
    });
    return ids;
  }

  /** When each article first appeared in the library. */
  async addedTimes(): Promise<Map<string, string>> {
    const { articles } = await this.store.read();
    return new Map(
      Object.entries(articles).flatMap(([id, entry]) => (entry.added ? [[id, entry.added]] : [])),
    );
  }

  /** Records a rename or move made by Muwazi itself, so the id need not be matched by content. */
  async moved(id: string, file: string): Promise<void> {
    await this.store.update((index) => {
      const entry = index.articles[id];
      return entry ? { articles: { ...index.articles, [id]: { ...entry, file } } } : index;
    });
  }

  /** Which id each known file has now. */
  async idsByFile(): Promise<Map<string, string>> {
    const { articles } = await this.store.read();
    return new Map(Object.entries(articles).map(([id, entry]) => [entry.file, id]));
  }

  async fileOf(id: string): Promise<string | undefined> {
    return (await this.store.read()).articles[id]?.file;
  }
}
