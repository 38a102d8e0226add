/** A folder's own name from its full path (POSIX or Windows), for showing which folder is the library. */
export function folderName(folder: string): string {
  const trimmed = folder.replace(/[\\/]+$/, '');
  return trimmed.split(/[\\/]/).pop() || folder;
}
