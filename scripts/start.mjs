// `npm start`: builds the app if needed, then runs it in Electron. Where the Electron binary is
// not installed (its download needs the network), it says so and starts browser mode instead,
// so the app still opens. Arguments after `--` go to the app: `npm start -- --library <folder>`.
//
// The executable is found from node_modules/electron/path.txt rather than by requiring the
// electron package, because requiring it starts a download whenever the binary is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = path.join(root, 'node_modules', 'electron');
const given = process.argv.slice(2);
const appArgs = given[0] === '--' ? given.slice(1) : given;

function electronExecutable() {
  let relative;
  try {
    relative = readFileSync(path.join(electronPackage, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return undefined;
  const executable = override
    ? path.join(override, relative || 'electron')
    : path.join(electronPackage, 'dist', relative);
  return existsSync(executable) ? executable : undefined;
}

/** Runs the electron package's own installer once, quietly; returns its last error line. */
function tryInstallElectron() {
  console.error('The Electron binary is not installed; trying to download it…');
  const result = spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  if (result.status === 0) return undefined;
  const output = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  return output.split('\n').find((line) => line.trim() !== '') ?? `exit code ${result.status}`;
}

/** Runs a child with our terminal, passes Ctrl+C and friends on, and exits as it exits. */
function runAndExitWith(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of forwarded) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    for (const name of forwarded) process.removeAllListeners(name);
    process.kill(process.pid, signal);
  });
}

function startBrowserMode() {
  const serveArgs = ['run', 'serve', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])];
  // Under npm, npm_execpath is npm's own script: running it with this Node avoids the shell
  // that Windows would need for npm.cmd.
  const npmScript = process.env.npm_execpath;
  if (npmScript && /npm-cli\.c?js$/.test(npmScript)) {
    runAndExitWith(process.execPath, [npmScript, ...serveArgs]);
  } else {
    runAndExitWith(process.platform === 'win32' ? 'npm.cmd' : 'npm', serveArgs, {
      shell: process.platform === 'win32',
    });
  }
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-if-stale.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('The build failed; see the errors above.');
  process.exit(build.status ?? 1);
}

let executable = electronExecutable();
let installError;
if (!executable) {
  installError = tryInstallElectron();
  executable = electronExecutable();
}

if (executable) {
  const env = { ...process.env };
  // Set in some shells and CI images; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  runAndExitWith(executable, ['.', ...appArgs], { env });
} else {
  console.error(
    [
      '',
      'Muwazi cannot open as a desktop app here: the Electron binary is not installed',
      `(node_modules/electron/dist is missing). Installing Electron downloads it, which needs the`,
      `network${installError ? `, and the download failed: ${installError}` : ''}.`,
      '',
      'Muwazi runs in browser mode instead, with the same library and data. To start it yourself:',
      '',
      '    npm run serve',
      '',
      'Starting browser mode now…',
      '',
    ].join('\n'),
  );
  startBrowserMode();
}
