import type { Lang, SetAsideBlock, SetAsideKind } from '../../../contract';
import type { CleanedText, DocumentMetadata } from '../types';
import { type Classified, classifyLine } from './classify';
import { fold, wordCount } from './fold';
import { isSignatureRule } from './forum';
import { isHeadlineLike, opensLinkList } from './furniture';
import { matchPlaceAndName, matchReporterAndDate } from './datelines';
import { chooseHeadline, isProse } from './headlineChoice';
import { splitSiteAffix } from './siteNames';

/**
 * One block of a source file: a paragraph of a text file (with its lines, which may still be
 * title, byline and date glued together) or one block element of a web page.
 */
export interface SourceBlock {
  text: string;
  lines: string[];
  /** What the page's markup already says about the block. */
  hint?: 'heading' | 'caption' | 'byline' | 'link-item' | 'list-item' | 'boilerplate' | 'signature';
}

export interface CleanOptions {
  lang: Lang;
  /** A title the page states apart from its text (HTML <title>, <h1>); otherwise one is found. */
  title?: string;
}

const maxLinkListItems = 12;
// How far past a short label to look for the headline or header line it belongs with.
const maxHeaderLookahead = 6;
// Lines a run of short labels may lead to and still be header: a forum post's header is the
// poster's name above a rank, counts and a join date.
const headerRoles = new Set(['byline', 'date', 'source', 'site', 'poster']);
// A signature runs a line or two; more than this under the rule is taken for text.
const maxSignatureLines = 4;

/** Too short to be prose: a section name, a poster's rank, an author's name on its own. */
function isShortLabel(text: string): boolean {
  return text.length <= 30 && wordCount(text) <= 3 && !/[.!?؟؛;]\s*$/u.test(text);
}

/** A line ending as a sentence does: signature lines (a verse, a motto) rarely do. */
function endsSentence(line: string): boolean {
  return /[.:؛;]\s*$/u.test(line);
}

function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return text.length <= 200 && words >= 4 && words <= 30 && !/[.:]\s*$/u.test(text);
}

/**
 * Turns a scraped page's blocks into title, body and set-aside text. Page furniture is set aside
 * wherever it sits, with its kind; anything not recognised stays in the body, so a paragraph is
 * never lost to a guess.
 */
