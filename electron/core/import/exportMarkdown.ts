import { type ExportableArticle, rowsOf } from './rows';

// A paragraph starting like Markdown markup would be read as markup; a backslash keeps it text.
function escapeStart(text: string): string {
  return text.replace(/^(\s*)([#>+\-*|]|\d+[.)]|=+$|`{3})/u, '$1\\$2');
}

/** The article as Markdown: the title, then each row's Arabic paragraphs followed by its English. */
export function exportMarkdown(article: ExportableArticle): string {
  const parts = [`# ${article.title.ar}`];
  if (article.title.en) parts.push(`## ${article.title.en}`);
  for (const row of rowsOf(article)) {
    for (const text of row.ar) parts.push(escapeStart(text));
    for (const text of row.en) parts.push(escapeStart(text));
    parts.push('---');
  }
  if (parts[parts.length - 1] === '---') parts.pop();
  return `${parts.join('\n\n')}\n`;
}
