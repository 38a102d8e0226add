import { mkdir } from 'node:fs/promises';
import type { Article, LibraryListing } from '../../contract';
import { MuwaziError } from '../errors';
import { summariseLibrary } from '../import/libraryIndex';
import type { ArticleIdentities } from './identity';
import { loadArticle } from './loadArticle';

/** The articles in one library folder, addressed by lasting ids that follow renames and moves. */
export class Library {
  constructor(
    readonly root: string,
    private readonly identities: ArticleIdentities,
    /** Cached summaries (derived data, rebuilt when missing), so unchanged files are not re-read. */
    private readonly indexFile: string,
  ) {}

  async list(): Promise<LibraryListing> {
    await mkdir(this.root, { recursive: true });
    const index = await summariseLibrary(this.root, this.indexFile);
    const ids = await this.identities.assign(
      index.summaries.map((summary) => ({
        file: summary.file,
        content: summary.content,
        title: summary.title.ar,
      })),
    );
    const articles = index.summaries.map(({ content: _content, ...summary }) => ({
      ...summary,
      id: ids.get(summary.file)!,
    }));
    return { folder: this.root, articles, problems: index.problems };
  }

  /**
   * Lists again after files changed on disk and says which articles they belong to (a
   * translation belongs to its article), by the ids they had before and have now.
   */
  async changedArticles(files: readonly string[]): Promise<string[]> {
    const before = await this.identities.idsByFile();
    await this.list();
    const after = await this.identities.idsByFile();
    const ids = new Set<string>();
    for (const file of files) {
      const article = file.replace(/\.en(\.[^./]+)$/, '');
      for (const map of [before, after]) {
        for (const [known, id] of map) {
          if (known === file || known.replace(/\.[^./]+$/, '') === article) ids.add(id);
        }
      }
    }
    return [...ids].sort();
  }

  async open(id: string): Promise<Article> {
    const known = await this.identities.fileOf(id);
    if (known !== undefined) {
      try {
        return await loadArticle(this.root, known, id);
      } catch (error) {
        // Renamed or moved since the last listing: list again to find where it went.
        if (!(error instanceof MuwaziError && error.code === 'not-found')) throw error;
      }
    }
    await this.list();
    const file = await this.identities.fileOf(id);
    if (file === undefined) throw new MuwaziError('not-found', 'No article in the library has that id.');
    return loadArticle(this.root, file, id);
  }
}
