import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startServeProcess } from '../../../scripts/serveProcess';
import { makeTempDir, removeDir } from '../../helpers/tempDirs';

export interface BrowserMode {
  url: string;
  libraryDir: string;
  dataDir: string;
  /** Stops the server and starts a fresh one on the same folders, as a user restarting would. */
  restart(): Promise<string>;
}

export const test = base.extend<{ browserMode: BrowserMode }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  browserMode: async ({}, use) => {
    const root = await makeTempDir('muwazi-e2e-');
    const libraryDir = path.join(root, 'library');
    const dataDir = path.join(root, 'data');
    await mkdir(dataDir, { recursive: true });
    let server = await startServeProcess({ libraryDir, dataDir });
    const mode: BrowserMode = {
      url: server.url,
      libraryDir,
      dataDir,
      async restart() {
        await server.stop();
        server = await startServeProcess({ libraryDir, dataDir });
        mode.url = server.url;
        return server.url;
      },
    };
    await use(mode);
    await server.stop();
    await removeDir(root);
  },
});

export { expect } from '@playwright/test';
