import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
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

function reportFailure(key: 'alignment.failed' | 'alignment.undoFailed', error: ApiError): void {
  showToast({ message: i18n.t(key, { reason: errorText(error) }) });
}

/**
 * Corrections of the rows from the row menu: each is sent to the core, the rows are updated in
 * place from its answer (the text in view stays put), and a toast offers to undo it.
 */
export function useAlignmentEditing(options: EditingOptions): AlignmentMenu {
  const { article, complete, rowsRef, onAlignment, onRowsChanged, cursorPlace } = options;
  const { id } = article;
  const [corrections, setCorrections] = useState(() => article.corrections ?? article.corrected?.length ?? 0);
  const [running, setRunning] = useState(false);
  const keepInPlace = useKeepInPlace(rowsRef, article.alignment);
  // Undo takes back the latest change, so only the latest toast may offer it.
  const undoToast = useRef<number | null>(null);
  const latest = useRef({ onAlignment, onRowsChanged });
  latest.current = { onAlignment, onRowsChanged };

  const apply = useCallback(
    (next: ArticleAlignment, keep?: ParagraphPlace) => {
      keepInPlace(keep);
      latest.current.onAlignment(next);
      setCorrections(next.corrections);
      latest.current.onRowsChanged();
    },
    [keepInPlace],
  );

  const run = useCallback(
    async (request: () => Promise<Result<ArticleAlignment>>, message: string, keep?: ParagraphPlace) => {
      setRunning(true);
      let result: Result<ArticleAlignment>;
      try {
        result = await request();
      } catch (error) {
        result = { ok: false, error: { code: 'internal', message: String(error) } };
      } finally {
        setRunning(false);
      }
      if (!result.ok) {
        reportFailure('alignment.failed', result.error);
        return;
      }
      apply(result.value, keep);
      if (undoToast.current !== null) dismissToast(undoToast.current);
      undoToast.current = showToast({
        message,
        undo: async () => {
          undoToast.current = null;
          const undone = await call('alignment:undo', { id });
          if (undone.ok) apply(undone.value);
          else reportFailure('alignment.undoFailed', undone.error);
        },
      });
    },
    [apply, id],
  );

  return useMemo<AlignmentMenu>(
    () => ({
      alignment: article.alignment,
      canCorrect: complete && !running,
      hasCorrections: corrections > 0,
      correct(correction: AlignmentCorrection, keep?: ParagraphPlace) {
        void run(() => call('alignment:correct', { id, correction }), i18n.t('alignment.changed'), keep);
      },
      reset() {
        void run(() => call('alignment:reset', { id }), i18n.t('alignment.restored'));
      },
      cursorPlace,
    }),
    [article.alignment, complete, running, corrections, run, id, cursorPlace],
  );
}
