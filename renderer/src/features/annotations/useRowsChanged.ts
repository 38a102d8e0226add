import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `onChange` now and whenever rows or their text are added, replaced or removed, so
 * marks drawn over the DOM (highlight ranges, row attributes) follow progressive and
 * repeated rendering. Attribute changes are not watched: the marks set attributes themselves.
 */
export function useRowsChanged(
  rowsRef: RefObject<HTMLElement | null>,
  onChange: (root: HTMLElement) => void,
): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    latest.current(root);
    const observer = new MutationObserver(() => latest.current(root));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [rowsRef]);
}
