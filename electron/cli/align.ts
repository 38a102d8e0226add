import path from 'node:path';
import type { Bead } from '../contract';
import { alignParagraphs } from '../core/align/alignParagraphs';
import { toApiError } from '../core/errors';
import { decodeArticleBytes } from '../core/formats/decode';
import { formatForName } from '../core/import/fileFormat';
import { importDocument, importSidecar } from '../core/import/importDocument';
import { readLimited } from '../core/library/files';

export const alignUsage = `  npm run cli -- align <ar-file> <en-file> [--lines] [--json]
      align the paragraphs of an Arabic text with its English translation
      --lines  every non-empty line is one segment (default: the body paragraphs, read as
               the library reads an article and its translation: title and page furniture left out)
      --json   print only the rows, as [{"ar":[0],"en":[0,1]}, …]`;

/** Where the command writes; the process streams unless a caller collects the output itself. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const knownFlags = new Set(['--lines', '--json']);

/**
 * The paragraphs the library would show for this file, so row indices match `inspect --json`.
 * A name with no format of its own is read as plain text, as this command always has.
 */
function bodyParagraphs(bytes: Uint8Array, file: string, side: 'ar' | 'en'): string[] {
  const name = formatForName(file) ? file : `${file}.txt`;
  return side === 'ar' ? importDocument(bytes, name).ar : importSidecar(bytes, name).paragraphs;
}

function nonEmptyLines(bytes: Uint8Array): string[] {
  return decodeArticleBytes(bytes)
    .text.split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

async function readSegments(file: string, side: 'ar' | 'en', lines: boolean): Promise<string[]> {
  const bytes = await readLimited(file);
  return lines ? nonEmptyLines(bytes) : bodyParagraphs(bytes, file, side);
}

function excerpt(text: string | undefined, width: number): string {
  if (text === undefined) return '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function indices(list: number[]): string {
  return list.length === 0 ? '—' : list.join(',');
}

/** One line per row: indices, confidence and the start of each side, for a person to check. */
export function alignTable(beads: Bead[], confidence: number[], ar: string[], en: string[]): string {
  const lines = [`${'row'.padStart(4)}  ${'ar'.padEnd(7)}  ${'en'.padEnd(7)}  conf  text`];
  beads.forEach((bead, k) => {
    const conf = (confidence[k] ?? 0).toFixed(2);
    lines.push(
      `${String(k).padStart(4)}  ${indices(bead.ar).padEnd(7)}  ${indices(bead.en).padEnd(7)}  ${conf}  ar: ${excerpt(ar[bead.ar[0]!], 50)}`,
    );
    lines.push(
      `${''.padStart(4)}  ${''.padEnd(7)}  ${''.padEnd(7)}        en: ${excerpt(en[bead.en[0]!], 50)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

/**
 * `muwazi align`: exit 0 on success, 1 when a file cannot be read, 2 on a usage mistake. With
 * --json, stdout carries the JSON array and nothing else, so scripts can pipe it.
 */
export async function runAlign(args: string[], output: CliOutput = processOutput): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('--'));
  const flags = args.filter((arg) => arg.startsWith('--'));
  const unknown = flags.find((flag) => !knownFlags.has(flag));
  if (files.length !== 2 || unknown !== undefined) {
    output.err(`${unknown ? `muwazi: unknown option ${unknown}\n` : ''}Usage:\n${alignUsage}\n`);
    return 2;
  }
  const lines = flags.includes('--lines');
  try {
    const [ar, en] = await Promise.all([
      readSegments(path.resolve(files[0]!), 'ar', lines),
      readSegments(path.resolve(files[1]!), 'en', lines),
    ]);
    const { beads, confidence } = alignParagraphs(ar, en);
    if (flags.includes('--json')) {
      output.out(`${JSON.stringify(beads.map((bead) => ({ ar: bead.ar, en: bead.en })))}\n`);
    } else {
      output.out(alignTable(beads, confidence, ar, en));
    }
    return 0;
  } catch (error) {
    const { code, message } = toApiError(error);
    output.err(`muwazi: ${message} (${code})\n`);
    return 1;
  }
}
