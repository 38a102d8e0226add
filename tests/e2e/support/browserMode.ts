import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { repoRoot } from '../../helpers/paths';
import { makeTempDir, removeDir } from '../../helpers/tempDirs';

export interface BrowserMode {
  url: string;
  libraryDir: string;
  dataDir: string;
  /** Stops the server and starts a fresh one on the same folders, as a user restarting would. */
  restart(): Promise<string>;
}

const urlLine = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/m;

/** Starts `npm run serve`'s program exactly as a user would and reads the URL line it prints. */
async function startServe(
  libraryDir: string,
  dataDir: string,
): Promise<{ url: string; child: ChildProcess }> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(
    tsx,
    ['electron/serve/main.ts', '--library', libraryDir, '--data', dataDir, '--port', '0'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(urlLine);
      if (match) resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`serve exited (${code}) before printing its URL:\n${output}`)),
    );
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ browserMode: BrowserMode }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  browserMode: async ({}, use) => {
    const root = await makeTempDir('muwazi-e2e-');
    const libraryDir = path.join(root, 'library');
    const dataDir = path.join(root, 'data');
    await mkdir(dataDir, { recursive: true });
    let server = await startServe(libraryDir, dataDir);
    const mode: BrowserMode = {
      url: server.url,
      libraryDir,
      dataDir,
      async restart() {
        await stop(server.child);
        server = await startServe(libraryDir, dataDir);
        mode.url = server.url;
        return server.url;
      },
    };
    await use(mode);
    await stop(server.child);
    await removeDir(root);
  },
});

export { expect } from '@playwright/test';
