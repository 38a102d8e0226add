/** The formats the library reads; the file picker offers these and dropped folders keep only these. */
export const importExtensions = ['.txt', '.md', '.html', '.htm', '.tmx', '.json'] as const;

export const importAccept = importExtensions.join(',');

export function hasImportableExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return importExtensions.some((extension) => lower.endsWith(extension));
}

/** Dot files and folders (".git", ".DS_Store") are never articles; the library hides them too. */
export function isHidden(name: string): boolean {
  return name.startsWith('.');
}
