import { Trans, useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/contract';
import { errorText } from '../../i18n';
import { folderName } from './folderName';
import { dismissLibraryFolderError, openLibraryFolder, useLibraryFolderState } from './libraryFolderStore';

/** Why the folder could not be opened: in browser mode, how to start it on another folder instead. */
function FolderError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const explanation = error.code === 'not-available';
  return (
    <div
      className={explanation ? 'library-folder-message' : 'library-folder-message failed'}
      role={explanation ? 'status' : 'alert'}
      data-testid="library-folder-error"
    >
      {explanation ? (
        <>
          <p>{t('library.folderInBrowser')}</p>
          <pre className="library-folder-command" dir="ltr">
            <code>{t('library.serveCommand')}</code>
          </pre>
        </>
      ) : (
        <p>{t('library.folderFailed', { reason: errorText(error) })}</p>
      )}
      <button type="button" className="button quiet" onClick={dismissLibraryFolderError}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}

/**
 * Which folder is the library (its name; the full path on hover) and the button that opens
 * another. `folder` is unknown until the library has been listed.
 */
export function LibraryFolder({ folder }: { folder?: string }) {
  const { t } = useTranslation();
  const { choosing, error } = useLibraryFolderState();
  return (
    <>
      <div className="library-folder">
        {folder !== undefined && (
          <p className="muted" data-testid="library-folder">
            <Trans
              i18nKey="library.folder"
              values={{ folder: folderName(folder) }}
              components={{ bdi: <bdi className="file-name" dir="ltr" title={folder} /> }}
            />
          </p>
        )}
        <button
          type="button"
          className="button quiet"
          data-testid="open-library-folder"
          title={t('library.openFolderHint')}
          disabled={choosing}
          onClick={() => void openLibraryFolder()}
        >
          {t('library.openFolder')}
        </button>
      </div>
      {error && <FolderError error={error} />}
    </>
  );
}
