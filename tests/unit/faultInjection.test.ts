import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataProblem } from '../../electron/contract';
import { JsonStore } from '../../electron/core/storage/jsonStore';
import { type FaultState, faultStateSchema, faultStoreName, paddingFor } from '../helpers/faultWriter';
import { repoRoot } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * A crash loses nothing: a process saving through JsonStore is killed with SIGKILL at random
 * moments, again and again, and after every kill the file on disk must be whole, valid and at
 * least as new as the last save that was acknowledged.
 */

const minAcknowledged = 1000;
const minKills = 30;
/** Acks a run may reach before its kill; with the jitter below, kills land anywhere in a save. */
const maxAcksPerRun = 70;
const maxJitterMs = 15;

let base: string;
let writer: string;

beforeAll(async () => {
  base = await makeTempDir('muwazi-fault-');
  // One bundle, built once: plain node starts it in a fraction of the time tsx takes, which is
  // what lets the test restart the writer dozens of times on a busy machine.
  writer = path.join(base, 'writer.cjs');
  await build({
    entryPoints: [path.join(repoRoot, 'tests', 'helpers', 'faultWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: writer,
    logLevel: 'silent',
  });
}, 60_000);
afterAll(() => removeDir(base));

/** A small seeded generator, so a failure can be replayed from the seed in its message. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  start: number | undefined;
  lastTry: number | undefined;
  lastAck: number | undefined;
  acks: number;
  other: string[];
  signal: NodeJS.Signals | null;
}

interface Writer {
  /** Lets the writer start saving, and kills it once it has acknowledged `killAfter` saves (plus a little). */
  runUntilKilled(killAfter: number, jitterMs: number): Promise<Run>;
  stop(): void;
}

/** Starts a writer process; it loads, then waits to be told to go. */
function startWriter(dataDir: string): Writer {
  const run: Run = {
    start: undefined,
    lastTry: undefined,
    lastAck: undefined,
    acks: 0,
    other: [],
    signal: null,
  };
  const child: ChildProcess = spawn(process.execPath, [writer], {
    env: { ...process.env, MUWAZI_FAULT_WRITER_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let killAfter = Number.POSITIVE_INFINITY;
  let jitterMs = 0;
  let killing = false;
  const kill = () => {
    if (killing) return;
    killing = true;
    setTimeout(() => child.kill('SIGKILL'), jitterMs);
  };
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const [word, value] = line.split(' ', 2) as [string, string];
      if (word === 'ready') continue;
      if (word === 'start') run.start = Number(value);
      else if (word === 'try') run.lastTry = Number(value);
      else if (word === 'ack') {
        run.lastAck = Number(value);
        run.acks++;
      } else run.other.push(line);
      if (run.start !== undefined && run.acks >= killAfter) kill();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => run.other.push(chunk.toString()));
  // 'close', not 'exit': every line the writer printed has been read by then.
  const closed = new Promise<Run>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      run.signal = signal;
      resolve(run);
    });
  });
  return {
    runUntilKilled(after, jitter) {
      killAfter = after;
      jitterMs = jitter;
      child.stdin!.write('go\n');
      return closed;
    },
    stop() {
      child.kill('SIGKILL');
    },
  };
}

async function fileState(dataDir: string): Promise<FaultState | undefined> {
  let raw: string;
  try {
    raw = await readFile(path.join(dataDir, `${faultStoreName}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const envelope = JSON.parse(raw) as { version: unknown; data: unknown };
  expect(envelope.version).toBe(1);
  return faultStateSchema.parse(envelope.data);
}

describe('JsonStore under SIGKILL', () => {
  it('keeps a whole, valid file at least as new as the last acknowledged save', async () => {
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const dataDir = path.join(base, 'data');
    let expected = 0; // the state the next writer must find
    let acknowledged = 0;
    let kills = 0;
    let inFlightLanded = 0;
    let mostTempFiles = 0;
    const where = () => `seed ${seed}, kill ${kills + 1}`;

    let standby = startWriter(dataDir);
    try {
      while (acknowledged < minAcknowledged || kills < minKills) {
        expect(kills, `${where()}: too many runs for too few saves`).toBeLessThan(400);
        const current = standby;
        // The next writer loads while this one runs; node's start-up is most of a run's time.
        standby = startWriter(dataDir);
        const killAfter = Math.floor(next() * (maxAcksPerRun + 1));
        const run = await current.runUntilKilled(killAfter, next() * maxJitterMs);
        expect(run.other, where()).toEqual([]);
        expect(run.signal, where()).toBe('SIGKILL');
        kills++;
        // Each writer reads what the last one left, temp files and all, without complaint.
        expect(run.start, where()).toBe(expected);

        const state = await fileState(dataDir).catch((error: Error) => {
          throw new Error(`${where()}: the file left by the kill cannot be read: ${error.message}`);
        });
        const lastAck = run.lastAck ?? expected;
        const lastTry = run.lastTry ?? expected;
        if (state === undefined) {
          expect(lastAck, `${where()}: the file vanished after a save was acknowledged`).toBe(0);
          expected = 0;
        } else {
          expect(state.count, where()).toBeGreaterThanOrEqual(lastAck);
          expect(state.count, where()).toBeLessThanOrEqual(lastTry);
          expect(state.padding).toBe(paddingFor(state.count));
          if (state.count > lastAck) inFlightLanded++;
          expected = state.count;
        }
        acknowledged += run.acks;

        const names = await readdir(dataDir).catch(() => [] as string[]);
        expect(
          names.filter((name) => /\.(corrupt|newer)-/.test(name)),
          where(),
        ).toEqual([]);
        mostTempFiles = Math.max(
          mostTempFiles,
          names.filter((name) => name !== `${faultStoreName}.json`).length,
        );
      }
    } finally {
      standby.stop();
    }

    // The app itself, on the folder the killed writers left: the last state, no problem reported,
    // and the next save goes through.
    const problems: DataProblem[] = [];
    const store = new JsonStore(
      dataDir,
      faultStoreName,
      faultStateSchema,
      () => ({ count: 0, padding: paddingFor(0) }),
      1,
      (problem) => problems.push(problem),
    );
    expect((await store.read()).count).toBe(expected);
    await store.write({ count: expected + 1, padding: paddingFor(expected + 1) });
    expect((await fileState(dataDir))?.count).toBe(expected + 1);
    expect(problems).toEqual([]);

    console.info(
      `Fault injection (seed ${seed}): ${acknowledged} saves acknowledged across ${kills} SIGKILLs; ` +
        `the save in flight landed ${inFlightLanded} times and was cleanly absent otherwise; ` +
        `0 acknowledged saves lost; at most ${mostTempFiles} leftover temp files at once.`,
    );
  }, 180_000);
});
