import path from 'node:path';
import { toApiError } from '../core/errors';
import { alignUsage, runAlign } from './align';
import { annotationsUsage, runAnnotations } from './annotations';
import { exportUsage, runExport } from './exportArticle';
import { loadArticle } from '../core/library/loadArticle';
import { inspectJson, inspectText } from './inspectJson';

const usage = `Usage:
  npm run cli -- inspect <file> [--json]   show how Muwazi reads an article file (and its .en sidecar)
${exportUsage}
${alignUsage}
${annotationsUsage}`;

async function inspect(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    console.error(usage);
    return 2;
  }
  const absolute = path.resolve(file);
  try {
    const article = await loadArticle(path.dirname(absolute), path.basename(absolute));
    console.log(
      args.includes('--json') ? JSON.stringify(inspectJson(article), null, 2) : inspectText(article),
    );
    return 0;
  } catch (error) {
    const { code, message } = toApiError(error);
    console.error(`muwazi: ${message} (${code})`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'inspect':
      return inspect(rest);
    case 'export':
      return runExport(rest);
    case 'align':
      return runAlign(rest);
    case 'annotations':
      return runAnnotations(rest);
    default:
      console.error(usage);
      return command === undefined || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
