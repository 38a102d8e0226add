import { createHash } from 'node:crypto';
import type {
  AlignmentCorrection,
  Article,
  ArticleAlignment,
  Bead,
  Lang,
  RowSentences,
} from '../../contract';
import type { LengthModel } from '../align/lengthModel';
import { MuwaziError } from '../errors';
import type { Library } from '../library/library';
import { loadAlignedArticle } from '../library/loadArticle';
import { chooseAnchors } from './anchors';
import { ArticleCache } from './articleCache';
import { applyAnchors, isCompleteAlignment } from './applyAnchors';
import { type ArticleIndex, describeBeads, indexFingerprints } from './constraints';
import type { ArticleCorrections, CorrectionEntry } from './correctionModel';
import type { CorrectionStore } from './correctionStore';
import { type ArticleFingerprints, fingerprintsOf } from './fingerprint';
import { replacementFor } from './operations';
import { regionAligner } from './realign';
import { ParagraphSentences, rowSentences } from './rowSentences';

/** An article as read from its files, and what is worked out from it only when first needed. */
interface LoadedArticle {
  /** The aligner's rows (or the file's own), without the reader's corrections. */
  base: Article;
  /** What the rows' paragraph numbers depend on: equal for equal text, whichever load read it. */
  digest: string;
  /** The length model the aligner fitted; absent when the file paired the languages itself. */
  model?: LengthModel;
  sentences: ParagraphSentences;
  fingerprints?: ArticleFingerprints;
  index?: ArticleIndex;
  /** The article with the corrections last applied to it. */
  view?: CorrectedView;
}

/** The article as the reader has corrected it, for one state of the stored corrections. */
interface CorrectedView {
  /** The stored corrections it was made from: the store hands out a new object on every save. */
  from: ArticleCorrections;
  article: Article;
  corrections: number;
  unapplied: number;
  /** Names these rows, so a request made against other rows can be told apart (see `Article.revision`). */
  revision: string;
  /** Sentences and links per row, worked out on first hover. */
  rows: Map<number, RowSentences>;
}

/** A short digest of JSON-able parts: the same parts give the same string in any process. */
function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

/**
 * Refuses a request that names rows of another revision than the reader's now: its row and
 * paragraph numbers would land elsewhere. A request without one takes the rows as they are.
 */
function checkRevision(view: CorrectedView, revision: string | undefined): void {
  if (revision !== undefined && revision !== view.revision) {
    throw new MuwaziError('stale', 'The article changed since the window read its rows.');
  }
}

function fingerprintsFor(loaded: LoadedArticle): ArticleFingerprints {
  loaded.fingerprints ??= fingerprintsOf(loaded.base);
  return loaded.fingerprints;
}

/** Paragraphs of each side in the rows above `row`. */
function countsBefore(alignment: readonly Bead[], row: number): Record<Lang, number> {
  const counts = { ar: 0, en: 0 };
  for (const bead of alignment.slice(0, row)) {
    counts.ar += bead.ar.length;
    counts.en += bead.en.length;
  }
  return counts;
}

/** The article with the reader's rows in place of the aligner's. */
function correctedView(loaded: LoadedArticle, stored: ArticleCorrections): CorrectedView {
  const { base } = loaded;
  // Resets are left out: they change no row, so undoing one gives back the revision before it.
  const revision = digestOf(loaded.digest, stored.corrections);
  const view = { from: stored, revision, rows: new Map<number, RowSentences>() };
  if (stored.corrections.length === 0) {
    return { ...view, article: { ...base, revision }, corrections: 0, unapplied: 0 };
  }
  loaded.index ??= indexFingerprints(fingerprintsFor(loaded));
  const counts = { ar: base.ar.length, en: base.en.length };
  const { anchors, unapplied } = chooseAnchors(stored.corrections, loaded.index);
  const rows = applyAnchors(base, counts, anchors, loaded.model && regionAligner(base, loaded.model));
  // Should a correction ever come out broken, the reader still gets an article to read.
  if (!isCompleteAlignment(rows.alignment, counts)) {
    return {
      ...view,
      article: { ...base, corrections: stored.corrections.length, revision },
      corrections: stored.corrections.length,
      unapplied: stored.corrections.length,
    };
  }
  const { confidence: _confidence, corrected: _corrected, ...text } = base;
  const article: Article = {
    ...text,
    alignment: rows.alignment,
    ...(rows.confidence ? { confidence: rows.confidence } : {}),
    ...(rows.corrected.length > 0 ? { corrected: rows.corrected } : {}),
    // Also when none of them applies any more: the reader can still choose to forget them.
    corrections: stored.corrections.length,
    revision,
  };
  return { ...view, article, corrections: stored.corrections.length, unapplied };
}

/**
 * The reader's corrections of an article's rows, the sentences of its rows, and a cache of
 * loaded articles. It reads the library's articles itself (see `Library.readArticle`), so every
 * path that opens an article (the window, notes, bookmarks) gets the corrected rows from the
 * same cached load. The article objects it returns are shared: callers must not change them.
 */
