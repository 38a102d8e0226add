import { hasImportableExtension, isHidden } from './importable';

/** A file to import and the name it is reported under (its path inside a dropped folder). */
export interface PickedFile {
  file: File;
  name: string;
}

const maxDepth = 8;

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All entries of a folder: readEntries hands them over in chunks until it returns none. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

async function walk(
  entry: FileSystemEntry,
  depth: number,
  explicit: boolean,
  into: PickedFile[],
): Promise<void> {
  if (isHidden(entry.name)) return;
  if (entry.isFile) {
    // Files the user dropped go in whatever they are (and get a reason if refused); inside a
    // folder only what Muwazi reads, so a folder of images and articles is not a list of refusals.
    if (!explicit && !hasImportableExtension(entry.name)) return;
    try {
      into.push({
        file: await fileOf(entry as FileSystemFileEntry),
        name: entry.fullPath.replace(/^\//, ''),
      });
    } catch {
      // A file that vanished or cannot be read between the drop and now is simply not offered.
    }
    return;
  }
  if (entry.isDirectory && depth < maxDepth) {
    const children = await entriesOf(entry as FileSystemDirectoryEntry).catch(() => []);
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) await walk(child, depth + 1, false, into);
  }
}

/** The files in a drop, walking any dropped folders. */
export async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  // Items must be taken synchronously: the DataTransfer is emptied once the drop handler returns.
  const dropped = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const picked: PickedFile[] = [];
  for (const { entry, file } of dropped) {
    if (entry?.isDirectory) await walk(entry, 0, true, picked);
    else if (file && !isHidden(file.name)) picked.push({ file, name: file.name });
  }
  return picked;
}
