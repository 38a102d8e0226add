import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summariseLibrary } from '../../electron/core/import/libraryIndex';
import type { BenchContext, BenchResult, Benchmark } from '../support/benchmark';
import { makeTempDir, removeDir } from '../support/paths';
import { formatResult } from '../support/report';
import { median, ratio, round } from '../support/stats';
import { generateLibrary } from './generateLibrary';

export interface LibraryScanBenchOptions {
  workDir?: string;
  runs?: number;
  articles?: number;
  /** Files read at once, the same for the raw reference and the scan. */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface LibraryScanBenchOutput {
  result: BenchResult;
  summary: string;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The reference: every file of the library read whole with fs.readFile, nothing else. */
async function readAllRaw(root: string, files: string[], concurrency: number): Promise<number> {
  let next = 0;
  let total = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < files.length) {
        const file = files[next++]!;
        total += (await readFile(path.join(root, file))).byteLength;
      }
    }),
  );
  return total;
}

async function measure(
  workDir: string,
  options: Required<Omit<LibraryScanBenchOptions, 'workDir'>>,
): Promise<BenchResult> {
  const { runs, log, concurrency } = options;
  const root = path.join(workDir, 'library');
  const cacheFile = path.join(workDir, 'data', 'library-index.json');
  const library = await generateLibrary(root, options.articles);
  log(
    `${library.articles} articles, ${library.sidecars} translations, ${library.bytes.toLocaleString('en')} bytes`,
  );

  const raw: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  let lastCold: Awaited<ReturnType<typeof summariseLibrary>> | undefined;
  let lastWarm: Awaited<ReturnType<typeof summariseLibrary>> | undefined;
  // Round 0 warms the page cache and the JIT for all three; it is not counted.
  for (let round = 0; round <= runs; round++) {
    const rawRun = await timed(() => readAllRaw(root, library.files, concurrency));
    await rm(cacheFile, { force: true });
    const coldRun = await timed(() => summariseLibrary(root, cacheFile, { concurrency }));
    const warmRun = await timed(() => summariseLibrary(root, cacheFile, { concurrency }));
    lastCold = coldRun.value;
    lastWarm = warmRun.value;
    if (round === 0) continue;
    raw.push(rawRun.ms);
    cold.push(coldRun.ms);
    warm.push(warmRun.ms);
    log(
      `run ${round}: raw ${rawRun.ms.toFixed(0)} ms, cold ${coldRun.ms.toFixed(0)} ms, warm ${warmRun.ms.toFixed(0)} ms`,
    );
  }
  const rawMedian = median(raw);
  const coldRatio = ratio(median(cold), rawMedian);
  const warmRatio = ratio(median(warm), rawMedian);
  const correct =
    lastCold !== undefined &&
    lastWarm !== undefined &&
    lastCold.summaries.length === library.articles &&
    JSON.stringify(lastCold.summaries) === JSON.stringify(lastWarm.summaries) &&
    lastWarm.parsed === 0;

  return {
    name: 'library-scan',
    title: `Listing a library of ${library.articles.toLocaleString('en')} small articles`,
    referenceLabel: 'fs.readFile of every file',
    measurements: [
      { metric: 'cold scan (parse everything)', unit: 'ms', value: median(cold), reference: rawMedian },
      { metric: 'warm scan (cached index)', unit: 'ms', value: median(warm), reference: rawMedian },
      {
        metric: 'articles listed',
        unit: 'count',
        value: lastCold?.summaries.length ?? null,
        reference: library.articles,
      },
    ],
    goals: [
      {
        label: 'cold scan ≤ 1.5× reading the files raw',
        met: coldRatio === null ? null : coldRatio <= 1.5,
        detail: coldRatio === null ? 'no figure' : `${coldRatio.toFixed(2)}×`,
      },
      {
        label: 'warm scan ≤ 0.1× reading the files raw',
        met: warmRatio === null ? null : warmRatio <= 0.1,
        detail: warmRatio === null ? 'no figure' : `${warmRatio.toFixed(3)}×`,
      },
      {
        label: 'cached listing equals the parsed one and opens no file',
        met: correct,
        detail: `${lastWarm?.parsed ?? '?'} files parsed on the warm scan`,
      },
    ],
    notes: [
      `${library.files.length.toLocaleString('en')} files (${library.sidecars} English translations), ${library.bytes.toLocaleString('en')} bytes, ${concurrency} reads at once in both the reference and the scan`,
      'cold = list the folder, stat, read, decode and import every article and translation, write the index',
      'warm = list the folder, stat every file, compare with the index (path + size + mtime), read nothing else',
    ],
    details: {
      runs,
      rawMs: raw.map((v) => round(v, 1)),
      coldMs: cold.map((v) => round(v, 1)),
      warmMs: warm.map((v) => round(v, 1)),
      library: { articles: library.articles, sidecars: library.sidecars, bytes: library.bytes },
    },
  };
}

/** Times listing a 10,000-article library cold and from the cached index, beside a raw read. */
export async function runLibraryScanBench(
  options: LibraryScanBenchOptions = {},
): Promise<LibraryScanBenchOutput> {
  const resolved = {
    runs: options.runs ?? 5,
    articles: options.articles ?? 10_000,
    concurrency: options.concurrency ?? 32,
    log: options.log ?? (() => {}),
  };
  const workDir = options.workDir ?? (await makeTempDir('muwazi-bench-library-'));
  try {
    const result = await measure(workDir, resolved);
    return { result, summary: formatResult(result) };
  } finally {
    if (!options.workDir) await removeDir(workDir);
  }
}

/** The same benchmark in the shape `bench/run.ts` lists. */
export const libraryScanBenchmark: Benchmark = {
  name: 'library-scan',
  title: 'Listing a large library, cold and from the index',
  run: async (context: BenchContext) =>
    (await runLibraryScanBench({ workDir: context.workDir, runs: context.runs, log: context.log })).result,
};
