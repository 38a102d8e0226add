import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ArticleSummary } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { errorText } from '../../i18n';
import { baseName } from './baseName';

// The contract's rule for a new name, checked here too so the reason shows before a round trip.
const forbidden = /[/\\:*?"<>|\p{Cc}]/u;

function nameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 200 || forbidden.test(name)) return 'library.invalidName';
  if (name.startsWith('.') || name.trim() !== name) return 'library.invalidName';
  return null;
}

interface Props {
  article: ArticleSummary;
  onDone: () => void;
  onCancel: () => void;
}

export function RenameForm({ article, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const current = baseName(article.file);
  const [name, setName] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    // Select the stem, so typing replaces the name and keeps the extension.
    const dot = current.indexOf('.');
    field.setSelectionRange(0, dot > 0 ? dot : current.length);
  }, [current]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name === current) return onCancel();
    const local = nameProblem(name);
    if (local) return setProblem(t(local));
    setBusy(true);
    const result = await call('library:rename', { id: article.id, name });
    setBusy(false);
    if (result.ok) return onDone();
    setProblem(explain(result.error));
  }

  function explain(error: ApiError): string {
    return error.code === 'invalid-input' ? t('library.invalidName') : errorText(error);
  }

  const errorId = `rename-error-${article.id}`;
  return (
    <form
      className="library-inline-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="library-inline-label" htmlFor={`rename-${article.id}`}>
        {t('library.newName')}
      </label>
      <input
        id={`rename-${article.id}`}
        ref={input}
        className="text-field"
        data-testid="library-rename-input"
        dir="ltr"
        value={name}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button" data-testid="library-rename-save" disabled={busy}>
        {t('library.renameSave')}
      </button>
      <button type="button" className="button quiet" onClick={onCancel}>
        {t('library.cancel')}
      </button>
      {problem && (
        <p id={errorId} className="library-inline-error" role="alert" data-testid="library-rename-error">
          {problem}
        </p>
      )}
    </form>
  );
}
