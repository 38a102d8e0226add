import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summariseLibrary } from '../../electron/core/import/libraryIndex';
import { readLibraryIndex } from '../../electron/core/import/libraryIndexFile';
import { closeScanPool, scanWorkerCount } from '../../electron/core/import/scanPool';
import { Library } from '../../electron/core/library/library';
import { UserData } from '../../electron/core/storage/userData';
import type { BenchContext, BenchResult, Benchmark } from '../support/benchmark';
import { makeTempDir, removeDir } from '../support/paths';
import { formatResult } from '../support/report';
import { median, ratio, round } from '../support/stats';
import { generateLibrary } from './generateLibrary';
import { readAllRaw, readAllSync } from './readAll';
import { builtScanWorkerStartMs } from './workerStart';

export interface LibraryScanBenchOptions {
  workDir?: string;
  runs?: number;
  articles?: number;
  /** Files the raw reference reads at once. */
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

  // The app's own listing over the same index: the warm scan plus the lasting ids of the articles.
  const listing = new Library(root, new UserData(path.join(workDir, 'data')).identitiesFor(root), cacheFile);

  const raw: number[] = [];
  const sync: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const indexOnly: number[] = [];
  const listed: number[] = [];
  let lastCold: Awaited<ReturnType<typeof summariseLibrary>> | undefined;
  let lastWarm: Awaited<ReturnType<typeof summariseLibrary>> | undefined;
  // Round 0 warms the page cache and the JIT for all of them, and starts the scan's worker
  // threads (kept between scans, as in the app); it is not counted.
  for (let round = 0; round <= runs; round++) {
    const rawRun = await timed(() => readAllRaw(root, library.files, concurrency));
    const syncRun = await timed(async () => readAllSync(root, library.files));
    await rm(cacheFile, { force: true });
    const coldRun = await timed(() => summariseLibrary(root, cacheFile));
    const warmRun = await timed(() => summariseLibrary(root, cacheFile));
    const indexRun = await timed(() => readLibraryIndex(cacheFile));
    const listRun = await timed(() => listing.list());
    lastCold = coldRun.value;
    lastWarm = warmRun.value;
    if (round === 0) continue;
    raw.push(rawRun.ms);
    sync.push(syncRun.ms);
    cold.push(coldRun.ms);
    warm.push(warmRun.ms);
    indexOnly.push(indexRun.ms);
    listed.push(listRun.ms);
    log(
      `run ${round}: raw ${rawRun.ms.toFixed(0)} ms, sync read ${syncRun.ms.toFixed(0)} ms, cold ${coldRun.ms.toFixed(0)} ms, warm ${warmRun.ms.toFixed(0)} ms, index alone ${indexRun.ms.toFixed(0)} ms, warm Library.list ${listRun.ms.toFixed(0)} ms`,
    );
  }
  const workerStart = await builtScanWorkerStartMs();
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
      {
        metric: `cold scan (parse everything, ${scanWorkerCount} workers running)`,
        unit: 'ms',
        value: median(cold),
        reference: rawMedian,
      },
      {
        metric: 'warm scan (index, every file checked)',
        unit: 'ms',
        value: median(warm),
        reference: rawMedian,
      },
      {
        metric: 'warm Library.list (warm scan + lasting ids)',
        unit: 'ms',
        value: median(listed),
        reference: rawMedian,
      },
      {
        metric: 'index read alone (nothing checked)',
        unit: 'ms',
        value: median(indexOnly),
        reference: rawMedian,
      },
      {
        metric: 'every file read in one thread (readFileSync)',
        unit: 'ms',
        value: median(sync),
        reference: rawMedian,
      },
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
      `${library.files.length.toLocaleString('en')} files (${library.sidecars} English translations), ${library.bytes.toLocaleString('en')} bytes; the reference reads ${concurrency} files at once`,
      `cold = list the folder, then read, decode, clean and summarise every article and translation in a pool of ${scanWorkerCount} worker threads, write the index`,
      workerStart === null
        ? 'the pool was started before the measured runs; the built app was not there to time a worker start'
        : `the pool was started before the measured runs: the first cold scan of a session also waits for its workers to start, ${workerStart.toFixed(0)} ms each for the built app (in parallel)`,
      'warm = list the folder, stat every article and translation, compare with the index (path, size, modification and change times), read nothing else; the listing is shown only once every file is checked',
      'warm Library.list = what the window waits for: the warm scan, then the lasting id and added time of every article from the id store (nothing changed, so nothing saved)',
      'index read alone = reading and parsing the index file, no folder listed and no file checked: the least a listing shown before checking could cost',
    ],
    details: {
      runs,
      rawMs: raw.map((v) => round(v, 1)),
      syncReadMs: sync.map((v) => round(v, 1)),
      coldMs: cold.map((v) => round(v, 1)),
      warmMs: warm.map((v) => round(v, 1)),
      indexOnlyMs: indexOnly.map((v) => round(v, 1)),
      warmListMs: listed.map((v) => round(v, 1)),
      workers: scanWorkerCount,
      builtWorkerStartMs: workerStart === null ? null : round(workerStart, 1),
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
    await closeScanPool();
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
