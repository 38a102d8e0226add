import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import moveToTrash from 'trash';
import type { Article, LibraryListing } from '../../contract';
import { MuwaziError } from '../errors';
import { summariseLibrary } from '../import/libraryIndex';
import type { ArticleIdentities } from './identity';
import { loadArticle } from './loadArticle';

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Reads one article file of a library (library root, library-relative file, lasting id). */
export type ArticleReader = (root: string, file: string, id: string) => Promise<Article>;

/** The articles in one library folder, addressed by lasting ids that follow renames and moves. */
export class Library {
  /**
   * How `open` reads a file. The alignment service puts its cache and the reader's alignment
   * corrections here (see alignment/alignmentService.ts), so every caller of `open` gets both.
   */
  readArticle: ArticleReader = loadArticle;

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
    const added = await this.identities.addedTimes();
    const articles = index.summaries.map(({ content: _content, ...summary }) => {
      const id = ids.get(summary.file)!;
      const when = added.get(id);
      return { ...summary, id, ...(when ? { added: when } : {}) };
    });
    return { folder: this.root, articles, problems: index.problems };
  }

  /**
   * Lists again after files changed on disk and says which articles they belong to (a
   * translation belongs to its article), by the ids they had before and have now.
   */
  async changedArticles(files: readonly string[]): Promise<string[]> {
    const before = await this.identities.lookups();
    await this.list();
    const after = await this.identities.lookups();
    const ids = new Set<string>();
    for (const file of files) {
      const article = file.replace(/\.en(\.[^./]+)$/, '');
      for (const known of [before, after]) {
        const exact = known.idByFile.get(file);
        if (exact !== undefined) ids.add(exact);
        for (const id of known.idsWithStem(article)) ids.add(id);
      }
    }
    return [...ids].sort();
  }

  /** Renames an article file and its translation in their folder; the id (and every note) stays. */
  async rename(id: string, name: string): Promise<{ file: string }> {
    const article = await this.open(id);
    const from = article.source.file;
    const folder = path.posix.dirname(from);
    const extension = path.posix.extname(from);
    const stem = name.toLowerCase().endsWith(extension.toLowerCase())
      ? name.slice(0, -extension.length)
      : name;
    const to = folder === '.' ? `${stem}${extension}` : `${folder}/${stem}${extension}`;
    if (to === from) return { file: from };
    const moves: [string, string][] = [[from, to]];
    const translation = article.source.translation?.file;
    if (translation) {
      moves.push([
        translation,
        `${to.slice(0, -extension.length)}${translation.slice(translation.lastIndexOf('.en.'))}`,
      ]);
    }
    for (const [, target] of moves) {
      if (await exists(path.join(this.root, target))) {
        throw new MuwaziError('name-taken', `${target} is already in the library.`);
      }
    }
    for (const [source, target] of moves) {
      await rename(path.join(this.root, source), path.join(this.root, target));
    }
    await this.identities.moved(id, to);
    return { file: to };
  }

  /** Moves an article and its translation to the system trash, from where the user can restore them. */
  async trash(id: string): Promise<{ trashed: string[] }> {
    const article = await this.open(id);
    const files = [
      article.source.file,
      ...(article.source.translation ? [article.source.translation.file] : []),
    ];
    await moveToTrash(files.map((file) => path.join(this.root, file)));
    return { trashed: files };
  }

  async open(id: string): Promise<Article> {
    const known = await this.identities.fileOf(id);
    if (known !== undefined) {
      try {
        return await this.readArticle(this.root, known, id);
      } catch (error) {
        // Renamed or moved since the last listing: list again to find where it went.
        if (!(error instanceof MuwaziError && error.code === 'not-found')) throw error;
      }
    }
    await this.list();
    const file = await this.identities.fileOf(id);
    if (file === undefined) throw new MuwaziError('not-found', 'No article in the library has that id.');
    return this.readArticle(this.root, file, id);
  }
}
