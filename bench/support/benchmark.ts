import type { Browser } from '@playwright/test';

/** What every benchmark gets from the runner: a scratch folder and a browser started on demand. */
export interface BenchContext {
  /** A temp folder of its own, removed after the run. */
  workDir: string;
  /** Shared across benchmarks and launched only when one asks, so Node-only benches stay fast. */
  browser(): Promise<Browser>;
  /** Measured runs per figure; the report gives their median. */
  runs: number;
  log(message: string): void;
}

/**
 * One figure beside its reference measured in the same run: absolute times on a shared
 * machine drift, the ratio to a reference drifts far less.
 */
export interface Measurement {
  metric: string;
  unit: 'ms' | 'count' | 'px' | 'bytes';
  value: number | null;
  reference: number | null;
  /** Why a value is missing, shown in place of the number. */
  missing?: string;
}

/** A target the figures are held to. `met: null` means it could not be judged (a figure was missing). */
export interface Goal {
  label: string;
  met: boolean | null;
  detail: string;
}

export interface BenchResult {
  name: string;
  title: string;
  /** What the reference column is, e.g. "static HTML page". */
  referenceLabel: string;
  measurements: Measurement[];
  goals: Goal[];
  /** Observations that explain the figures (what was rendered, what was slow, what was missing). */
  notes: string[];
  /** Every raw sample, for the JSON file. */
  details: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  title: string;
  run(context: BenchContext): Promise<BenchResult>;
}
