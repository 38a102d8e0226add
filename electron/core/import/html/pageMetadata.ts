import type { DocumentMetadata } from '../types';

/** What a page's head says about it, read before anything is removed from the page. */
export interface PageHead {
  title: string;
  ogTitle: string;
  /** The page's <h1> texts, in page order. */
  headings: string[];
  /** Its <h2> and <h3> texts: some pages set the headline one level down and keep <h1> for the logo. */
  subheadings: string[];
  metadata: DocumentMetadata;
}

function metaContent(doc: Document, selectors: string[]): string {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
}

function headingTexts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)]
    .map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

export function readPageHead(doc: Document): PageHead {
  const metadata: DocumentMetadata = {};
  const site = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  if (site) metadata.source = site;
  const author = metaContent(doc, [
    'meta[name="author"]',
    'meta[property="article:author"]',
    'meta[name="byl"]',
  ]);
  // Some pages put a profile URL where the name should be; a URL is no byline.
  if (author && !/^https?:/i.test(author)) metadata.byline = author;
  const date =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[itemprop="datePublished"]',
    ]) ||
    (doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ?? '');
  if (date) metadata.date = date;
  const headings = headingTexts(doc, 'h1');
  const subheadings = headingTexts(doc, 'h2, h3');
  return {
    title: (doc.title ?? '').replace(/\s+/g, ' ').trim(),
    ogTitle: metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    headings,
    subheadings,
    metadata,
  };
}
