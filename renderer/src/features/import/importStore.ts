import { useSyncExternalStore } from 'react';
import type { ImportOutcome, ImportProgress } from '../../../../electron/contract';

/**
 * The one import the window shows: one the page started (file picker, drag and drop) or one
 * the desktop menu started, reported through events. Both end in the same summary.
 */
export interface ImportState {
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
  /** Set while the page itself runs the import: it can stop between batches. */
  cancel: (() => void) | null;
  cancelling: boolean;
}

const idle: ImportState = { progress: null, outcome: null, cancel: null, cancelling: false };
let state: ImportState = idle;
const listeners = new Set<() => void>();

function set(next: ImportState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const importStore = {
  get: (): ImportState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(cancel: (() => void) | null, total: number): void {
    set({ progress: { done: 0, total }, outcome: null, cancel, cancelling: false });
  },
  progress(progress: ImportProgress): void {
    set({ ...state, progress, outcome: null });
  },
  requestCancel(): void {
    if (!state.cancel || state.cancelling) return;
    state.cancel();
    set({ ...state, cancelling: true });
  },
  finish(outcome: ImportOutcome): void {
    set({ progress: null, outcome, cancel: null, cancelling: false });
  },
  dismiss(): void {
    set(idle);
  },
  /** Whether the page is running an import now (a second one waits for it to end). */
  busy: (): boolean => state.progress !== null,
};

export function useImportState(): ImportState {
  return useSyncExternalStore(importStore.subscribe, importStore.get);
}
