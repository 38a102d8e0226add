import type { Article } from '../../electron/contract';
import { importDocument, importSidecar } from '../../electron/core/import/importDocument';
import { articleFromImport } from '../../electron/core/import/toArticle';

const encode = (text: string) => new TextEncoder().encode(text);

/** An article read from plain text as the library reads `a.txt` with `a.en.txt` beside it. */
export function articleFromText(arabic: string, english?: string, id = '0123456789abcdef'): Article {
  const document = importDocument(encode(arabic), 'a.txt');
  if (english === undefined) return articleFromImport({ id, file: 'a.txt', document });
  const value = importSidecar(encode(english), 'a.en.txt');
  return articleFromImport({ id, file: 'a.txt', document, sidecar: { file: 'a.en.txt', value } });
}
