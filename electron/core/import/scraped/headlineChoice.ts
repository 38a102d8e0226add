import type { DocumentMetadata } from '../types';
import { classifyLine } from './classify';
import { contentWords, sharedWords } from './contentWords';
import { wordCount } from './fold';
import { splitSiteAffix } from './siteNames';

/**
 * Picks the headline among the lines above the article's first paragraph. Pages put their name,
 * slogan, menu, weather and a breaking-news ticker above the headline; the first line that could
 * be a title is often one of those. The headline is the line that speaks of what the lead
 * paragraph speaks of; a masthead, a slogan or a widget shares nothing with it.
 */

// How far below the first plausible title to look for the lead paragraph.
const maxHeaderLines = 10;
// Score (shared content words less furniture penalties) that makes a line the headline over the
// first plausible one, and how low the first one's must be for that: a real headline is rarely
// passed over.
const minScoreForHeadline = 3;
const maxScoreForPassedOver = 1;

/** A paragraph of article prose: long, or a full sentence of some length. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return words >= 20 || (words >= 10 && /[.!?؟]\s*$/u.test(line));
}

/** A line that could be a headline at all: a handful of words, not a sentence or a label. */
function isHeadlineShaped(line: string): boolean {
  const words = wordCount(line);
  return line.length <= 200 && words >= 4 && words <= 25 && !/[.:;؛]\s*$/u.test(line);
}

/** What marks a line as page furniture rather than a headline, however many words it shares. */
function furniturePenalty(line: string): number {
  let penalty = 0;
  // Temperatures, clock times and runs of numbers: weather, prayer times, date widgets.
  if (/°|\d{1,2}:\d{2}|(?:\d+\D+){3}\d/u.test(line)) penalty += 2;
  // "label: item، item، item": a trending or tags widget.
  const afterColon = line.split(/[:：]/u)[1];
  if (afterColon !== undefined && afterColon.split(/[،,|]/u).length >= 3) penalty += 3;
  // "Name | slogan", "Name — slogan": a masthead split by the separators sites use.
  const pieces = line.split(/\s[|—–-]\s|\s*\|\s*/u);
  if (pieces.length >= 2 && pieces.some((piece) => wordCount(piece) <= 3)) penalty += 2;
  return penalty;
}

function score(line: string, lead: Set<string>): number {
  return sharedWords(contentWords(line), lead) - furniturePenalty(line);
}

/**
 * Index of the headline in `lines`, given the first plausible title at `first`: a later line,
 * above the lead paragraph, when it shares several words with the lead and the first shares
 * next to none. Lines ending a sentence in between keep the first: they may be body text.
 */
export function chooseHeadline(lines: string[], first: number): number {
  const scratch: DocumentMetadata = {};
  const isFurniture = (line: string) => classifyLine(line, scratch, 'head') !== undefined;
  const end = Math.min(lines.length, first + 1 + maxHeaderLines);
  let leadAt = -1;
  for (let index = first + 1; index < end; index++) {
    const line = lines[index]!;
    if (!isFurniture(line) && isProse(line)) {
      leadAt = index;
      break;
    }
  }
  if (leadAt === -1) return first;
  const lead = contentWords(
    lines
      .slice(leadAt, leadAt + 2)
      .filter(isProse)
      .join(' '),
  );
  let best = first;
  let bestScore = score(splitSiteAffix(lines[first]!).title, lead);
  if (bestScore > maxScoreForPassedOver) return first;
  for (let index = first + 1; index < leadAt; index++) {
    const line = lines[index]!;
    if (/[.]\s*$/u.test(line) && !isFurniture(line) && wordCount(line) > 6) break;
    if (isFurniture(line) || !isHeadlineShaped(line)) continue;
    const candidate = score(splitSiteAffix(line).title, lead);
    if (candidate >= minScoreForHeadline && candidate > bestScore) {
      best = index;
      bestScore = candidate;
    }
  }
  return best;
}
