import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { alignParagraphs } from '../../electron/core/align/alignParagraphs';
import { countLinks, linksOf, scoreLinks } from './linkScore';
import type { SentencePair } from './quranPairs';
import { seededRandom } from '../support/random';
import type { MemorySample, TimeSample } from './scalingChild';
import { makeSyntheticDocument } from './syntheticDocument';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

export const scalingSizes = [1000, 2000, 5000, 10000] as const;

/** Verse pairs per paragraph after perturbation, measured on the corpus: sizes land near target. */
const pairsPerParagraph = 2.82;

/** Fresh processes per size for memory, whose median is reported: resident sizes are noisy. */
const memoryProcesses = 3;

export interface ScalingPoint extends TimeSample {
  target: number;
  /** Median over fresh processes; null if the platform could not tell. */
  peakBytes: number | null;
  /** The text itself as UTF-16 strings, the reference for memory. */
  textBytes: number;
  /** Paragraph link F1 at this size, to show accuracy holds as documents grow. */
  f1: number;
}

/** Runs per size: small documents are quick and noisy, so they get more runs. */
function runsFor(size: number): number {
  return size <= 2000 ? 9 : 5;
}

async function child<T>(args: string[]): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(here, 'scalingChild.ts'), ...args],
    { cwd: repoRoot, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

function medianOrNull(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : known[Math.floor(known.length / 2)]!;
}

/**
 * Aligns documents of about 1k, 2k, 5k and 10k paragraphs a side, each measured in fresh Node
 * processes so that one size's memory cannot hide another's. Documents longer than the corpus
 * wrap round it, which changes nothing for the cost of the search.
 */
export async function measureScaling(
  pairs: readonly SentencePair[],
  log: (line: string) => void,
): Promise<ScalingPoint[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'muwazi-align-bench-'));
  try {
    const points: ScalingPoint[] = [];
    for (const target of scalingSizes) {
      const doc = makeSyntheticDocument(
        pairs,
        0,
        Math.round(target * pairsPerParagraph),
        seededRandom(target),
      );
      const file = path.join(dir, `doc-${target}.json`);
      await writeFile(file, JSON.stringify({ ar: doc.ar, en: doc.en }));
      log(`aligning ${doc.ar.length} × ${doc.en.length} paragraphs in fresh processes`);
      const memory: Array<number | null> = [];
      for (let k = 0; k < memoryProcesses; k++)
        memory.push((await child<MemorySample>(['memory', file])).peakBytes);
      const time = await child<TimeSample>(['time', file, String(runsFor(target))]);
      const { beads } = alignParagraphs(doc.ar, doc.en);
      points.push({
        ...time,
        target,
        peakBytes: medianOrNull(memory),
        textBytes: 2 * [...doc.ar, ...doc.en].reduce((sum, text) => sum + text.length, 0),
        f1: scoreLinks([countLinks(linksOf(beads), linksOf(doc.gold))]).f1,
      });
    }
    return points;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
