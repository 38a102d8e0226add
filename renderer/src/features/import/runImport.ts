import type { ImportOutcome } from '../../../../electron/contract';
import { maxArticleBytes, maxImportFilesPerRequest, maxImportRequestBytes } from '../../api/contractValues';
import { call } from '../../api/muwazi';
import { base64Length, toBase64 } from './base64';
import type { PickedFile } from './droppedFiles';
import { importStore } from './importStore';

// Half the server's limit leaves room for JSON and names; one large file still goes alone.
const batchBudget = maxImportRequestBytes / 2;

/** Groups files into requests under the contract's limits, keeping the user's order. */
export function batchesOf(files: readonly PickedFile[]): PickedFile[][] {
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let size = 0;
  for (const picked of files) {
    const cost = base64Length(picked.file.size);
    if (current.length > 0 && (current.length >= maxImportFilesPerRequest || size + cost > batchBudget)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(picked);
    size += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The name the server is told: the path inside a dropped folder, cut to what the contract allows. */
function sentName(name: string): string {
  return name.length <= 255 ? name : (name.split('/').pop() ?? name).slice(-255);
}

/**
 * Reads the files in the page and sends them a batch at a time, so progress shows and a cancel
 * takes effect after the current batch. Files too large to open are refused here, unsent.
 */
export async function importPicked(files: readonly PickedFile[]): Promise<ImportOutcome | null> {
  if (files.length === 0 || importStore.busy()) return null;
  let cancelled = false;
  importStore.start(() => {
    cancelled = true;
  }, files.length);
  const outcome: ImportOutcome = { imported: [], failed: [], cancelled: false };
  const tooLarge = files.filter((picked) => picked.file.size > maxArticleBytes);
  for (const picked of tooLarge) outcome.failed.push({ from: picked.name, code: 'too-large' });
  let done = tooLarge.length;
  for (const batch of batchesOf(files.filter((picked) => picked.file.size <= maxArticleBytes))) {
    if (cancelled) {
      outcome.cancelled = true;
      break;
    }
    importStore.progress({ done, total: files.length, current: batch[0]?.name });
    const sent: { name: string; content: string }[] = [];
    for (const picked of batch) {
      try {
        sent.push({
          name: sentName(picked.name),
          content: toBase64(new Uint8Array(await picked.file.arrayBuffer())),
        });
      } catch {
        outcome.failed.push({ from: picked.name, code: 'io-error' });
      }
    }
    if (sent.length > 0) {
      const result = await call('library:import', { files: sent });
      if (result.ok) {
        outcome.imported.push(...result.value.imported);
        outcome.failed.push(...result.value.failed);
      } else {
        for (const file of sent) outcome.failed.push({ from: file.name, code: result.error.code });
      }
    }
    done += batch.length;
  }
  importStore.progress({ done, total: files.length });
  importStore.finish(outcome);
  return outcome;
}
