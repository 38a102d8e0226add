import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MuwaziError } from '../errors';

/** How long one file may take to read in a worker before it is stopped as too large or too complex. */
export const defaultImportTimeoutMs = 20_000;

/**
 * Starts a thread running `importWorker`. A build puts `importWorker.js` beside the main bundle
 * this module is part of; from the TypeScript sources (tests, tsx) the worker loads
 * `importWorker.ts` through tsx. This module must not be imported by the worker itself, or the
 * bundler would move it into a shared chunk where the relative path no longer holds.
 */
export function startImportWorker(workerData?: unknown): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: 1024, stackSizeMb: 16 },
    ...(workerData === undefined ? {} : { workerData }),
  };
  const built = new URL('./importWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, options);
  const source = new URL('./importWorker.ts', import.meta.url);
  let tsxApi: string;
  try {
    tsxApi = tsxEsmApi();
  } catch (error) {
    throw new MuwaziError('internal', 'The import worker is not built and tsx is not installed to run it.', {
      cause: error,
    });
  }
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, ...options });
}

/** tsx's ESM API, found through its package exports: `require.resolve` would give the CommonJS build. */
function tsxEsmApi(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import?.default;
  if (!entry) throw new Error('tsx has no ESM API entry');
  return pathToFileURL(path.join(path.dirname(manifestPath), entry)).href;
}
