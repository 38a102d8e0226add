import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AnchorMethod } from '../../electron/core/annotations/anchor';
import { AnnotationStore } from '../../electron/core/annotations/annotationStore';
import { documentTexts } from '../../electron/core/annotations/documentText';
import { type Reanchored, reanchorAll } from '../../electron/core/annotations/reanchor';
import { loadArticle } from '../../electron/core/library/loadArticle';
import type { BenchContext, BenchResult, Benchmark } from '../support/benchmark';
import { writeArticle } from '../support/generateArticle';
import { makeTempDir, removeDir } from '../support/paths';
import { formatResult } from '../support/report';
import { median, ratio, round } from '../support/stats';
import { articleKey, buildEditScenario, type EditScenario } from './editScenario';

export interface AnchoringBenchOptions {
  /** A scratch folder; one is made (and removed) when not given. */
  workDir?: string;
  runs?: number;
  paragraphs?: number;
  annotations?: number;
  typos?: number;
  seed?: number;
  log?: (message: string) => void;
}

export interface AnchoringBenchOutput {
  result: BenchResult;
  /** The result as the plain-text table `npm run bench` prints. */
  summary: string;
}

interface Outcome {
  correct: number;
  misplaced: number;
  orphaned: number;
  byMethod: Record<AnchorMethod, number>;
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function judge(scenario: EditScenario, reanchored: Reanchored): Outcome {
  const outcome: Outcome = {
    correct: 0,
    misplaced: 0,
    orphaned: reanchored.orphaned.length,
    byMethod: { position: 0, 'quote-exact': 0, 'quote-fuzzy': 0 },
  };
  for (const placed of reanchored.anchored) {
    outcome.byMethod[placed.method]++;
    const want = scenario.expected.get(placed.annotation.id);
    if (want && want.start === placed.start && want.end === placed.end) outcome.correct++;
    else outcome.misplaced++;
  }
  return outcome;
}

async function measure(
  workDir: string,
  options: Required<Omit<AnchoringBenchOptions, 'workDir'>>,
): Promise<BenchResult> {
  const { log, runs } = options;
  const scenario = buildEditScenario(options);
  const libraryDir = path.join(workDir, 'library');
  const dataDir = path.join(workDir, 'data');
  await mkdir(dataDir, { recursive: true });
  const written = await writeArticle(libraryDir, 'bench-anchoring', scenario.after);
  await new AnnotationStore(dataDir).importAnnotations(scenario.annotations);
  log(
    `${options.paragraphs + 1} paragraphs, ${scenario.annotations.length} annotations, ${scenario.typosFixed} typos fixed`,
  );

  // The first round is the cold one a user meets on the first open after launch; it is kept
  // apart. Opening and re-anchoring alternate so drift on a shared machine hits both alike.
  const open: number[] = [];
  const reanchor: number[] = [];
  const readNotes: number[] = [];
  let cold: { open: number; reanchor: number } | undefined;
  let last: Reanchored | undefined;
  for (let round = 0; round <= runs; round++) {
    const opened = await timed(() => loadArticle(libraryDir, written.file));
    const notes = await timed(() => new AnnotationStore(dataDir).list(articleKey));
    const anchored = await timed(() => reanchorAll(documentTexts(opened.value), notes.value.annotations));
    last = anchored.value;
    if (round === 0) {
      cold = { open: opened.ms, reanchor: anchored.ms };
      continue;
    }
    open.push(opened.ms);
    readNotes.push(notes.ms);
    reanchor.push(anchored.ms);
  }
  const outcome = judge(scenario, last!);
  const reanchorMedian = median(reanchor);
  const openMedian = median(open);
  const share = ratio(reanchorMedian, openMedian);
  const chars = { ar: scenario.after.ar.join('\n\n').length, en: scenario.after.en.join('\n\n').length };

  return {
    name: 'anchoring',
    title: `Re-anchoring ${scenario.annotations.length} annotations after an edit (${options.paragraphs + 1}-paragraph article)`,
    referenceLabel: 'opening the article',
    measurements: [
      { metric: 're-anchor all annotations', unit: 'ms', value: reanchorMedian, reference: openMedian },
      {
        metric: 're-anchor, first (cold) run',
        unit: 'ms',
        value: cold?.reanchor ?? null,
        reference: cold?.open ?? null,
      },
      { metric: 'read the notes file', unit: 'ms', value: median(readNotes), reference: openMedian },
      {
        metric: 'annotations in the right place',
        unit: 'count',
        value: outcome.correct,
        reference: scenario.annotations.length,
      },
    ],
    goals: [
      {
        label: 're-anchoring takes no longer than opening the article (≤ 1×)',
        met: share === null ? null : share <= 1,
        detail: share === null ? 'no figure' : `${share.toFixed(2)}×`,
      },
      {
        label: 'every annotation lands where it belongs',
        met: outcome.correct === scenario.annotations.length,
        detail: `${outcome.correct} right, ${outcome.misplaced} misplaced, ${outcome.orphaned} orphaned`,
      },
    ],
    notes: [
      `edit: paragraph inserted at ${scenario.insertedParagraph + 1}, ${scenario.typosFixed} typos fixed (${scenario.typosInQuotes} inside highlighted passages)`,
      `text: ${chars.ar.toLocaleString('en')} Arabic and ${chars.en.toLocaleString('en')} English characters`,
      `methods: ${Object.entries(outcome.byMethod)
        .map(([method, n]) => `${method} ${n}`)
        .join(', ')}`,
      'opening = reading both files from disk, decoding and parsing them into the Article model (loadArticle)',
    ],
    details: {
      runs,
      openMs: open.map((v) => round(v, 2)),
      reanchorMs: reanchor.map((v) => round(v, 2)),
      readNotesMs: readNotes.map((v) => round(v, 2)),
      cold,
      outcome,
      chars,
    },
  };
}

/** Times re-anchoring every note of a long article after a revision, beside opening that article. */
export async function runAnchoringBench(options: AnchoringBenchOptions = {}): Promise<AnchoringBenchOutput> {
  const resolved = {
    runs: options.runs ?? 7,
    paragraphs: options.paragraphs ?? 2_000,
    annotations: options.annotations ?? 1_000,
    typos: options.typos ?? 100,
    seed: options.seed ?? 20_240_601,
    log: options.log ?? (() => {}),
  };
  const workDir = options.workDir ?? (await makeTempDir('muwazi-bench-anchoring-'));
  try {
    const result = await measure(workDir, resolved);
    return { result, summary: formatResult(result) };
  } finally {
    if (!options.workDir) await removeDir(workDir);
  }
}

/** The same benchmark in the shape `bench/run.ts` lists. */
export const anchoringBenchmark: Benchmark = {
  name: 'anchoring',
  title: 'Re-anchoring annotations after an edit',
  run: async (context: BenchContext) =>
    (await runAnchoringBench({ workDir: context.workDir, runs: context.runs, log: context.log })).result,
};
