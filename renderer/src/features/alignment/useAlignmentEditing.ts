import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  AlignmentCorrection,
  ApiError,
  Article,
  ArticleAlignment,
  Result,
} from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { errorText, i18n } from '../../i18n';
import { dismissToast, showToast } from '../annotations/toasts';
import type { AlignmentMenu, ParagraphPlace } from './alignmentMenu';
import { isStale, reloadStaleArticle, revisionOf, useReloadNotice } from './staleRows';
import { useKeepInPlace } from './useKeepInPlace';

interface EditingOptions {
  article: Article;
  /** False while only the first rows have arrived. */
  complete: boolean;
  rowsRef: RefObject<HTMLElement | null>;
  /** Sets the new rows in the open article. */
  onAlignment: (alignment: ArticleAlignment) => void;
  /** Called after the rows changed, for what is placed by row (bookmarks). */
  onRowsChanged: () => void;
  cursorPlace: AlignmentMenu['cursorPlace'];
}

type FailureKey = 'alignment.failed' | 'alignment.undoFailed';

/** What to do with a request's answer: the toast to show (with Undo) and the text to keep in view. */
interface Outcome {
  failure: FailureKey;
  /** Absent for an undo, which offers no undo of its own. */
  message?: string;
  keep?: ParagraphPlace;
}

async function settle(request: () => Promise<Result<ArticleAlignment>>): Promise<Result<ArticleAlignment>> {
  try {
    return await request();
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: String(error) } };
  }
}

function reportFailure(key: FailureKey, error: ApiError): void {
  showToast({ message: i18n.t(key, { reason: errorText(error) }) });
}

/** Counted by the core; an article from before counts went into it has its hand-set rows. */
function correctionsOf(article: Article): number {
  return article.corrections ?? article.corrected?.length ?? 0;
}

/**
 * Corrections of the rows from the row menu: each is sent to the core with the revision of the
 * rows it names, the rows are updated in place from its answer (the text in view stays put),
 * and a toast offers to undo it. Rows that changed on disk meanwhile are reloaded instead.
 */
export function useAlignmentEditing(options: EditingOptions): AlignmentMenu {
  const { article, complete, rowsRef, onAlignment, onRowsChanged, cursorPlace } = options;
  const { id } = article;
  const [running, setRunning] = useState(false);
  // The state says so to the menu; the ref refuses a second request in the same turn.
  const busy = useRef(false);
  const mounted = useRef(true);
  const keepInPlace = useKeepInPlace(rowsRef, article.alignment);
  // Undo takes back the latest change, so only the latest toast may offer it.
  const undoToast = useRef<number | null>(null);
  const latest = useRef({ onAlignment, onRowsChanged, revision: article.revision });
  latest.current = { onAlignment, onRowsChanged, revision: article.revision };
  useReloadNotice(id);

  const dismissUndo = useCallback(() => {
    if (undoToast.current !== null) dismissToast(undoToast.current);
    undoToast.current = null;
  }, []);

  // The Undo belongs to this reader's rows: a reader remounted after a change on disk, or another
  // page, has other rows, and undoing from there would take back a change the reader cannot see.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      dismissUndo();
    };
  }, [dismissUndo]);

  const apply = useCallback(
    (next: ArticleAlignment, keep?: ParagraphPlace) => {
      keepInPlace(keep);
      latest.current.onAlignment(next);
      latest.current.onRowsChanged();
    },
    [keepInPlace],
  );

  const run = useCallback(
    async function runRequest(request: () => Promise<Result<ArticleAlignment>>, outcome: Outcome) {
      if (busy.current) return;
      busy.current = true;
      // Whatever this request does becomes the latest change: an older Undo would take back this one.
      dismissUndo();
      setRunning(true);
      const result = await settle(request);
      busy.current = false;
      setRunning(false);
      if (!mounted.current) return;
      if (!result.ok) {
        if (isStale(result.error)) reloadStaleArticle(id, result.error);
        else reportFailure(outcome.failure, result.error);
        return;
      }
      apply(result.value, outcome.keep);
      if (!outcome.message) return;
      undoToast.current = showToast({
        message: outcome.message,
        undo: () => {
          undoToast.current = null;
          return runRequest(() => call('alignment:undo', { id, ...revisionOf(latest.current.revision) }), {
            failure: 'alignment.undoFailed',
          });
        },
      });
    },
    [apply, dismissUndo, id],
  );

  const corrections = correctionsOf(article);
  return useMemo<AlignmentMenu>(
    () => ({
      alignment: article.alignment,
      canCorrect: complete && !running,
      hasCorrections: corrections > 0,
      correct(correction: AlignmentCorrection, keep?: ParagraphPlace) {
        const revision = revisionOf(latest.current.revision);
        void run(() => call('alignment:correct', { id, correction, ...revision }), {
          failure: 'alignment.failed',
          message: i18n.t('alignment.changed'),
          keep,
        });
      },
      reset() {
        const revision = revisionOf(latest.current.revision);
        void run(() => call('alignment:reset', { id, ...revision }), {
          failure: 'alignment.failed',
          message: i18n.t('alignment.restored'),
        });
      },
      cursorPlace,
    }),
    [article.alignment, complete, running, corrections, run, id, cursorPlace],
  );
}
