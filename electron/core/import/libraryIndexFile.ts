import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { type ErrorCode, errorCodes } from '../../contract';
import type { Stamp } from './readStampedSync';
import type { ScanEntry } from './summariseLibraryFile';

/**
 * The library index on disk: one row per article file, in arrays rather than objects because a
 * warm listing of a large library spends most of its time reading this file back. The index is
 * derived data: a file that is missing, damaged or from another version is ignored and rebuilt,
 * and a row that does not have the expected shape is dropped (its article is read again).
 *
 * Row: [file, ...stamp, translation file | null, ...its stamp (nulls without one), ...rest], a
 * stamp being [size, mtimeMs, ctimeMs], and rest [title ar, title en | null, paragraphs,
 * translated, content] for an article or [problem code] for a file that could not be read.
 */
export const libraryIndexVersion = 2;

type StampColumns = [number, number, number];
type SidecarColumns = [string, ...StampColumns] | [null, null, null, null];
const headLength = 8;

const knownCodes = new Set<string>(errorCodes);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function stampAt(row: unknown[], at: number): Stamp | undefined {
  const [size, mtimeMs, ctimeMs] = [row[at], row[at + 1], row[at + 2]];
  return isNumber(size) && isNumber(mtimeMs) && isNumber(ctimeMs) ? { size, mtimeMs, ctimeMs } : undefined;
}

const stampColumns = (stamp: Stamp): StampColumns => [stamp.size, stamp.mtimeMs, stamp.ctimeMs];

function entryFromRow(row: unknown): [string, ScanEntry] | undefined {
  if (!Array.isArray(row) || (row.length !== headLength + 1 && row.length !== headLength + 5))
    return undefined;
  const file = row[0];
  const stamp = stampAt(row, 1);
  if (!isString(file) || !stamp) return undefined;
  const entry: ScanEntry = { stamp };
  const sidecarFile = row[4];
  if (sidecarFile !== null) {
    const sidecarStamp = stampAt(row, 5);
    if (!isString(sidecarFile) || !sidecarStamp) return undefined;
    entry.sidecar = { file: sidecarFile, stamp: sidecarStamp };
  }
  if (row.length === headLength + 1) {
    const code = row[headLength];
    if (!isString(code) || !knownCodes.has(code)) return undefined;
    entry.problem = code as ErrorCode;
    return [file, entry];
  }
  const [titleAr, titleEn, paragraphs, translated, content] = row.slice(headLength) as unknown[];
  if (!isString(titleAr) || !(titleEn === null || isString(titleEn)) || !isString(content)) return undefined;
  if (!isNumber(paragraphs) || !isNumber(translated)) return undefined;
  entry.digest = {
    title: titleEn === null ? { ar: titleAr } : { ar: titleAr, en: titleEn },
    paragraphs,
    translated,
    content,
  };
  return [file, entry];
}

function rowFromEntry(file: string, entry: ScanEntry): unknown[] {
  const sidecar: SidecarColumns = entry.sidecar
    ? [entry.sidecar.file, ...stampColumns(entry.sidecar.stamp)]
    : [null, null, null, null];
  const head = [file, ...stampColumns(entry.stamp), ...sidecar];
  const { digest } = entry;
  if (!digest) return [...head, entry.problem ?? 'internal'];
  return [
    ...head,
    digest.title.ar,
    digest.title.en ?? null,
    digest.paragraphs,
    digest.translated,
    digest.content,
  ];
}

/** The entries of the index by article file; empty when there is no usable index. */
export async function readLibraryIndex(indexFile: string): Promise<Map<string, ScanEntry>> {
  const entries = new Map<string, ScanEntry>();
  let data: { version?: unknown; rows?: unknown };
  try {
    data = JSON.parse(await readFile(indexFile, 'utf8'));
  } catch {
    return entries; // Missing or damaged: the index is rebuilt from the files themselves.
  }
  if (data?.version !== libraryIndexVersion || !Array.isArray(data.rows)) return entries;
  for (const row of data.rows) {
    const parsed = entryFromRow(row);
    if (parsed) entries.set(parsed[0], parsed[1]);
  }
  return entries;
}

/**
 * Writes the index atomically (temporary file, then rename), without waiting for the disk: the
 * index is derived data, so a crash that loses or tears the new file costs a rebuild, never a
 * wrong listing (a torn file does not parse; an old one has stamps that no longer match).
 */
export async function writeLibraryIndex(
  indexFile: string,
  entries: Iterable<readonly [string, ScanEntry]>,
): Promise<void> {
  const rows: string[] = [];
  for (const [file, entry] of entries) rows.push(JSON.stringify(rowFromEntry(file, entry)));
  await mkdir(path.dirname(indexFile), { recursive: true });
  await writeFileAtomic(indexFile, `{"version":${libraryIndexVersion},"rows":[\n${rows.join(',\n')}\n]}\n`, {
    fsync: false,
  });
}
