import { MuwaziError } from '../../errors';
import type { SourceBlock } from '../scraped/cleanBlocks';
import type { DocumentMetadata } from '../types';
import { type ChosenTitle, chooseTitle } from './chooseTitle';
import { type PageBlock, walkBlocks } from './domBlocks';
import { htmlLibraries } from './libraries';
import { mergeContent } from './mergeContent';
import { estimateNestingDepth } from './nestingDepth';
import { readPageHead } from './pageMetadata';

export interface ExtractedPage {
  blocks: SourceBlock[];
  title: ChosenTitle;
  /** From the page's meta tags; visible bylines and dates found in the text take precedence. */
  metadata: DocumentMetadata;
}

/** Deeper than any real article page; past it parsing and scoring time grow out of bounds. */
export const maxNestingDepth = 256;
/** Pages with more elements than this are read without the reader view, which slows with size. */
const maxReaderViewElements = 15_000;

// Only the words matter: media, frames, forms and anything that could fetch or run are removed.
const forbiddenTags = [
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'iframe',
  'object',
  'embed',
  'link',
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'canvas',
  'map',
  'area',
  'base',
  'meta',
];
const forbiddenAttributes = [
  'style',
  'src',
  'srcset',
  'poster',
  'background',
  'action',
  'formaction',
  'ping',
];

/**
 * Reads a saved web page: sanitised with DOMPurify (no scripts, handlers, javascript: URLs, SVG
 * or MathML, nothing that loads), the article found with Mozilla Readability, and the whole page
 * laid out as blocks so what the reader view leaves out is set aside rather than lost.
 * jsdom never runs the page's scripts nor loads its resources unless told to; it is told neither.
 */
export function extractHtmlPage(html: string): ExtractedPage {
  if (estimateNestingDepth(html, maxNestingDepth) > maxNestingDepth) {
    throw new MuwaziError('too-large', `The page nests elements more than ${maxNestingDepth} levels deep.`);
  }
  const { JSDOM, VirtualConsole, createDOMPurify, Readability } = htmlLibraries();
  // A silent console: the page's broken CSS is not ours to report.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const head = readPageHead(doc);

  const purify = createDOMPurify(dom.window);
  purify.sanitize(doc.body, {
    IN_PLACE: true,
    WHOLE_DOCUMENT: true,
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
  });
  const page = walkBlocks(doc.body);

  let content: PageBlock[] | undefined;
  if (doc.body.getElementsByTagName('*').length <= maxReaderViewElements) {
    const article = new Readability<Node>(doc, {
      serializer: (node) => node,
      charThreshold: 200,
      disableJSONLD: true,
    }).parse();
    const root = article?.content;
    if (root && root.nodeType === 1) content = walkBlocks(root as Element, { namedChrome: false });
  }
  dom.window.close();
  return { blocks: mergeContent(page, content), title: chooseTitle(head), metadata: head.metadata };
}
