import type {
  AnchoredNote,
  Article,
  ArticleNotesView,
  BookmarkEverywhere,
  ExportedFile,
  HighlightColor,
  ImportedNotes,
  Lang,
} from '../contract';
import type { AnnotationStore } from './annotations/annotationStore';
import { describeRow, findBookmarkRow } from './annotations/bookmarks';
import { documentTexts } from './annotations/documentText';
import { annotationsToMarkdown } from './annotations/markdown';
import type { Annotation, Bookmark } from './annotations/model';
import { reanchorAll } from './annotations/reanchor';
import { describeRange } from './annotations/selectors';
import { fromWebAnnotations, toWebAnnotationCollection } from './annotations/webAnnotation';
import { MuwaziError } from './errors';
import type { Library } from './library/library';

/** A file name from an article's file, safe on every system. */
function exportName(article: Article, extension: string): string {
  const base = article.source.file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  return `${base.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')}.annotations.${extension}`;
}

/**
 * Bookmarks, highlights and notes of the articles in a library: stored by article id, found
 * again in the article's current text every time it is opened, never deleted when they cannot
 * be found (they are returned as orphaned).
 */
export class NotesService {
  constructor(
    private readonly library: Library,
    private readonly store: AnnotationStore,
  ) {}

  async list(id: string): Promise<ArticleNotesView> {
    return this.view(await this.library.open(id));
  }

  private async view(article: Article): Promise<ArticleNotesView> {
    const notes = await this.store.list(article.id);
    const { anchored, orphaned } = reanchorAll(documentTexts(article), notes.annotations);
    // A passage found by its exact quote at a new place (text inserted before it) is saved
    // there, so the next opening finds it at once. Fuzzy finds keep the user's original quote.
    for (const item of anchored) {
      if (item.method === 'quote-exact' && item.refreshed) {
        await this.store.updateAnnotation(article.id, item.annotation.id, { selectors: item.refreshed });
      }
    }
    return {
      anchored: anchored.map(({ annotation, start, end, method }) => ({ annotation, start, end, method })),
      orphaned,
      bookmarks: notes.bookmarks.map((bookmark) => ({ bookmark, row: findBookmarkRow(article, bookmark) })),
    };
  }

  async addAnnotation(input: {
    id: string;
    lang: Lang;
    start: number;
    end: number;
    color: HighlightColor;
    note?: string;
  }): Promise<AnchoredNote> {
    const article = await this.library.open(input.id);
    const text = documentTexts(article)[input.lang];
    if (
      input.end > text.length ||
      input.start >= input.end ||
      text.slice(input.start, input.end).trim() === ''
    ) {
      throw new MuwaziError('invalid-input', 'The selection is not in the article text.');
    }
    const annotation = await this.store.addAnnotation({
      articleKey: article.id,
      lang: input.lang,
      selectors: describeRange(text, input.start, input.end),
      color: input.color,
      ...(input.note ? { note: input.note } : {}),
    });
    return { annotation, start: input.start, end: input.end, method: 'position' };
  }

  updateAnnotation(
    id: string,
    annotationId: string,
    change: { color?: HighlightColor; note?: string | null },
  ) {
    return this.store.updateAnnotation(id, annotationId, change);
  }

  async removeAnnotation(id: string, annotationId: string) {
    return { removed: await this.store.removeAnnotation(id, annotationId) };
  }

  /** Undo of a removal: the same annotation, same id, back in its article. */
  async restoreAnnotation(id: string, annotation: Annotation): Promise<Annotation> {
    if (annotation.articleKey !== id)
      throw new MuwaziError('invalid-input', 'That annotation belongs elsewhere.');
    await this.store.importAnnotations([annotation]);
    return annotation;
  }

  async addBookmark(id: string, row: number, name?: string): Promise<Bookmark> {
    const article = await this.library.open(id);
    const anchor = describeRow(article, row);
    if (!anchor) throw new MuwaziError('invalid-input', 'There is no such row in the article.');
    return this.store.addBookmark({ articleKey: id, ...anchor, ...(name ? { name } : {}) });
  }

  renameBookmark(id: string, bookmarkId: string, name: string | null) {
    return this.store.renameBookmark(id, bookmarkId, name === '' ? null : name);
  }

  async removeBookmark(id: string, bookmarkId: string) {
    return { removed: await this.store.removeBookmark(id, bookmarkId) };
  }

  async restoreBookmark(id: string, bookmark: Bookmark): Promise<Bookmark> {
    if (bookmark.articleKey !== id)
      throw new MuwaziError('invalid-input', 'That bookmark belongs elsewhere.');
    const { id: _id, created: _created, articleKey: _key, ...rest } = bookmark;
    return this.store.addBookmark({ articleKey: id, ...rest });
  }

  /** Every bookmark in the library, for the all-bookmarks view. */
  async allBookmarks(): Promise<BookmarkEverywhere[]> {
    const listing = await this.library.list();
    const result: BookmarkEverywhere[] = [];
    for (const summary of listing.articles) {
      const { bookmarks } = await this.store.list(summary.id);
      if (bookmarks.length === 0) continue;
      const article = await this.library.open(summary.id);
      for (const bookmark of bookmarks) {
        result.push({
          articleId: summary.id,
          title: summary.title,
          bookmark,
          row: findBookmarkRow(article, bookmark),
        });
      }
    }
    return result;
  }

  async export(id: string, format: 'md' | 'json'): Promise<ExportedFile> {
    const article = await this.library.open(id);
    if (format === 'json') {
      const { annotations } = await this.store.list(id);
      const collection = toWebAnnotationCollection(annotations, article.title.en ?? article.title.ar);
      return {
        fileName: exportName(article, 'jsonld'),
        mimeType: 'application/ld+json',
        content: `${JSON.stringify(collection, null, 2)}\n`,
      };
    }
    const { anchored, orphaned } = await this.view(article);
    return {
      fileName: exportName(article, 'md'),
      mimeType: 'text/markdown',
      content: annotationsToMarkdown(
        article,
        anchored.map((item) => ({ ...item })),
        orphaned,
      ),
    };
  }

  /**
   * Imports Web Annotation JSON into this article, whatever article the file named: ids differ
   * from one computer to another, and the user chose where to import. Duplicates are skipped.
   */
  async import(id: string, content: string): Promise<ImportedNotes> {
    await this.library.open(id);
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      throw new MuwaziError('invalid-input', 'The file is not JSON.');
    }
    const { annotations, rejected } = fromWebAnnotations(json, { fallback: { articleKey: id, lang: 'ar' } });
    const retargeted = annotations.map((annotation) => ({ ...annotation, articleKey: id }));
    return { ...(await this.store.importAnnotations(retargeted)), rejected };
  }
}
