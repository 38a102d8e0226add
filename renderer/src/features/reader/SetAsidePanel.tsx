import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetAsideBlock } from '../../../../electron/contract';

interface SetAsidePanelProps {
  blocks: SetAsideBlock[];
  onClose: () => void;
}

/**
 * Text the importer kept out of the article body. A side panel rather than a modal dialog,
 * so the article stays readable beside it.
 */
export function SetAsidePanel({ blocks, onClose }: SetAsidePanelProps) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      if (opener?.isConnected) opener.focus();
    };
  }, [onClose]);

  return (
    <aside
      id="set-aside-panel"
      className="set-aside-panel"
      role="dialog"
      aria-labelledby="set-aside-heading"
      data-testid="set-aside-panel"
    >
      <div className="set-aside-header">
        <h2 id="set-aside-heading">{t('setAside.heading')}</h2>
        <button ref={closeButton} type="button" className="button quiet" onClick={onClose}>
          {t('setAside.close')}
        </button>
      </div>
      <p className="set-aside-intro muted">{t('setAside.intro')}</p>
      <ol className="set-aside-list">
        {blocks.map((block, index) => (
          // Blocks are listed once, in file order, and never reordered.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="set-aside-block" data-testid="set-aside-block" data-kind={block.kind}>
            <div className="set-aside-meta">
              <span className="kind-label">{t(`setAside.kind.${block.kind}`)}</span>
              <span className="muted">
                {block.after === 0
                  ? t('setAside.beforeFirst')
                  : t('setAside.afterParagraph', { n: block.after })}
              </span>
            </div>
            <p
              className={`set-aside-text text-${block.lang}`}
              lang={block.lang}
              dir={block.lang === 'ar' ? 'rtl' : 'ltr'}
            >
              {block.text}
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
