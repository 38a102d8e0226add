import { fold, wordCount } from '../scraped/fold';
import { furnitureRole } from '../scraped/furniture';
import { isSiteName, splitSiteAffix } from '../scraped/siteNames';
import type { PageHead } from './pageMetadata';

export interface ChosenTitle {
  title?: string;
  /** The site split off the page's <title>, and any section between them. */
  source?: string;
  section?: string;
}

function sharedWords(a: string, b: string): number {
  const left = new Set(fold(a).split(' '));
  const right = fold(b).split(' ');
  if (right.length === 0) return 0;
  return right.filter((word) => left.has(word)).length / Math.max(left.size, right.length);
}

/**
 * The headline a reader sees: the <h1> that agrees with the page's <title>, else that title
 * without its site name, else the first real <h1>. Undefined leaves the text's first line to it.
 */
export function chooseTitle(head: PageHead): ChosenTitle {
  const stated = head.title || head.ogTitle;
  const split = splitSiteAffix(stated);
  const fromTitle = isSiteName(split.title) ? '' : split.title;
  const headings = head.headings.filter((text) => !isSiteName(text) && !furnitureRole(text, 'head'));
  const affix = {
    ...(split.source ? { source: split.source } : {}),
    ...(split.section ? { section: split.section } : {}),
  };
  const agreeing = headings.find((text) => fromTitle !== '' && sharedWords(text, fromTitle) >= 0.6);
  if (agreeing) return { title: agreeing, ...affix };
  // The headline on the page is what a reader saw, when the <title> says something else.
  const headline = headings.find((text) => wordCount(text) >= 3);
  if (headline) return { title: headline, ...affix };
  if (fromTitle) return { title: fromTitle, ...affix };
  const og = splitSiteAffix(head.ogTitle).title;
  if (headings[0]) return { title: headings[0], ...affix };
  if (og && !isSiteName(og)) return { title: og, ...affix };
  return affix;
}
