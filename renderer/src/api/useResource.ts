import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../electron/contract';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: T };

/**
 * Loads a Result once per key (and again on `reload`). A response that arrives after the key
 * changed or the component unmounted is dropped, so a slow answer never overwrites a newer one.
 */
export function useResource<T>(
  key: string,
  load: (key: string) => Promise<Result<T>>,
): [Resource<T>, () => void] {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [request, setRequest] = useState({ key, attempt: 0 });
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });

  if (request.key !== key) setRequest({ key, attempt: 0 });

  useEffect(() => {
    let live = true;
    setResource({ status: 'loading' });
    loadRef.current(request.key).then(
      (result) => {
        if (!live) return;
        setResource(
          result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error },
        );
      },
      (error: unknown) => {
        if (live) setResource({ status: 'error', error: { code: 'internal', message: String(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [request]);

  const reload = useCallback(
    () => setRequest((current) => ({ ...current, attempt: current.attempt + 1 })),
    [],
  );
  return [resource, reload];
}
