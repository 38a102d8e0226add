import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Our own switches whose value is the next argument (`--library <folder>`, `--data <folder>`). */
const switchesWithValue = new Set(['--library', '--data']);

export interface ArgvOptions {
  /**
   * Electron runs an unpackaged app (`electron <app path> …`, `process.defaultApp`): the first
   * plain argument is the app's folder, not a file to open.
   */
  defaultApp?: boolean;
}

/**
 * The files a launch asks Muwazi to open ("Open with", a file dropped on the icon, a path
 * typed after the command), resolved against the launch's working folder. Switches are
 * skipped: ours, Electron's, and the ones Chromium adds to a second instance's command line.
 * Desktop files on Linux may hand over `file://` URLs; other URLs are not files and are skipped.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, options: ArgvOptions = {}): string[] {
  const files: string[] = [];
  let appPathPending = options.defaultApp === true;
  let switchesEnded = false;
  // argv[0] is the executable.
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && arg.startsWith('-')) {
      if (switchesWithValue.has(arg)) index++;
      continue;
    }
    if (arg.trim() === '') continue;
    if (appPathPending) {
      appPathPending = false;
      continue;
    }
    let file: string;
    if (/^file:\/\//i.test(arg)) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue;
    } else {
      file = path.resolve(cwd, arg);
    }
    if (!files.includes(file)) files.push(file);
  }
  return files;
}

/**
 * What a second launch hands the running instance, checked: any process of this user can take
 * part in the single-instance handshake, so the data is treated as untrusted.
 */
export function filesFromHandover(data: unknown): string[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const files = (data as { files?: unknown }).files;
  if (!Array.isArray(files) || files.length > 1000) return undefined;
  if (!files.every((file) => typeof file === 'string' && file.length > 0 && file.length < 4096))
    return undefined;
  return (files as string[]).filter((file) => path.isAbsolute(file));
}
