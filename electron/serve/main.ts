import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findAppRoot } from '../core/appRoot';
import { argValue, defaultDataDir, documentsLibraryDir, namedLibraryDir } from '../core/paths';
import { MuwaziService } from '../core/service';
import { startBrowserServer } from './server';

/** `npm run serve -- --library DIR --data DIR --port N`: Muwazi in any browser on this computer. */
async function main(args: string[]): Promise<void> {
  const root = findAppRoot();
  const staticDir = path.join(root, 'out', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error('The app is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  const portArg = argValue(args, 'port') ?? process.env.MUWAZI_PORT ?? '0';
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (got ${portArg}).`);
    process.exit(2);
  }
  const namedLibrary = namedLibraryDir(args);
  const dataArg = argValue(args, 'data');
  const dataDir = dataArg ? path.resolve(dataArg) : defaultDataDir();
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  // No folder dialog in a browser: another library comes from --library (or the one the
  // desktop app last opened, when nothing is named).
  const service = new MuwaziService({
    libraryDir: namedLibrary ?? documentsLibraryDir(),
    libraryIsDefault: namedLibrary === undefined,
    dataDir,
    sampleDir: path.join(root, 'assets', 'sample-library'),
    transport: 'browser',
    version,
  });
  // A first run that fails (a read-only folder) is reported to the page on its first call.
  const libraryDir = await service.libraryFolder().catch(() => service.library.root);
  const server = await startBrowserServer({ service, staticDir, port });
  console.log(`Muwazi (browser mode) — library: ${libraryDir} — data: ${dataDir}`);
  console.log('Open this address in a browser on this computer (Ctrl+C stops the server):');
  console.log(server.url);
  const stop = () => {
    Promise.all([server.close(), service.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
