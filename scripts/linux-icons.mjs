// Writes build/icons/<size>x<size>.png, the Linux icon set, from the one source image
// assets/icon.png: `node scripts/linux-icons.mjs` after changing the icon.
//
// electron-builder derives the Windows .ico and the macOS .icns from assets/icon.png itself, but
// for Linux it installs a single PNG at its own size, and 1024×1024 is not a size the hicolor icon
// theme declares, so menus and docks would find no icon. These are the sizes it does declare.
//
// Needs ImageMagick (`apt-get install imagemagick`, `brew install imagemagick`); set IMAGEMAGICK
// to its `magick` or `convert` executable if neither is on the PATH.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'assets', 'icon.png');
const target = path.join(root, 'build', 'icons');
const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512];

function imageMagick() {
  const candidates = process.env.IMAGEMAGICK ? [process.env.IMAGEMAGICK] : ['magick', 'convert'];
  for (const command of candidates) {
    const probe = spawnSync(command, ['-version'], { encoding: 'utf8' });
    if (probe.status === 0 && /ImageMagick/.test(probe.stdout)) return command;
  }
  console.error('ImageMagick was not found: install it, or set IMAGEMAGICK to its executable.');
  process.exit(1);
}

const command = imageMagick();
mkdirSync(target, { recursive: true });
for (const size of linuxIconSizes) {
  const file = path.join(target, `${size}x${size}.png`);
  // No metadata chunks (times, the source's path), so the same source gives the same bytes.
  const args = [
    source,
    '-resize',
    `${size}x${size}`,
    '-strip',
    '-define',
    'png:exclude-chunks=date,time',
    file,
  ];
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(path.relative(root, file));
}
