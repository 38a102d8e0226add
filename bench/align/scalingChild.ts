/**
 * Runs in a process of its own (node --expose-gc --import tsx) so that what it measures is the
 * alignment's and not the benchmark's. Two modes, one JSON line on stdout each:
 *   memory <file>       resident memory the first alignment of the document adds to a fresh process
 *   time <file> <runs>  median CPU time of warm alignments beside a linear pass over the same text
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { alignParagraphs } from '../../electron/core/align/alignParagraphs';
import { extractDocumentCues } from '../../electron/core/align/cues';
import { alignmentLength } from '../../electron/core/align/measure';

export interface MemorySample {
  /** Peak resident memory above the level just before the alignment; null if it could not be told. */
  peakBytes: number | null;
}

export interface TimeSample {
  arSegments: number;
  enSegments: number;
  alignMs: number;
  /** One linear pass over the same text: lengths and cues of every paragraph. */
  referenceMs: number;
  cells: number;
  beads: number;
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * CPU time (user + system, all threads of this process) in milliseconds. On a shared machine
 * wall time mostly measures the neighbours; CPU time measures the work.
 */
function timed(action: () => void): number {
  collect();
  const start = process.cpuUsage();
  action();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The process's resident high-water mark. Linux lets a process reset it (clear_refs 5), so the
 * mark then belongs to what follows alone; elsewhere the lifetime maximum is all there is.
 */
function resetHighWater(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function highWater(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    if (kilobytes) return Number(kilobytes) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * What a reader's first alignment of this document costs: JIT-compiled code included, and the
 * garbage the alignment leaves for the collector (that memory is taken until it runs).
 */
function measureMemory(ar: string[], en: string[]): MemorySample {
  collect();
  const reset = resetHighWater();
  const markBefore = highWater();
  const before = process.memoryUsage.rss();
  alignParagraphs(ar, en);
  const markAfter = highWater();
  // Without a reset, a mark set earlier (reading the file) may hide the alignment's peak.
  return { peakBytes: reset || markAfter > markBefore ? markAfter - before : null };
}

function measureTime(ar: string[], en: string[], runs: number): TimeSample {
  // Warm the JIT on the same document, so no timed run is the compiler's.
  const warm = alignParagraphs(ar, en);
  const reference: number[] = [];
  const align: number[] = [];
  for (let k = 0; k < runs; k++) {
    reference.push(
      timed(() => {
        ar.map(alignmentLength);
        en.map(alignmentLength);
        extractDocumentCues(ar, en);
      }),
    );
    align.push(timed(() => alignParagraphs(ar, en)));
  }
  return {
    arSegments: ar.length,
    enSegments: en.length,
    alignMs: median(align),
    referenceMs: median(reference),
    cells: warm.cells,
    beads: warm.beads.length,
  };
}

const [mode, file, runs] = process.argv.slice(2);
if (file && (mode === 'memory' || mode === 'time')) {
  const { ar, en } = JSON.parse(readFileSync(file, 'utf8')) as { ar: string[]; en: string[] };
  const sample = mode === 'memory' ? measureMemory(ar, en) : measureTime(ar, en, Number(runs ?? 5));
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}
