import { useSyncExternalStore } from 'react';
import type { ApiError, MethodResult, Result } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { libraryChanges } from '../../app/libraryChanges';
import { navigate } from '../../app/useRoute';

/** Opening another folder as library: whether the dialog is up, and why the last attempt failed. */
export interface LibraryFolderState {
  choosing: boolean;
  error: ApiError | null;
}

const idle: LibraryFolderState = { choosing: false, error: null };
let state: LibraryFolderState = idle;
const listeners = new Set<() => void>();

function set(next: LibraryFolderState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function chooseFolder(): Promise<Result<MethodResult<'library:choose-folder'>>> {
  try {
    return await call('library:choose-folder', {});
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: String(error) } };
  }
}

/**
 * Asks for a folder to open as library (desktop: the system's folder dialog), for the library
 * page's button and the menu item alike. The new library, or the reason it could not be opened,
 * shows on the library page; cancelling leaves the reader where they were.
 */
export async function openLibraryFolder(): Promise<void> {
  if (state.choosing) return;
  set({ choosing: true, error: null });
  const result = await chooseFolder();
  set({ choosing: false, error: result.ok ? null : result.error });
  if (result.ok && result.value === null) return;
  navigate({ name: 'library' });
  // The list (and the folder line with it) loads again even where no event reaches the page.
  if (result.ok) libraryChanges.changed();
}

export function dismissLibraryFolderError(): void {
  set({ ...state, error: null });
}

export function useLibraryFolderState(): LibraryFolderState {
  return useSyncExternalStore(subscribe, () => state);
}