export function cleanBlocks(blocks: SourceBlock[], options: CleanOptions): CleanedText {
  const { lang } = options;
  const metadata: DocumentMetadata = {};
  const body: string[] = [];
  const setAside: SetAsideBlock[] = [];
  const aside = (text: string, kind: SetAsideKind) => {
    const trimmed = text.trim();
    if (trimmed !== '') setAside.push({ text: trimmed, kind, lang, after: body.length });
  };

  // Lines still to read, with the block each came from, so soft-wrapped lines rejoin afterwards.
  const queue = blocks.flatMap((block, blockIndex) =>
    block.lines.map((line) => ({ line: line.trim(), blockIndex })).filter((entry) => entry.line !== ''),
  );
  let cursor = 0;
  let title = options.title?.trim() ?? '';

  if (title === '') ({ title, cursor } = findTitle(queue, metadata, aside));

  // The header goes on while lines are bylines, dates, furniture or the title said again.
  const foldedTitle = fold(title);
  const repeatsTitle = (text: string) =>
    foldedTitle !== '' && (fold(text) === foldedTitle || fold(splitSiteAffix(text).title) === foldedTitle);
  // What a run of labels must lead to, to be header: the title again, a byline, date or source,
  // a poster's profile.
  // (Short paragraphs before a "related" header are still the body's.)
  const scratch: DocumentMetadata = {};
  const isHeaderLine = (text: string) =>
    repeatsTitle(text) || headerRoles.has(classifyLine(text, scratch, 'head')?.role ?? '');
  for (; cursor < queue.length; cursor++) {
    const { line } = queue[cursor]!;
    if (repeatsTitle(line)) {
      aside(line, 'boilerplate');
      continue;
    }
    const classified = classifyLine(line, metadata, 'head');
    if (classified) {
      aside(line, classified.kind);
      continue;
    }
    const reporter = title !== '' ? reporterAboveLead(queue, cursor) : undefined;
    if (reporter !== undefined) {
      metadata.byline ??= reporter;
      aside(line, 'byline');
      continue;
    }
    const reporterAndDate = matchReporterAndDate(line);
    if (reporterAndDate) {
      metadata.byline ??= reporterAndDate.byline;
      metadata.date ??= reporterAndDate.date;
      aside(line, 'byline');
      continue;
    }
    // Above the article, what the markup calls chrome is chrome, and so is a link among it: the
    // site's menu.
    if (isChromeInHeader(blocks, queue, cursor)) {
      aside(line, 'boilerplate');
      continue;
    }
    // Unrecognised short labels (a section, an author's bare name) are header when they lead to
    // more header; anything else ends it.
    const labels = labelRunBefore(queue, cursor, isHeaderLine);
    if (labels === 0) break;
    for (let skipped = 0; skipped < labels; skipped++) aside(queue[cursor + skipped]!.line, 'boilerplate');
    cursor += labels - 1;
  }

  // Whatever is left of the block the header ended in reads as one paragraph with the rest.
  const units = remainingUnits(blocks, queue, cursor);
  const lastProse = lastProseIndex(units);
  let linkList = 0;
  let linkRun = 0;
  units.forEach((unit, index) => {
    const position = index > lastProse ? 'tail' : 'body';
    const verdict = classifyUnit(unit, metadata, position, body.length === 0, repeatsTitle);
    linkRun = unit.hint === 'link-item' ? linkRun + 1 : 0;
    if (verdict) {
      aside(unit.text, verdict.kind);
      linkList = verdict.role !== undefined && opensLinkList(verdict.role) ? maxLinkListItems : 0;
      return;
    }
    const inList =
      linkList > 0 && unit.hint !== 'heading' && (unit.hint === 'link-item' || isHeadlineLike(unit.text));
    const inLinkRun = unit.hint === 'link-item' && (linkRun >= 2 || units[index + 1]?.hint === 'link-item');
    if (inList || inLinkRun) {
      aside(unit.text, 'boilerplate');
      linkList = Math.max(0, linkList - 1);
      return;
    }
    linkList = 0;
    body.push(unit.text);
  });

  return { title, body, setAside, metadata };
}

type Aside = (text: string, kind: SetAsideKind) => void;

/**
 * Finds the title among the first lines of a page with no title of its own: the first line that
 * could be one, unless a headline that speaks of the lead paragraph comes a few lines later (see
 * `chooseHeadline`). Lines above the title are set aside. Returns the title and the index of the
 * line after it.
 */
function findTitle(
  queue: { line: string }[],
  metadata: DocumentMetadata,
  aside: Aside,
): { title: string; cursor: number } {
  const lines = queue.map((entry) => entry.line);
  for (let cursor = 0; cursor < lines.length; cursor++) {
    const line = lines[cursor]!;
    const classified = classifyLine(line, metadata, 'head');
    if (classified) {
      aside(line, classified.kind);
      continue;
    }
    const split = splitSiteAffix(line);
    if (!split.source && isSectionLabel(split.title, queue, cursor)) {
      aside(line, 'boilerplate');
      continue;
    }
    if (split.source) metadata.source ??= split.source;
    const headline = chooseHeadline(lines, cursor);
    if (headline === cursor) {
      if (split.section) aside(split.section, 'boilerplate');
      if (split.source) aside(split.source, 'source');
      return { title: split.title, cursor: cursor + 1 };
    }
    // Lines passed over for the headline are the page's masthead and widgets.
    aside(line, split.source ? 'source' : 'boilerplate');
    for (let passed = cursor + 1; passed < headline; passed++) {
      aside(lines[passed]!, classifyLine(lines[passed]!, metadata, 'head')?.kind ?? 'boilerplate');
    }
    const chosen = splitSiteAffix(lines[headline]!);
    if (chosen.source) aside(chosen.source, 'source');
    return { title: chosen.title, cursor: headline + 1 };
  }
  return { title: '', cursor: lines.length };
}

