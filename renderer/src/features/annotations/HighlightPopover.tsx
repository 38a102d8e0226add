import { type CSSProperties, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor } from '../../../../electron/contract';
import { ColorSwatches } from './ColorSwatches';
import type { TextSpan } from './documentOffsets';
import { rangesOfNote } from './highlightRegistry';
import { NoteIcon, TrashIcon } from './icons';
import { NoteEditor } from './NoteEditor';
import { firstLineRect, placeBeside } from './popoverPlacement';
import type { ReaderNotes } from './useReaderNotes';

export type PopoverTarget =
  /** A passage just selected, not highlighted yet. */
  | { kind: 'selection'; span: TextSpan; range: Range }
  /** A highlight the reader clicked (or chose to edit from the list). */
  | { kind: 'annotation'; annotationId: string; editing?: boolean };

export function popoverKey(target: PopoverTarget): string {
  return target.kind === 'selection'
    ? `selection:${target.span.lang}:${target.span.start}:${target.span.end}`
    : `annotation:${target.annotationId}:${target.editing ? 'edit' : 'view'}`;
}

interface HighlightPopoverProps {
  notes: ReaderNotes;
  target: PopoverTarget;
  onTarget: (target: PopoverTarget | null) => void;
}

/**
 * The small box beside a selection or a highlight: a colour, a note, delete. It does not take
 * the whole screen: the reader keeps reading around it, and Escape or a click elsewhere closes it.
 */
export function HighlightPopover({ notes, target, onTarget }: HighlightPopoverProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const firstSwatch = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(target.kind === 'annotation' && target.editing === true);
  const [pendingColor, setPendingColor] = useState<HighlightColor>('yellow');
  const [busy, setBusy] = useState(false);
  const [style, setStyle] = useState<CSSProperties>({
    insetBlockStart: 0,
    insetInlineStart: 0,
    visibility: 'hidden',
  });

  const anchored =
    target.kind === 'annotation'
      ? notes.view?.anchored.find((item) => item.annotation.id === target.annotationId)
      : undefined;
  const annotation = anchored?.annotation;
  const close = useCallback(() => onTarget(null), [onTarget]);
  // A save answered after the box was closed (or replaced by a newer selection) must not
  // reopen it or clear the reader's new selection.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  // The highlight went away (deleted from the list, say): nothing is left to show.
  const missing = target.kind === 'annotation' && notes.view !== null && !anchored;
  useEffect(() => {
    if (missing) close();
  }, [missing, close]);

  const anchorRect = useCallback((): DOMRect | null => {
    if (target.kind === 'selection') return firstLineRect(target.range);
    const root = notes.rowsRef.current;
    if (!root || !anchored) return null;
    const [first] = rangesOfNote(root, notes.article, anchored);
    return first ? firstLineRect(first) : null;
  }, [target, anchored, notes.rowsRef, notes.article]);

  // Placed again when the editor opens, since the box grows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `editing` changes the box's size
  useLayoutEffect(() => {
    const place = () => {
      const element = box.current;
      if (!element) return;
      // A passage not laid out (yet) has no place of its own: the box then waits at the top.
      const rect = anchorRect() ?? new DOMRect(window.innerWidth / 2, 0, 0, 0);
      const { width, height } = element.getBoundingClientRect();
      setStyle(placeBeside(rect, { width, height }));
    };
    place();
    let frame = 0;
    const onMove = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          place();
        });
    };
    window.addEventListener('scroll', onMove, { passive: true });
    window.addEventListener('resize', onMove);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onMove);
      window.removeEventListener('resize', onMove);
    };
  }, [anchorRect, editing]);

  useEffect(() => {
    if (!editing) firstSwatch.current?.focus({ preventScroll: true });
  }, [editing]);

  useEffect(() => {
    // Capture phase: Escape closes this box before any panel behind it sees the key.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    const onPointerDown = (event: MouseEvent) => {
      if (event.target instanceof Node && box.current?.contains(event.target)) return;
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('mousedown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('mousedown', onPointerDown, true);
    };
  }, [close]);

  const guarded = (work: () => Promise<void>) => async () => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const pick = (color: HighlightColor) =>
    guarded(async () => {
      if (target.kind === 'selection') {
        if (editing) {
          setPendingColor(color);
          return;
        }
        const added = await notes.actions.addAnnotation(target.span, color);
        if (!added || !open.current) return;
        // The selection would hide the new colour; the box stays, now for the highlight.
        document.getSelection()?.removeAllRanges();
        onTarget({ kind: 'annotation', annotationId: added.annotation.id });
      } else if (annotation && annotation.body.color !== color) {
        await notes.actions.updateAnnotation(annotation.id, { color });
      }
    })();

  const saveNote = (text: string) =>
    guarded(async () => {
      if (target.kind === 'selection') {
        const added = await notes.actions.addAnnotation(target.span, pendingColor, text || undefined);
        if (!added || !open.current) return;
        document.getSelection()?.removeAllRanges();
      } else if (annotation) {
        await notes.actions.updateAnnotation(annotation.id, { note: text === '' ? null : text });
      }
      close();
    })();

  const remove = guarded(async () => {
    if (!annotation) return;
    await notes.actions.removeAnnotation(annotation);
    close();
  });

  const selectedColor = annotation?.body.color ?? (editing ? pendingColor : undefined);
  const hasNote = Boolean(annotation?.body.note);

  return (
    <div
      ref={box}
      className="hl-popover"
      role="dialog"
      aria-label={t(target.kind === 'selection' ? 'annotations.newLabel' : 'annotations.editLabel')}
      data-testid="highlight-popover"
      data-notes-ui=""
      style={style}
      onMouseDown={(event) => {
        // Keeps the selection (and the focus) where they are while a button is pressed.
        if (!(event.target instanceof HTMLTextAreaElement)) event.preventDefault();
      }}
    >
      <div className="hl-popover-row">
        <ColorSwatches selected={selectedColor} onPick={(color) => void pick(color)} firstRef={firstSwatch} />
        {!editing && (
          <>
            <span className="hl-popover-divider" aria-hidden="true" />
            <button
              type="button"
              className="button quiet"
              data-testid="add-note"
              onClick={() => setEditing(true)}
            >
              <NoteIcon />
              <span>{t(hasNote ? 'annotations.editNote' : 'annotations.addNote')}</span>
            </button>
          </>
        )}
        {annotation && !editing && (
          <button
            type="button"
            className="icon-button danger"
            data-testid="delete-highlight"
            aria-label={t('annotations.delete')}
            title={t('annotations.delete')}
            onClick={() => void remove()}
          >
            <TrashIcon />
          </button>
        )}
      </div>
      {annotation?.body.note && !editing && (
        <p className="hl-popover-note" dir="auto" data-testid="popover-note">
          {annotation.body.note}
        </p>
      )}
      {editing && (
        <NoteEditor
          initial={annotation?.body.note ?? ''}
          onSave={(text) => void saveNote(text)}
          onCancel={close}
        />
      )}
    </div>
  );
}
