import { useTranslation } from 'react-i18next';
import { FileName } from '../../app/FileName';
import { errorText, formatNumber } from '../../i18n';
import { importStore, useImportState } from './importStore';
import './import.css';

function Progress({
  done,
  total,
  cancellable,
  cancelling,
}: {
  done: number;
  total: number;
  cancellable: boolean;
  cancelling: boolean;
}) {
  const { t } = useTranslation();
  const share = total === 0 ? 0 : Math.min(1, done / total);
  return (
    <section className="import-panel" data-testid="import-progress" aria-label={t('import.progressLabel')}>
      <p className="import-count" role="status">
        {t('import.progress', { done: formatNumber(done), total: formatNumber(total) })}
      </p>
      <progress
        className="import-bar"
        max={total || 1}
        value={done}
        aria-valuetext={`${Math.round(share * 100)}%`}
      />
      {cancellable && (
        <button
          type="button"
          className="button quiet"
          data-testid="import-cancel"
          disabled={cancelling}
          onClick={() => importStore.requestCancel()}
        >
          {cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      )}
    </section>
  );
}

/** Progress while an import runs and, after it, what came in and why each refused file was refused. */
export function ImportStatus() {
  const { t } = useTranslation();
  const state = useImportState();
  if (state.progress) {
    return (
      <Progress
        done={state.progress.done}
        total={state.progress.total}
        cancellable={state.cancel !== null}
        cancelling={state.cancelling}
      />
    );
  }
  const outcome = state.outcome;
  if (!outcome) return null;
  return (
    <section
      className="import-panel"
      data-testid="import-summary"
      aria-labelledby="import-summary-heading"
      role="status"
    >
      <div className="import-summary-head">
        <h2 id="import-summary-heading" className="import-summary-title">
          {t('import.imported', { count: outcome.imported.length })}
          {outcome.cancelled && <span className="muted"> {t('import.stopped')}</span>}
        </h2>
        <button
          type="button"
          className="button quiet"
          data-testid="import-summary-close"
          onClick={() => importStore.dismiss()}
        >
          {t('import.close')}
        </button>
      </div>
      {outcome.failed.length > 0 && (
        <>
          <p className="muted">{t('import.failed', { count: outcome.failed.length })}</p>
          <ul className="import-failures">
            {outcome.failed.map((failure, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes once shown, and two dropped folders can hold files of the same name.
              <li key={`${index}:${failure.from}`} data-testid="import-failure">
                <FileName>{failure.from}</FileName>
                <span className="problem-reason">{errorText(failure)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