type Verdict = Classified | { kind: SetAsideKind; role?: undefined };

function classifyUnit(
  unit: SourceBlock,
  metadata: DocumentMetadata,
  position: 'body' | 'tail',
  beforeBody: boolean,
  repeatsTitle: (text: string) => boolean,
): Verdict | undefined {
  // Outside the article, the text still says what it is: a byline, a date, the site's name.
  if (unit.hint === 'boilerplate')
    return classifyLine(unit.text, metadata, position) ?? { kind: 'boilerplate' };
  if (unit.hint === 'caption') return { kind: 'caption' };
  // Short lines under a signature rule with no article text after them; above any, they may be
  // a paragraph the writer set off with a rule.
  if (unit.hint === 'signature' && position === 'tail' && !unit.lines.some(endsSentence))
    return { kind: 'boilerplate' };
  if (unit.hint === 'byline') {
    const classified = classifyLine(unit.text, metadata, position);
    if (!classified) metadata.byline ??= unit.text.trim();
    return classified ?? { kind: 'byline' };
  }
  if (beforeBody && repeatsTitle(unit.text)) return { kind: 'boilerplate' };
  return classifyLine(unit.text, metadata, position);
}

/** True when the line's block is marked as chrome, or is a link next to a link or chrome. */
function isChromeInHeader(blocks: SourceBlock[], queue: { blockIndex: number }[], at: number): boolean {
  const hintAt = (index: number) =>
    index >= 0 && index < queue.length ? blocks[queue[index]!.blockIndex]!.hint : undefined;
  const hint = hintAt(at);
  if (hint === 'boilerplate') return true;
  if (hint !== 'link-item') return false;
  const isChrome = (index: number) => hintAt(index) === 'link-item' || hintAt(index) === 'boilerplate';
  return isChrome(at - 1) || isChrome(at + 1);
}

/**
 * The reporter a "place - name" line names, when the article's first paragraph follows it (a
 * photo caption or other furniture may stand between).
 */
function reporterAboveLead(queue: { line: string }[], at: number): string | undefined {
  const reporter = matchPlaceAndName(queue[at]!.line);
  if (reporter === undefined) return undefined;
  const scratch: DocumentMetadata = {};
  for (let next = at + 1; next < Math.min(queue.length, at + 3); next++) {
    const line = queue[next]!.line;
    if (isProse(line) && !classifyLine(line, scratch, 'head')) return reporter;
    if (!classifyLine(line, scratch, 'head')) return undefined;
  }
  return undefined;
}

/**
 * A one-to-three-word line right above a longer headline is a section label or site name
 * ("سياسة", "أخبار عربية"), not the title.
 */
function isSectionLabel(text: string, queue: { line: string }[], at: number): boolean {
  if (!isShortLabel(text)) return false;
  const scratch: DocumentMetadata = {};
  for (let next = at + 1; next < Math.min(queue.length, at + maxHeaderLookahead); next++) {
    const line = queue[next]!.line;
    if (classifyLine(line, scratch, 'head')) continue;
    if (isTitleLike(splitSiteAffix(line).title) && wordCount(line) > wordCount(text)) return true;
    // Labels stack up ("الرأي", "كتاب", the columnist's name): the headline is below them all.
    if (!isShortLabel(line)) return false;
  }
  return false;
}

/**
 * How many short label lines, starting at `at`, run straight into a recognised header line;
 * 0 when they run into anything else, which is then where the body starts.
 */
