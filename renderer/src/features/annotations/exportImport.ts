import type { ExportedFile } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { errorText, i18n } from '../../i18n';
import { showToast } from './toasts';

/** The largest file `annotations:import` accepts (its input schema's bound). */
const maxImportLength = 20 * 1024 * 1024;

/** Hands a file to the browser's (or Electron's) download handling, which asks where to save it. */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function exportNotes(id: string, format: 'md' | 'json'): Promise<void> {
  const result = await call('annotations:export', { id, format });
  if (result.ok) downloadFile(result.value);
  else showToast({ message: i18n.t('annotations.exportFailed', { reason: errorText(result.error) }) });
}

/** Imports a Web Annotation JSON file into an article; true when anything may have changed. */
export async function importNotes(id: string, file: Blob): Promise<boolean> {
  if (file.size > maxImportLength) {
    showToast({ message: i18n.t('annotations.importFailed', { reason: errorText({ code: 'too-large' }) }) });
    return false;
  }
  let content: string;
  try {
    content = await file.text();
  } catch {
    showToast({ message: i18n.t('annotations.importFailed', { reason: errorText({ code: 'io-error' }) }) });
    return false;
  }
  const result = await call('annotations:import', { id, content });
  if (!result.ok) {
    showToast({ message: i18n.t('annotations.importFailed', { reason: errorText(result.error) }) });
    return false;
  }
  const { added, duplicates, rejected } = result.value;
  showToast({
    message: i18n.t('annotations.imported', { added, duplicates, rejected: rejected.length }),
  });
  return added > 0;
}
