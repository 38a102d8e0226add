import { useSyncExternalStore } from 'react';

/**
 * Counts changes the main process reported: the library list reloads when `listVersion` moves,
 * and an open article remounts when its own count moves.
 */
let listVersion = 0;
const articleVersions = new Map<string, number>();
/** Bumped when every article changed (an event without ids). */
let everyArticleVersion = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const libraryChanges = {
  changed(ids?: readonly string[]): void {
    listVersion += 1;
    if (ids) for (const id of ids) articleVersions.set(id, (articleVersions.get(id) ?? 0) + 1);
    else everyArticleVersion += 1;
    notify();
  },
};

export function useLibraryVersion(): number {
  return useSyncExternalStore(subscribe, () => listVersion);
}

export function useArticleVersion(id: string): string {
  return useSyncExternalStore(subscribe, () => `${everyArticleVersion}.${articleVersions.get(id) ?? 0}`);
}
