import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Article, ArticleSummary, LibraryListing, LibraryProblem } from '../../contract';
import { translatedShare } from '../article/alignment';
import { MuwaziError, toApiError } from '../errors';
import type { ArticleIdentities, SeenArticle } from './identity';
import { loadArticle } from './loadArticle';
import { scanArticleFiles } from './scan';

function summarise(article: Article, id: string): ArticleSummary {
  return {
    id,
    file: article.source.file,
    title: article.title,
    paragraphs: article.ar.length,
    translated: translatedShare(article.alignment, article.ar.length),
  };
}

/** What identifies an article's text whatever its file is called. */
function contentFingerprint(article: Article): string {
  const hash = createHash('sha256').update(article.title.ar);
  for (const paragraph of article.ar) hash.update('\n\n').update(paragraph.text);
  return hash.digest('hex').slice(0, 32);
}

/** The articles in one library folder, addressed by lasting ids that follow renames and moves. */
export class Library {
  constructor(
    readonly root: string,
    private readonly identities: ArticleIdentities,
  ) {}

  async list(): Promise<LibraryListing> {
    await mkdir(this.root, { recursive: true });
    const files = await scanArticleFiles(this.root);
    const loaded: Article[] = [];
    const problems: LibraryProblem[] = [];
    for (const file of files) {
      try {
        loaded.push(await loadArticle(this.root, file));
      } catch (error) {
        problems.push({ file, code: toApiError(error).code });
      }
    }
    const seen: SeenArticle[] = loaded.map((article) => ({
      file: article.source.file,
      content: contentFingerprint(article),
      title: article.title.ar,
    }));
    const ids = await this.identities.assign(seen);
    const articles = loaded.map((article) => summarise(article, ids.get(article.source.file)!));
    return { folder: this.root, articles, problems };
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
