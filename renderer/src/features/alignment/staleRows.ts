import { useEffect } from 'react';
import type { ApiError } from '../../../../electron/contract';
import { libraryChanges } from '../../app/libraryChanges';
import { errorText } from '../../i18n';
import { dismissToast, showToast } from '../annotations/toasts';

/** A notice older than this is not shown: the reader has moved on. */
const noticeLifetimeMs = 10_000;

/** Why an article was reloaded, kept until its new reader is up: the old one's toasts go with it. */
const reloadNotices = new Map<string, { message: string; at: number }>();

/** The core refused a request because the article changed on disk since these rows were read. */
export function isStale(error: ApiError): boolean {
  return error.code === 'stale';
}

/**
 * Reloads the article the way a change reported by the main process does (its reader remounts
 * with the rows now on disk); the new reader says why the rows moved under the reader.
 */
export function reloadStaleArticle(id: string, error: ApiError): void {
  reloadNotices.set(id, { message: errorText(error), at: Date.now() });
  libraryChanges.changed([id]);
}

/** The revision to send with a request that names rows, when the article has one. */
export function revisionOf(revision: string | undefined): { revision?: string } {
  return revision ? { revision } : {};
}

/** Shows the reason this article was reloaded, if it was, once its reader has mounted. */
export function useReloadNotice(id: string): void {
  useEffect(() => {
    const notice = reloadNotices.get(id);
    reloadNotices.delete(id);
    if (!notice || Date.now() - notice.at > noticeLifetimeMs) return;
    const toast = showToast({ message: notice.message });
    let seen = false;
    queueMicrotask(() => {
      seen = true;
    });
    return () => {
      // Unmounted in the same turn, before anyone could read it (a development double mount
      // does this, and takes the toasts with it): the next mount shows it.
      if (!seen) {
        dismissToast(toast);
        reloadNotices.set(id, notice);
      }
    };
  }, [id]);
}
