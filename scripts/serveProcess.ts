// Starts browser mode as a child process, the program `npm run serve` runs, and reads the address
// it prints. Shared by the end-to-end tests and the benchmarks, so it imports neither Electron nor
// a test runner.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeProcess {
  /** The address it printed, token included: opening it once trades the token for a cookie. */
  url: string;
  /** `http://127.0.0.1:PORT`, for building app routes once the cookie is set. */
  origin: string;
  /** Asks the server to close (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  libraryDir: string;
  dataDir: string;
  /** 0, the default, lets the system pick a free port. */
  port?: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const urlLine = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/m;
// A cold tsx start on a busy two-core machine takes seconds; far longer means it is stuck.
const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;

/**
 * Runs tsx on electron/serve/main.ts (what `npm run serve` runs once the app is built) rather than
 * an in-process server, so callers exercise the program users start.
 */
export async function startServeProcess({
  libraryDir,
  dataDir,
  port = 0,
}: ServeOptions): Promise<ServeProcess> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(
    tsx,
    ['electron/serve/main.ts', '--library', libraryDir, '--data', dataDir, '--port', String(port)],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const url = await printedUrl(child);
    return { url, origin: new URL(url).origin, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** The URL line from the child's stdout; everything it printed goes into the error otherwise. */
function printedUrl(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
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
}

/** SIGTERM lets the server close its sockets and data files; SIGKILL only if it does not exit in time. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}
