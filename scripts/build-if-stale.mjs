// Builds the app when the built renderer is missing or older than its sources, so
// `npm run serve` always serves what the sources say without rebuilding every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtMarker = path.join(root, 'out', 'renderer', 'index.html');
const sources = ['renderer', 'electron', 'electron.vite.config.ts', 'package.json'];

function newestMtime(target) {
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, name)));
  return newest;
}

const stale =
  !existsSync(builtMarker) ||
  sources.some((source) => newestMtime(path.join(root, source)) > statSync(builtMarker).mtimeMs);

if (stale) {
  console.error('Building the app…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
