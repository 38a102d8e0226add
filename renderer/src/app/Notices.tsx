import { type ReactNode, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DataProblem } from '../../../electron/contract';
import { call } from '../api/muwazi';
import { useSettings } from '../features/settings/settingsContext';
import { errorText } from '../i18n';
import './notices.css';
import { fileNameTags } from './FileName';

function useDataProblems(): [DataProblem[], (problem: DataProblem) => void] {
  const [problems, setProblems] = useState<DataProblem[]>([]);
  useEffect(() => {
    let live = true;
    void call('app:info', {}).then((result) => {
      if (live && result.ok) setProblems(result.value.dataProblems);
    });
    return () => {
      live = false;
    };
  }, []);
  const dismiss = (problem: DataProblem) => setProblems((all) => all.filter((each) => each !== problem));
  return [problems, dismiss];
}

function Notice({ message, onDismiss }: { message: ReactNode; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert" data-testid="notice">
      <p className="notice-text">{message}</p>
      <button type="button" className="button quiet" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}

/** Problems with the user's own data, reported once and dismissible, never hidden. */
export function Notices() {
  const { t } = useTranslation();
  const [dataProblems, dismissDataProblem] = useDataProblems();
  const { problem: settingsProblem, dismissProblem } = useSettings();
  if (dataProblems.length === 0 && !settingsProblem) return null;
  return (
    <div className="notices">
      {dataProblems.map((problem) => (
        <Notice
          key={`${problem.file}:${problem.keptAs ?? ''}`}
          onDismiss={() => dismissDataProblem(problem)}
          message={
            <Trans
              i18nKey={problem.keptAs ? 'notices.keptAside' : 'notices.unreadable'}
              values={{ file: problem.file, keptAs: problem.keptAs, reason: errorText(problem) }}
              components={fileNameTags}
            />
          }
        />
      ))}
      {settingsProblem && (
        <Notice
          onDismiss={dismissProblem}
          message={t(
            settingsProblem.kind === 'load' ? 'notices.settingsLoadFailed' : 'notices.settingsSaveFailed',
            {
              reason: errorText(settingsProblem.error),
            },
          )}
        />
      )}
    </div>
  );
}
