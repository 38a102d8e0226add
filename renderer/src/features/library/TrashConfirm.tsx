import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { fileNameTags } from '../../app/FileName';
import { errorText } from '../../i18n';
import { baseName } from './baseName';

interface Props {
  article: ArticleSummary;
  onDone: () => void;
  onCancel: () => void;
}

/** Says where the file goes (the system trash, from which it can be restored) before it goes. */
export function TrashConfirm({ article, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);

  async function confirm() {
    setBusy(true);
    const result = await call('library:trash', { id: article.id });
    setBusy(false);
    if (result.ok) onDone();
    else setProblem(errorText(result.error));
  }

  return (
    <div
      className="library-inline-form"
      role="alertdialog"
      aria-labelledby={`trash-${article.id}`}
      data-testid="library-delete-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={`trash-${article.id}`} className="library-inline-text">
        <Trans
          i18nKey="library.trashConfirm"
          values={{ name: baseName(article.file) }}
          components={fileNameTags}
        />
      </p>
      <button
        type="button"
        className="button danger"
        data-testid="library-delete-confirm-button"
        disabled={busy}
        onClick={confirm}
      >
        {t('library.trashConfirmButton')}
      </button>
      <button type="button" ref={cancel} className="button quiet" onClick={onCancel}>
        {t('library.cancel')}
      </button>
      {problem && (
        <p className="library-inline-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
