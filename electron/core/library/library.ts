import { mkdir } from 'node:fs/promises';
import type { Article, ArticleSummary, LibraryListing, LibraryProblem } from '../../contract';
import { translatedShare } from '../article/alignment';
import { MuwaziError, toApiError } from '../errors';
import { articleIdFor } from './files';
import { loadArticle } from './loadArticle';
import { scanArticleFiles } from './scan';

function summarise(article: Article): ArticleSummary {
  return {
    id: article.id,
    file: article.source.file,
    title: article.title,
    paragraphs: article.ar.length,
    translated: translatedShare(article.alignment, article.ar.length),
  };
}

/** The articles in one library folder, addressed by opaque id. */
export class Library {
  private idToFile = new Map<string, string>();

  constructor(readonly root: string) {}

  async list(): Promise<LibraryListing> {
    await mkdir(this.root, { recursive: true });
    const files = await scanArticleFiles(this.root);
    this.idToFile = new Map(files.map((file) => [articleIdFor(file), file]));
    const articles: ArticleSummary[] = [];
    const problems: LibraryProblem[] = [];
    for (const file of files) {
      try {
        articles.push(summarise(await loadArticle(this.root, file)));
      } catch (error) {
        problems.push({ file, code: toApiError(error).code });
      }
    }
    return { folder: this.root, articles, problems };
  }

  async open(id: string): Promise<Article> {
    return loadArticle(this.root, await this.fileFor(id));
  }

  private async fileFor(id: string): Promise<string> {
    let file = this.idToFile.get(id);
    if (file === undefined) {
      // The folder may have changed since the last listing.
      await this.list();
      file = this.idToFile.get(id);
    }
    if (file === undefined) throw new MuwaziError('not-found', 'No article in the library has that id.');
    return file;
  }
}
