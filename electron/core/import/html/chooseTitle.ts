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

const separatorEdges = /^[\s|\-–—:»«•]+|[\s|\-–—:»«•]+$/gu;

/**
 * What a stated title holds besides the headline ("وزارة التربية - <headline>"): the publisher,
 * when it is a short name. A site the title already split off is left as it is.
 */
function publisherAround(stated: string, headline: string): string | undefined {
  const at = stated.indexOf(headline);
  if (at === -1) return undefined;
  const rest = `${stated.slice(0, at)} ${stated.slice(at + headline.length)}`.replace(separatorEdges, '');
  return rest !== '' && wordCount(rest) <= 5 && !/[.!?؟]/u.test(rest) ? rest : undefined;
}

/**
 * The headline a reader sees: the <h1> that agrees with the page's <title> (or og:title), else
 * the first real <h1>; on a page with no real <h1>, the <h2> or <h3> that agrees with the title;
 * else that title without its site name. Undefined leaves the text's first line to it.
 */
export function chooseTitle(head: PageHead): ChosenTitle {
  const stated = head.title || head.ogTitle;
  const split = splitSiteAffix(stated);
  const fromTitle = isSiteName(split.title) ? '' : split.title;
  const fromOg = splitSiteAffix(head.ogTitle).title;
  const statedTitles = [fromTitle, fromOg].filter((text) => text !== '' && !isSiteName(text));
  const agrees = (text: string) => statedTitles.some((title) => sharedWords(text, title) >= 0.6);
  const usable = (texts: string[]) =>
    texts.filter((text) => !isSiteName(text) && !furnitureRole(text, 'head'));
  const headings = usable(head.headings);
  const affix = {
    ...(split.source ? { source: split.source } : {}),
    ...(split.section ? { section: split.section } : {}),
  };
  const agreeing = headings.find(agrees);
  if (agreeing) return { title: agreeing, ...affix };
  // The headline on the page is what a reader saw, when the <title> says something else.
  const headline = headings.find((text) => wordCount(text) >= 3);
  if (headline) return { title: headline, ...affix };
  // Lower headings are also section names and related links: only agreement makes one the title.
  const subheadline = usable(head.subheadings).find((text) => wordCount(text) >= 3 && agrees(text));
  if (subheadline) {
    const publisher = affix.source === undefined ? publisherAround(stated, subheadline) : undefined;
    return { title: subheadline, ...affix, ...(publisher ? { source: publisher } : {}) };
  }
  if (fromTitle) return { title: fromTitle, ...affix };
  if (headings[0]) return { title: headings[0], ...affix };
  if (fromOg && !isSiteName(fromOg)) return { title: fromOg, ...affix };
  return affix;
}
