import { type CSSProperties, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../electron/contract';
import { AlignmentMenuItems } from '../alignment/AlignmentMenuItems';
import { type AlignmentMenu, useAlignmentMenu } from '../alignment/alignmentMenu';
import type { MenuTarget } from '../alignment/correctionItems';
import { overlayOpen } from '../alignment/overlays';
import { BookmarkAddIcon } from '../annotations/icons';
import { isTextField } from '../annotations/keys';
import type { ReaderNotes } from '../annotations/useReaderNotes';
import { topRow } from './rowScroll';

interface MenuState extends MenuTarget {
  x: number;
  y: number;
  /** Opened from the keyboard: the focus goes back where it was when the menu closes. */
  byKey: boolean;
}

/** Keeps a box of the given size inside the window, its corner at the pointer where it fits. */
function placeAtPointer(x: number, y: number, width: number, height: number): CSSProperties {
  const viewportWidth = document.documentElement.clientWidth;
  const left = Math.max(4, Math.min(x, viewportWidth - width - 4));
  const top = Math.max(4, Math.min(y, window.innerHeight - height - 4));
  const inlineStart = document.documentElement.dir === 'rtl' ? viewportWidth - left - width : left;
  return { insetBlockStart: `${top}px`, insetInlineStart: `${inlineStart}px` };
}

/** The row, and the paragraph with its language, that an element of the rows belongs to. */
function targetOf(element: Element): MenuTarget | null {
  const row = element.closest<HTMLElement>('[data-row]');
  if (!row) return null;
  const target: MenuTarget = { row: Number(row.dataset.row) };
  const p = element.closest<HTMLElement>('p[lang][data-paragraph]');
  const lang = p?.getAttribute('lang');
  if (p && (lang === 'ar' || lang === 'en')) {
    target.lang = lang;
    target.paragraph = Number(p.dataset.paragraph);
  }
  return target;
}

/** The key that opens a context menu: the Menu key, or Shift+F10. */
function isMenuKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

/**
 * Right-click on a row offers to bookmark it and to correct how the rows pair the languages.
 * With text selected the browser's own menu is left alone, since the reader probably wants to
 * copy. The Menu key or Shift+F10 opens it from the keyboard, on the paragraph of the sentence
 * cursor (Alt+ArrowDown) or else on the row at the top of the view.
 */
export function RowContextMenu({ notes }: { notes: ReaderNotes }) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' });
  const element = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const { rowsRef, askBookmark, article } = notes;
  const alignment = useAlignmentMenu();
  const latest = useRef({ alignment, article });
  latest.current = { alignment, article };

  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const target = event.target instanceof Element ? targetOf(event.target) : null;
      if (!target) return;
      event.preventDefault();
      setStyle({ visibility: 'hidden' });
      setMenu({ ...target, x: event.clientX, y: event.clientY, byKey: false });
    };
    root.addEventListener('contextmenu', onContextMenu);
    return () => root.removeEventListener('contextmenu', onContextMenu);
  }, [rowsRef]);

  useEffect(() => {
    // The browser follows the Menu key with a contextmenu event of its own (at the focused
    // element, outside the rows): the menu it would show is ours now.
    let keyOpenedAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isMenuKey(event) || event.defaultPrevented) return;
      if (isTextField(event.target) || overlayOpen()) return;
      const root = rowsRef.current;
      if (!root) return;
      const target = keyboardTarget(root, latest.current);
      if (!target) return;
      event.preventDefault();
      keyOpenedAt = performance.now();
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const anchor = anchorOf(root, target);
      setStyle({ visibility: 'hidden' });
      setMenu({ ...target, x: anchor.x, y: anchor.y, byKey: true });
    };
    const onContextMenu = (event: MouseEvent) => {
      if (performance.now() - keyOpenedAt < 1000) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('contextmenu', onContextMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('contextmenu', onContextMenu);
    };
  }, [rowsRef]);

  useLayoutEffect(() => {
    if (!menu || !element.current) return;
    const { width, height } = element.current.getBoundingClientRect();
    setStyle(placeAtPointer(menu.x, menu.y, width, height));
  }, [menu]);

  // Focused once placed: a hidden element cannot take the focus.
  const placed = menu !== null && style.visibility !== 'hidden';
  useLayoutEffect(() => {
    if (placed)
      element.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [placed]);

  useEffect(() => {
    if (!menu) return;
    const close = () => setMenu(null);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === 'Tab') {
        event.preventDefault();
        close();
        return;
      }
      const items = [...(element.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
      const at = items.indexOf(document.activeElement as HTMLElement);
      const next =
        event.key === 'ArrowDown'
          ? (at + 1) % items.length
          : event.key === 'ArrowUp'
            ? (at - 1 + items.length) % items.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? items.length - 1
                : null;
      if (next === null || items.length === 0) return;
      event.preventDefault();
      items[next]?.focus();
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
      if (menu.byKey && opener.current?.isConnected) opener.current.focus({ preventScroll: true });
      opener.current = null;
    };
  }, [menu]);

  if (!menu) return null;
  const close = () => setMenu(null);
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
        type="button"
        role="menuitem"
        className="row-menu-item"
        data-testid="row-menu-bookmark"
        onClick={() => {
          close();
          askBookmark(menu.row);
        }}
      >
        <BookmarkAddIcon />
        {t('bookmarks.bookmarkThis')}
      </button>
      <AlignmentMenuItems target={menu} onChosen={close} />
    </div>
  );
}

/** What the keyboard opens the menu on: the sentence cursor's paragraph, or the top row's first. */
function keyboardTarget(
  root: HTMLElement,
  { alignment, article }: { alignment: AlignmentMenu | null; article: ReaderNotes['article'] },
): MenuTarget | null {
  const cursor = alignment?.cursorPlace();
  if (cursor) return cursor;
  const row = topRow(root);
  const bead = row === null ? undefined : article.alignment[row];
  if (row === null || !bead) return null;
  const lang: Lang = bead.ar.length > 0 ? 'ar' : 'en';
  const paragraph = bead[lang][0];
  return paragraph === undefined ? { row } : { row, lang, paragraph };
}

/** Where a menu opened from the keyboard appears: at the start of its paragraph (or row). */
function anchorOf(root: HTMLElement, target: MenuTarget): { x: number; y: number } {
  const paragraph =
    target.lang !== undefined && target.paragraph !== undefined
      ? root.querySelector(`p[lang="${target.lang}"][data-paragraph="${target.paragraph}"]`)
      : null;
  const box = (paragraph ?? root.querySelector(`[data-row="${target.row}"]`))?.getBoundingClientRect();
  if (!box) return { x: 0, y: 0 };
  const rtl = paragraph?.getAttribute('dir') === 'rtl';
  return { x: rtl ? box.right - 16 : box.left + 16, y: box.top + 8 };
}
