import path from 'node:path';
import { toApiError } from '../core/errors';
import { exportBilingualJson } from '../core/import/bilingualJson';
import { exportMarkdown } from '../core/import/exportMarkdown';
import { exportTmx } from '../core/import/tmx/exportTmx';
import { loadArticle } from '../core/library/loadArticle';
import { argValue } from '../core/paths';

export const exportUsage =
  '  npm run cli -- export <file> --format tmx|json|md   an article and its translation as TMX 1.4, bilingual JSON or Markdown';

const exporters = { tmx: exportTmx, json: exportBilingualJson, md: exportMarkdown } as const;

/** `export <file> --format tmx|json|md`: the article, read as the library reads it, on stdout. */
export async function runExport(args: string[]): Promise<number> {
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--format');
  const format = argValue(args, 'format');
  if (!file || !(format === 'tmx' || format === 'json' || format === 'md')) {
    console.error(`Usage:\n${exportUsage}`);
    return 2;
  }
  const absolute = path.resolve(file);
  try {
    const article = await loadArticle(path.dirname(absolute), path.basename(absolute));
    const text = exporters[format](article);
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  } catch (error) {
    const { code, message } = toApiError(error);
    console.error(`muwazi: ${message} (${code})`);
    return 1;
  } finally {
    const { closeImportWorker } = await import('../core/import/inWorker');
    await closeImportWorker();
  }
}
