import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { importAccept } from './importable';
import { useImportState } from './importStore';
import { importPicked } from './runImport';

/** Opens the system file picker; the chosen files are read here and sent in batches. */
export function ImportButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const busy = useImportState().progress !== null;
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="import-button"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={importAccept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])].map((file) => ({ file, name: file.name }));
          // Cleared so choosing the same files again fires another change.
          event.target.value = '';
          void importPicked(files);
        }}
      />
    </>
  );
}