function labelRunBefore(
  queue: { line: string }[],
  at: number,
  isHeaderLine: (text: string) => boolean,
): number {
  for (let next = at; next < Math.min(queue.length, at + maxHeaderLookahead); next++) {
    const line = queue[next]!.line;
    if (next > at && isHeaderLine(line)) return next - at;
    if (!isShortLabel(line)) return 0;
  }
  return 0;
}

/** Blocks after the header; the block the header stopped inside keeps only its unread lines. */
function remainingUnits(
  blocks: SourceBlock[],
  queue: { line: string; blockIndex: number }[],
  cursor: number,
) {
  if (cursor >= queue.length) return [];
  const first = queue[cursor]!.blockIndex;
  const restOfFirst = queue.filter((entry, index) => index >= cursor && entry.blockIndex === first);
  const units: SourceBlock[] = [];
  const head = blocks[first]!;
  const headLines = restOfFirst.map((entry) => entry.line);
  units.push(
    headLines.length === head.lines.filter((line) => line.trim() !== '').length
      ? head
      : { ...head, text: headLines.join(' '), lines: headLines },
  );
  for (const block of blocks.slice(first + 1)) if (block.text.trim() !== '') units.push(block);
  return units.flatMap(splitEdgeLines);
}

/**
 * A paragraph whose first or last lines are furniture (a text file with "قد يعجبك ايضا" and a
 * cookie notice glued under the last paragraph) is split there; lines in its middle are soft
 * wraps of one paragraph and stay together, unless a list header above them says they are items.
 */
function splitEdgeLines(block: SourceBlock): SourceBlock[] {
  const lines = block.lines.map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2 || block.hint) return [block];
  const signature = splitSignature(lines);
  if (signature) return signature;
  const scratch: DocumentMetadata = {};
  const isFurniture = (line: string) => classifyLine(line, scratch, 'tail') !== undefined;
  let start = 0;
  let end = lines.length;
  while (start < end - 1 && isFurniture(lines[start]!)) start++;
  while (end > start + 1 && isFurniture(lines[end - 1]!)) end--;
  if (start === 0 && end === lines.length) return [block];
  const single = (line: string): SourceBlock => ({ text: line, lines: [line] });
  const middle = lines.slice(start, end);
  // Under a "related" or "most read" header, lines that each read as a headline are the list's
  // items, not the soft wraps of one paragraph (which would end in a full stop).
  const header = start > 0 ? classifyLine(lines[start - 1]!, scratch, 'tail') : undefined;
  if (header && opensLinkList(header.role) && middle.every(isHeadlineLike)) return lines.map(single);
  return [
    ...lines.slice(0, start).map(single),
    { text: middle.join(' '), lines: middle },
    ...lines.slice(end).map(single),
  ];
}

/**
 * A forum post's signature: the underscore rule and the few short lines under it, to the end of
 * the block. What stands above the rule is split at its edges like any block; the lines under it
 * stay one unit, which is set aside only at the page's tail (see `classifyUnit`).
 */
function splitSignature(lines: string[]): SourceBlock[] | undefined {
  const rule = lines.findIndex(isSignatureRule);
  if (rule === -1) return undefined;
  const signature = lines.slice(rule + 1);
  if (signature.length > maxSignatureLines || signature.some((line) => line.length > 150)) return undefined;
  const above = lines.slice(0, rule);
  const ruleLine = lines[rule]!;
  return [
    ...(above.length > 0 ? splitEdgeLines({ text: above.join(' '), lines: above }) : []),
    { text: ruleLine, lines: [ruleLine] },
    ...(signature.length > 0
      ? [{ text: signature.join(' '), lines: signature, hint: 'signature' as const }]
      : []),
  ];
}

/** Index of the last block that reads as article prose; furniture after it is the page's tail. */
function lastProseIndex(units: SourceBlock[]): number {
  const scratch: DocumentMetadata = {};
  for (let index = units.length - 1; index >= 0; index--) {
    const text = units[index]!.text;
    if (text.length >= 80 && !classifyLine(text, scratch, 'tail')) return index;
  }
  return -1;
}
