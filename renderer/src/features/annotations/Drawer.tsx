import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stickyHeaderBottom } from '../../app/layout';

interface DrawerProps {
  id: string;
  testId: string;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A side panel on the inline-end side (the left in an Arabic UI). Not modal: the article stays
 * readable and usable beside it. It takes the focus when it opens, gives it back when it closes,
 * and Escape closes it unless something inside it (an editor) used the key first.
 */
export function Drawer({ id, testId, title, onClose, children }: DrawerProps) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  const latestClose = useRef(onClose);
  latestClose.current = onClose;
  // Below the header, however many lines its toolbar wrapped onto.
  const [top, setTop] = useState<number | null>(null);

  useLayoutEffect(() => {
    const place = () => setTop(Math.round(stickyHeaderBottom()));
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, []);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      latestClose.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  const headingId = `${id}-heading`;
  return (
    <aside
      id={id}
      className="notes-panel"
      role="dialog"
      aria-labelledby={headingId}
      data-testid={testId}
      data-notes-ui=""
      style={top === null ? undefined : { insetBlockStart: `calc(${top}px + 0.5rem)` }}
    >
      <div className="notes-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button ref={closeButton} type="button" className="button quiet" onClick={onClose}>
          {t('annotations.close')}
        </button>
      </div>
      {children}
    </aside>
  );
}
