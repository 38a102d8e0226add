import path from 'node:path';
import { MuwaziError, toApiError } from '../core/errors';
import { argValue, defaultDataDir, defaultLibraryDir } from '../core/paths';
import { MuwaziService } from '../core/service';

export const annotationsUsage =
  '  npm run cli -- annotations export <article-file> --format md|json [--library DIR] [--data DIR]';

/** `annotations export <article-file> --format md|json`: an article's notes on stdout. */
export async function runAnnotations(args: string[]): Promise<number> {
  const [action, file] = args;
  const format = argValue(args, 'format');
  if (action !== 'export' || !file || file.startsWith('--') || (format !== 'md' && format !== 'json')) {
    console.error(`Usage:\n${annotationsUsage}`);
    return 2;
  }
  const libraryArg = argValue(args, 'library');
  const dataArg = argValue(args, 'data');
  const libraryDir = libraryArg ? path.resolve(libraryArg) : defaultLibraryDir();
  const service = new MuwaziService({
    libraryDir,
    dataDir: dataArg ? path.resolve(dataArg) : defaultDataDir(),
    transport: 'browser',
    version: 'cli',
  });
  try {
    const relative = path.relative(libraryDir, path.resolve(file)).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new MuwaziError(
        'outside-library',
        `${file} is not in the library folder ${libraryDir} (see --library).`,
      );
    }
    const listing = await service.library.list();
    const summary = listing.articles.find((article) => article.file === relative);
    if (!summary) {
      const problem = listing.problems.find((p) => p.file === relative);
      throw new MuwaziError(problem?.code ?? 'not-found', `${file} is not an article in the library.`);
    }
    const exported = await service.notes.export(summary.id, format);
    process.stdout.write(exported.content);
    return 0;
  } catch (error) {
    const { code, message } = toApiError(error);
    console.error(`muwazi: ${message} (${code})`);
    return 1;
  }
}
