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
type IdentityEntry = IdentityIndex['articles'][string];

export interface SeenArticle {
  file: string;
  /** Hash of the article's text (title and paragraphs). */
  content: string;
  title: string;
}

export function newArticleId(): string {
  return randomBytes(8).toString('hex');
}

/** A file's path without its extension; a translation shares it with its article once `.en` goes. */
function withoutExtension(file: string): string {
  return file.replace(/\.[^./]+$/, '');
}

/**
 * Lookups derived from one state of the index. A library is listed far more often than it
 * changes, so they are built once per state and reused until the index is replaced.
 */
export class IdentityView {
  /** When two entries name the same file, the later one wins, as it always has. */
  readonly idByFile: ReadonlyMap<string, string>;
  readonly addedById: ReadonlyMap<string, string>;
  private idsByStem: Map<string, string[]> | undefined;

  constructor(readonly index: IdentityIndex) {
    const idByFile = new Map<string, string>();
    const addedById = new Map<string, string>();
    for (const [id, entry] of Object.entries(index.articles)) {
      idByFile.set(entry.file, id);
      if (entry.added) addedById.set(id, entry.added);
    }
    this.idByFile = idByFile;
    this.addedById = addedById;
  }

  /** Ids of the known files whose path is `stem` plus an extension (built on first use only). */
  idsWithStem(stem: string): readonly string[] {
    if (this.idsByStem === undefined) {
      this.idsByStem = new Map();
      for (const [file, id] of this.idByFile) {
        const key = withoutExtension(file);
        const ids = this.idsByStem.get(key);
        if (ids) ids.push(id);
        else this.idsByStem.set(key, [id]);
      }
    }
    return this.idsByStem.get(stem) ?? [];
  }
}

/**
 * Ids of the files still where the index last saw them. `unchanged` is true only when every
 * one of them also has the same fingerprints and an added time, so the index needs no change.
 */
function idsOfKnownFiles(
  view: IdentityView,
  seen: readonly SeenArticle[],
): { ids: Map<string, string>; unmatched: SeenArticle[]; unchanged: boolean } {
  const ids = new Map<string, string>();
  const unmatched: SeenArticle[] = [];
  let unchanged = true;
  for (const article of seen) {
    const id = view.idByFile.get(article.file);
    if (id === undefined) {
      unmatched.push(article);
      unchanged = false;
      continue;
    }
    ids.set(article.file, id);
    const entry = view.index.articles[id]!;
    if (entry.content !== article.content || entry.title !== article.title || !entry.added) {
      unchanged = false;
    }
  }
  return { ids, unmatched, unchanged };
}

/** Vanished ids sharing one fingerprint, in index order; each is handed out at most once. */
class Candidates {
  private next = 0;
  constructor(readonly ids: string[] = []) {}

  /** The first id nobody has claimed; claimed ones are passed over for good, so no rescans. */
  take(claimed: ReadonlySet<string>): string | undefined {
    while (this.next < this.ids.length && claimed.has(this.ids[this.next]!)) this.next++;
    return this.ids[this.next];
  }
}

/** The vanished entries grouped by one fingerprint, so a new file finds its match without a scan. */
function vanishedBy(
  vanished: readonly string[],
  articles: IdentityIndex['articles'],
  fingerprint: (entry: IdentityEntry) => string,
): Map<string, Candidates> {
  const groups = new Map<string, Candidates>();
  for (const id of vanished) {
    const key = fingerprint(articles[id]!);
    const group = groups.get(key) ?? new Candidates();
    group.ids.push(id);
    groups.set(key, group);
  }
  return groups;
}

/**
 * Gives vanished ids (their file no longer present) to new files: the first one in index order
 * with the same content, else with the same title (an empty title matches nothing), else a new id.
 */
function claimVanished(
  index: IdentityIndex,
  seen: readonly SeenArticle[],
  unmatched: readonly SeenArticle[],
  ids: Map<string, string>,
): void {
  if (unmatched.length === 0) return;
  const present = new Set(seen.map((article) => article.file));
  const vanished = Object.keys(index.articles).filter((id) => !present.has(index.articles[id]!.file));
  const claimed = new Set<string>();
  const claim = (article: SeenArticle, candidates: Candidates | undefined): boolean => {
    const id = candidates?.take(claimed);
    if (id === undefined) return false;
    claimed.add(id);
    ids.set(article.file, id);
    return true;
  };
  const byContent = vanishedBy(vanished, index.articles, (entry) => entry.content);
  const byTitle = vanishedBy(vanished, index.articles, (entry) => entry.title);
  const stillUnmatched = unmatched.filter((article) => !claim(article, byContent.get(article.content)));
  for (const article of stillUnmatched) {
    const candidates = article.title === '' ? undefined : byTitle.get(article.title);
    if (!claim(article, candidates)) ids.set(article.file, newArticleId());
  }
}

/**
 * Assigns ids to the files found now, reusing remembered ones. Returns the index unchanged (the
 * same object) when nothing about the files changed, so the caller can skip saving it.
 */
export function assignIds(
  view: IdentityView,
  seen: readonly SeenArticle[],
  now = new Date(),
): {
  ids: Map<string, string>;
  index: IdentityIndex;
} {
  const { ids, unmatched, unchanged } = idsOfKnownFiles(view, seen);
  if (unchanged) return { ids, index: view.index };
  claimVanished(view.index, seen, unmatched, ids);
  const articles = { ...view.index.articles };
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
  private view: IdentityView | undefined;

  constructor(private readonly store: JsonStore<IdentityIndex>) {}

  /** Which id each known file has now, and the other lookups; rebuilt only after the index changed. */
  async lookups(): Promise<IdentityView> {
    return this.viewOf(await this.store.read());
  }

  private viewOf(index: IdentityIndex): IdentityView {
    if (this.view?.index !== index) this.view = new IdentityView(index);
    return this.view;
  }

  async assign(seen: readonly SeenArticle[]): Promise<Map<string, string>> {
    let ids = new Map<string, string>();
    // Returning the same index tells the store nothing changed, so the file is not rewritten.
    await this.store.update((index) => {
      const result = assignIds(this.viewOf(index), seen);
      ids = result.ids;
      return result.index;
    });
    return ids;
  }

  /** When each article first appeared in the library. */
  async addedTimes(): Promise<ReadonlyMap<string, string>> {
    return (await this.lookups()).addedById;
  }

  /** Records a rename or move made by Muwazi itself, so the id need not be matched by content. */
  async moved(id: string, file: string): Promise<void> {
    await this.store.update((index) => {
      const entry = index.articles[id];
      return entry ? { articles: { ...index.articles, [id]: { ...entry, file } } } : index;
    });
  }

  async fileOf(id: string): Promise<string | undefined> {
    return (await this.store.read()).articles[id]?.file;
  }
}
