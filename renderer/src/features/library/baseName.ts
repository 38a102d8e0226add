/** The file's own name, without the folders it sits in inside the library. */
export function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}
