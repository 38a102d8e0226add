import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { argValue } from '../electron/core/paths';
import { alignBenchmark } from './align/alignBench';
import { anchoringBenchmark } from './anchoring/anchoringBench';
import { libraryScanBenchmark } from './library/libraryScanBench';
import { readingBenchmark } from './reading';
import type { BenchResult, Benchmark } from './support/benchmark';
import { launchBrowser } from './support/browser';
import { makeTempDir, removeDir, resultsDir } from './support/paths';
import { formatResult } from './support/report';

/** Every benchmark, in the order `npm run bench` runs them; add new modules here. */
const benchmarks: Benchmark[] = [readingBenchmark, anchoringBenchmark, libraryScanBenchmark, alignBenchmark];

interface Failure {
  name: string;
  error: string;
}

function parseRuns(args: string[]): number {
  const raw = argValue(args, 'runs') ?? '7';
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
    throw new Error(`--runs must be a whole number from 1 to 100 (got ${raw}).`);
  }
  return runs;
}

/**
 * `npm run bench [-- --runs N] [-- --only name,name]`. Prints a table per benchmark and writes
 * every sample to bench/results/<time>.json. A missed goal is a finding, not a failure: the
 * exit code is non-zero only when a benchmark could not run at all.
 */
async function main(args: string[]): Promise<number> {
  const runs = parseRuns(args);
  const only = argValue(args, 'only')?.split(',');
  const selected = only ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
  if (selected.length === 0) {
    throw new Error(`--only named no benchmark; there are: ${benchmarks.map((b) => b.name).join(', ')}`);
  }

  const startedAt = new Date();
  const results: BenchResult[] = [];
  const failures: Failure[] = [];
  let browser: Browser | undefined;
  let browserVersion: string | undefined;
  try {
    for (const benchmark of selected) {
      const workDir = await makeTempDir(`muwazi-bench-${benchmark.name}-`);
      const log = (message: string) => console.error(`[${benchmark.name}] ${message}`);
      try {
        log('starting');
        const result = await benchmark.run({
          workDir,
          runs,
          log,
          browser: async () => {
            if (!browser) {
              browser = await launchBrowser();
              browserVersion = browser.version();
            }
            return browser;
          },
        });
        results.push(result);
        console.log(`\n${formatResult(result)}\n`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push({ name: benchmark.name, error: message });
        console.error(`\n[${benchmark.name}] crashed:\n${message}\n`);
      } finally {
        await removeDir(workDir);
      }
    }
  } finally {
    await browser?.close();
  }

  const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  await mkdir(resultsDir, { recursive: true });
  const machine = {
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    node: process.version,
    browser: browserVersion,
  };
  const report = { startedAt: startedAt.toISOString(), runs, machine, results, failures };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  console.log(`results written to ${path.relative(process.cwd(), file)}`);
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
