import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextField } from './keys';
import {
  clearToasts,
  dismissToast,
  latestUndoable,
  type Toast,
  toastDuration,
  undoToast,
  useToasts,
} from './toasts';

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const element = useRef<HTMLDivElement>(null);

  // The clock stops while the pointer or focus is on the toast, so nobody loses the Undo
  // button while reaching for it.
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismissToast(toast.id), toastDuration);
    return () => clearTimeout(timer);
  }, [held, toast.id]);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const hold = () => setHeld(true);
    const release = () => setTimeout(() => setHeld(node.matches(':hover, :focus-within')));
    node.addEventListener('mouseenter', hold);
    node.addEventListener('focusin', hold);
    node.addEventListener('mouseleave', release);
    node.addEventListener('focusout', release);
    return () => {
      node.removeEventListener('mouseenter', hold);
      node.removeEventListener('focusin', hold);
      node.removeEventListener('mouseleave', release);
      node.removeEventListener('focusout', release);
    };
  }, []);

  return (
    <div ref={element} className="toast" data-testid="toast">
      <p className="toast-text">{toast.message}</p>
      {toast.undo && (
        <button
          type="button"
          className="button toast-undo"
          data-testid="toast-undo"
          onClick={() => void undoToast(toast.id)}
        >
          {t('toasts.undo')}
        </button>
      )}
      <button
        type="button"
        className="icon-button toast-close"
        aria-label={t('toasts.dismiss')}
        title={t('toasts.dismiss')}
        onClick={() => dismissToast(toast.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/**
 * Short reports of what was just done, with Undo where it can be undone (also Ctrl/Cmd+Z when
 * no text field has the focus). A polite live region, so screen readers announce them.
 */
export function Toasts() {
  const toasts = useToasts();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'z' || isTextField(event.target)) return;
      const toast = latestUndoable();
      if (!toast) return;
      event.preventDefault();
      void undoToast(toast.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearToasts();
    };
  }, []);

  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