export class AlignmentService {
  private readonly cache = new ArticleCache<LoadedArticle>();
  /** Which load and view each article handed out came from. */
  private readonly origins = new WeakMap<Article, { loaded: LoadedArticle; view: CorrectedView }>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly library: Library,
    private readonly store: CorrectionStore,
  ) {
    library.readArticle = (root, file, id) => this.read(root, file, id);
  }

  private async read(root: string, file: string, id: string): Promise<Article> {
    const loaded = await this.cache.get(root, file, id, async () => {
      const { article, model } = await loadAlignedArticle(root, file, id);
      return {
        base: article,
        digest: digestOf(article.ar, article.en, article.alignment),
        sentences: new ParagraphSentences(article),
        ...(model ? { model } : {}),
      };
    });
    const stored = await this.store.read(id);
    if (loaded.view?.from !== stored) {
      loaded.view = correctedView(loaded, stored);
      this.origins.set(loaded.view.article, { loaded, view: loaded.view });
    }
    return loaded.view.article;
  }

  /** Drops the loaded articles (the reader left this library): they come back from disk if needed. */
  forgetLoadedArticles(): void {
    this.cache.clear();
  }

  /** The article as the reader sees it now, and where it came from; `stale` when not at `revision`. */
  private async current(
    id: string,
    revision?: string,
  ): Promise<{ loaded: LoadedArticle; view: CorrectedView }> {
    const article = await this.library.open(id);
    const origin = this.origins.get(article);
    if (!origin) throw new MuwaziError('internal', 'The article was not read through the alignment service.');
    checkRevision(origin.view, revision);
    return origin;
  }

  /** One change of an article's corrections at a time, each starting from the rows the last one left. */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(id) ?? Promise.resolve()).then(work, work);
    this.queues.set(
      id,
      run.catch(() => {}),
    );
    return run;
  }

  async alignment(id: string): Promise<ArticleAlignment> {
    const { view } = await this.current(id);
    const { alignment, confidence, corrected } = view.article;
    return {
      alignment,
      ...(confidence ? { confidence } : {}),
      // Always present, so a window that spreads this over its article drops old marks.
      corrected: corrected ?? [],
      corrections: view.corrections,
      unapplied: view.unapplied,
      revision: view.revision,
    };
  }

  /** Sentences of rows `from` to `to` (inclusive, cut to the article) and their links. */
  async sentences(id: string, from: number, to: number, revision?: string): Promise<RowSentences[]> {
    const { loaded, view } = await this.current(id, revision);
    const { alignment } = view.article;
    const rows: RowSentences[] = [];
    for (let row = from; row <= Math.min(to, alignment.length - 1); row++) {
      let sentences = view.rows.get(row);
      if (!sentences) {
        sentences = rowSentences(row, alignment[row]!, loaded.base, loaded.sentences, loaded.model);
        view.rows.set(row, sentences);
      }
      rows.push(sentences);
    }
    return rows;
  }

  /** Applies a correction to the rows the reader sees and stores the rows it made. */
  correct(id: string, correction: AlignmentCorrection, revision?: string): Promise<ArticleAlignment> {
    return this.serial(id, async () => {
      const { loaded, view } = await this.current(id, revision);
      const { alignment } = view.article;
      // Throws (and stores nothing) when the correction does not fit the rows.
      const replacement = replacementFor(alignment, view.article, correction);
      const entry: CorrectionEntry = {
        made: new Date().toISOString(),
        operation: correction,
        beads: describeBeads(
          replacement.beads,
          countsBefore(alignment, replacement.start),
          fingerprintsFor(loaded),
        ),
      };
      await this.store.update(id, (stored) => ({ ...stored, corrections: [...stored.corrections, entry] }));
      return this.alignment(id);
    });
  }

  /** Takes back the last correction, or, when the last thing done was a reset, the reset. */
  undo(id: string, revision?: string): Promise<ArticleAlignment> {
    return this.serial(id, async () => {
      // An id that names no article, or rows the reader no longer has, is refused before anything is written.
      await this.current(id, revision);
      await this.store.update(id, ({ corrections, resets }) => {
        if (corrections.length > 0) return { corrections: corrections.slice(0, -1), resets };
        if (resets.length > 0)
          return { corrections: resets[resets.length - 1]!, resets: resets.slice(0, -1) };
        return null;
      });
      return this.alignment(id);
    });
  }

  /** Puts the aligner's rows back, keeping what it removed for undo. */
  reset(id: string, revision?: string): Promise<ArticleAlignment> {
    return this.serial(id, async () => {
      await this.current(id, revision);
      await this.store.update(id, ({ corrections, resets }) =>
        corrections.length === 0 ? null : { corrections: [], resets: [...resets, corrections] },
      );
      return this.alignment(id);
    });
  }
}
