import type { SetAsideKind } from '../../../contract';
import type { DocumentMetadata } from '../types';
import { matchDateline } from './datelines';
import { type FurnitureRole, furnitureRole } from './furniture';
import { matchByline, matchDate, matchSource } from './metadataLines';
import { isSiteName } from './siteNames';

/** What a line or paragraph is when it is not article text. */
export interface Classified {
  kind: SetAsideKind;
  role: FurnitureRole | 'byline' | 'date' | 'source' | 'site';
  /** The metadata the line carries, applied by `classifyLine`. */
  values?: DocumentMetadata;
}

// Nothing longer than this is furniture or metadata: such text is article prose.
const longestFurniture = 400;

const fullDate = /\d{4}|[٠-٩]{4}/u;

/** A clock time alone says less than a full date: a later full date replaces it. */
function keepDate(metadata: DocumentMetadata, date: string): void {
  if (metadata.date === undefined || (!fullDate.test(metadata.date) && fullDate.test(date)))
    metadata.date = date;
}

/** Byline, date and source lines, with the values they carry. */
function metadataVerdict(text: string): Classified | undefined {
  const byline = matchByline(text);
  if (byline !== undefined) {
    return {
      kind: 'byline',
      role: 'byline',
      values:
        byline.date !== undefined ? { byline: byline.name, date: byline.date } : { byline: byline.name },
    };
  }
  const date = matchDate(text);
  if (date !== undefined) return { kind: 'date', role: 'date', values: { date } };
  const source = matchSource(text) ?? matchDateline(text);
  if (source !== undefined) return { kind: 'source', role: 'source', values: { source } };
  if (isSiteName(text)) return { kind: 'source', role: 'site', values: { source: text.trim() } };
  return undefined;
}

function verdict(text: string, position: 'head' | 'body' | 'tail'): Classified | undefined {
  if (text.length > longestFurniture) return undefined;
  const meta = metadataVerdict(text);
  if (meta) return meta;
  const role = furnitureRole(text, position);
  if (!role) return undefined;
  return { kind: role === 'caption' ? 'caption' : 'boilerplate', role };
}

// A page is classified line by line several times over (header, tail, edges); each verdict is
// worked out once.
const memo = { head: new Map<string, Classified | null>(), body: new Map(), tail: new Map() };
const memoLimit = 4096;

function memoVerdict(text: string, position: 'head' | 'body' | 'tail'): Classified | undefined {
  if (text.length > longestFurniture) return undefined;
  const seen = memo[position];
  const cached = seen.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const found = verdict(text, position);
  if (seen.size >= memoLimit) seen.clear();
  seen.set(text, found ?? null);
  return found;
}

/**
 * Any non-body reading of a line: metadata first (a date line can look like a menu), then
 * furniture. Byline, date and source values go into `metadata`; the first of each wins, as
 * pages put the article's own above any related item's.
 */
export function classifyLine(
  text: string,
  metadata: DocumentMetadata,
  position: 'head' | 'body' | 'tail',
): Classified | undefined {
  const found = memoVerdict(text, position);
  if (found?.values) {
    if (found.values.byline !== undefined) metadata.byline ??= found.values.byline;
    if (found.values.date !== undefined) keepDate(metadata, found.values.date);
    if (found.values.source !== undefined) metadata.source ??= found.values.source;
  }
  return found;
}
