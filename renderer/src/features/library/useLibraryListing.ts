import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, LibraryListing } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { useLibraryVersion } from '../../app/libraryChanges';

export type ListingState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: LibraryListing };

/**
 * The library listing, loaded again whenever the library changes. A reload keeps the list on
 * screen until the new one arrives, so focus and scrolling survive a file saved elsewhere.
 */
export function useLibraryListing(): [ListingState, () => void] {
  const version = useLibraryVersion();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ListingState>({ status: 'loading' });
  const latest = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version and attempt are what trigger a reload.
  useEffect(() => {
    const request = ++latest.current;
    void call('library:list', {}).then(
      (result) => {
        if (request !== latest.current) return;
        if (result.ok) setState({ status: 'ready', value: result.value });
        else
          setState((shown) => (shown.status === 'ready' ? shown : { status: 'error', error: result.error }));
      },
      (error: unknown) => {
        if (request === latest.current)
          setState({ status: 'error', error: { code: 'internal', message: String(error) } });
      },
    );
  }, [version, attempt]);

  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
