import { type CSSProperties, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookmarkAddIcon } from '../annotations/icons';
import type { ReaderNotes } from '../annotations/useReaderNotes';

interface MenuState {
  row: number;
  x: number;
  y: number;
}

/** Keeps a box of the given size inside the window, its corner at the pointer where it fits. */
function placeAtPointer(x: number, y: number, width: number, height: number): CSSProperties {
  const viewportWidth = document.documentElement.clientWidth;
  const left = Math.max(4, Math.min(x, viewportWidth - width - 4));
  const top = Math.max(4, Math.min(y, window.innerHeight - height - 4));
  const inlineStart = document.documentElement.dir === 'rtl' ? viewportWidth - left - width : left;
  return { insetBlockStart: `${top}px`, insetInlineStart: `${inlineStart}px` };
}

/**
 * Right-click on a row offers to bookmark it. With text selected the browser's own menu is
 * left alone, since the reader probably wants to copy.
 */
export function RowContextMenu({ notes }: { notes: ReaderNotes }) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' });
  const element = useRef<HTMLDivElement>(null);
  const item = useRef<HTMLButtonElement>(null);
  const { rowsRef, askBookmark } = notes;

  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row]') : null;
      if (!row) return;
      event.preventDefault();
      setStyle({ visibility: 'hidden' });
      setMenu({ row: Number(row.dataset.row), x: event.clientX, y: event.clientY });
    };
    root.addEventListener('contextmenu', onContextMenu);
    return () => root.removeEventListener('contextmenu', onContextMenu);
  }, [rowsRef]);

  useLayoutEffect(() => {
    if (!menu || !element.current) return;
    const { width, height } = element.current.getBoundingClientRect();
    setStyle(placeAtPointer(menu.x, menu.y, width, height));
    item.current?.focus({ preventScroll: true });
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    const close = () => setMenu(null);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    };
    const onPointerDown = (event: MouseEvent) => {
      if (event.target instanceof Node && element.current?.contains(event.target)) return;
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('mousedown', onPointerDown, true);
    window.addEventListener('scroll', close, { passive: true });
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('mousedown', onPointerDown, true);
      window.removeEventListener('scroll', close);
      window.removeEventListener('blur', close);
    };
  }, [menu]);

  if (!menu) return null;
  return (
    <div
      ref={element}
      className="row-menu"
      role="menu"
      aria-label={t('bookmarks.menuLabel')}
      data-testid="row-menu"
      data-notes-ui=""
      style={style}
    >
      <button
        ref={item}
        type="button"
        role="menuitem"
        className="row-menu-item"
        data-testid="row-menu-bookmark"
        onClick={() => {
          setMenu(null);
          askBookmark(menu.row);
        }}
      >
        <BookmarkAddIcon />
        {t('bookmarks.bookmarkThis')}
      </button>
    </div>
  );
}
