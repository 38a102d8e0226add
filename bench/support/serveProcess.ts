import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

export interface ServeProcess {
  /** The address it printed, token included: opening it once trades the token for a cookie. */
  url: string;
  /** `http://127.0.0.1:PORT`, for building app routes once the cookie is set. */
  origin: string;
  stop(): Promise<void>;
}

const urlLine = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/m;
const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;

/**
 * Starts browser mode the way `npm run serve` does (tsx on electron/serve/main.ts) and reads the
 * URL line it prints, so the bench measures the program users run rather than an in-process copy.
 */
export async function startServe(libraryDir: string, dataDir: string): Promise<ServeProcess> {
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
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`serve printed no URL within ${startTimeoutMs / 1000} s:\n${output}`)),
        startTimeoutMs,
      );
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(urlLine);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited (${code}) before printing its URL:\n${output}`));
      });
    });
    return { url, origin: new URL(url).origin, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** SIGTERM lets the server close its sockets; SIGKILL only if it does not exit in time. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}
