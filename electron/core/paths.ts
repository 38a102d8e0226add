import os from 'node:os';
import path from 'node:path';

export const appFolderName = 'Muwazi';

/** The library folder users can see: under Documents unless overridden. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  return namedLibraryDir([], env) ?? documentsLibraryDir(home);
}

/** Documents/Muwazi: the library when none is named and none was opened before. */
export function documentsLibraryDir(home = os.homedir()): string {
  return path.join(home, 'Documents', appFolderName);
}

/**
 * The library folder named at launch (`--library`, else `MUWAZI_LIBRARY`), if any. A named
 * folder wins over the one the reader last opened as library.
 */
export function namedLibraryDir(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return overriddenDir(args, 'library', 'MUWAZI_LIBRARY', env);
}

/** A folder named at launch by `--argName`, else by the `envName` variable, resolved; if any. */
export function overriddenDir(
  args: readonly string[],
  argName: string,
  envName: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const named = argValue(args, argName) ?? env[envName];
  return named ? path.resolve(named) : undefined;
}

/** Where Electron's userData would be for this app, so browser mode and the desktop app agree. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (env.MUWAZI_DATA) return path.resolve(env.MUWAZI_DATA);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appFolderName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appFolderName);
}

/** Reads `--name value` or `--name=value` from an argument list. */
export function argValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}
