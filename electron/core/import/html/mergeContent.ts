import type { DocumentMetadata } from '../types';
import type { SourceBlock } from '../scraped/cleanBlocks';
import { classifyLine } from '../scraped/classify';
import { wordCount } from '../scraped/fold';
import type { PageBlock } from './domBlocks';

// Long enough to be a sentence of the article rather than a label or a link.
const proseLength = 50;
const proseWords = 8;

function toSource(block: PageBlock, hint?: SourceBlock['hint']): SourceBlock {
  const chosen =
    hint ??
    (block.caption
      ? 'caption'
      : block.byline
        ? 'byline'
        : /^h[1-6]$/.test(block.tag)
          ? 'heading'
          : block.tag === 'li'
            ? block.linkShare >= 0.6
              ? 'link-item'
              : 'list-item'
            : undefined);
  return { text: block.text, lines: [block.text], ...(chosen ? { hint: chosen } : {}) };
}

const containmentReach = 200;

/**
 * The page block that holds a reader-view block the reader view had trimmed (a byline it lifted
 * out, a share button inside a paragraph), searched a little way past the last match.
 */
function containing(page: PageBlock[], text: string, last: number, matched: Map<number, PageBlock>) {
  if (text.length < 8) return undefined;
  const end = Math.min(page.length, last + 1 + containmentReach);
  for (let index = last + 1; index < end; index++) {
    if (!matched.has(index) && page[index]!.text.includes(text)) return index;
  }
  return undefined;
}

/**
 * Lays the reader-view content back over the whole page, in page order. Blocks the reader view
 * kept are the body candidates; the rest of the page is set aside. A block it dropped that reads
 * as prose (long, few links, not chrome, not furniture) and sits between kept blocks goes back
 * into the body: the reader view is a guess, and a guess must not cost a paragraph.
 */
export function mergeContent(page: PageBlock[], content: PageBlock[] | undefined): SourceBlock[] {
  if (!content || content.length === 0) {
    return page.map((block) => toSource(block, block.chrome ? 'boilerplate' : undefined));
  }
  const positions = new Map<string, number[]>();
  page.forEach((block, index) => {
    const list = positions.get(block.text);
    if (list) list.push(index);
    else positions.set(block.text, [index]);
  });
  const matched = new Map<number, PageBlock>();
  const extrasAfter = new Map<number, PageBlock[]>();
  let last = -1;
  for (const block of content) {
    const at =
      positions.get(block.text)?.find((index) => index > last && !matched.has(index)) ??
      containing(page, block.text, last, matched);
    if (at === undefined) {
      const list = extrasAfter.get(last) ?? [];
      list.push(block);
      extrasAfter.set(last, list);
      continue;
    }
    matched.set(at, block);
    last = at;
  }
  const kept = [...matched.keys()];
  const first = Math.min(...kept, page.length);
  const final = Math.max(...kept, -1);
  const scratch: DocumentMetadata = {};
  const result: SourceBlock[] = [];
  const pushExtras = (index: number) => {
    for (const extra of extrasAfter.get(index) ?? []) result.push(toSource(extra));
  };
  pushExtras(-1);
  page.forEach((block, index) => {
    const contentBlock = matched.get(index);
    if (contentBlock) {
      // The page's own block knows its caption and list context, and its text is whole where
      // the reader view trimmed part of it away.
      result.push(toSource({ ...block, chrome: false }));
    } else {
      const rescued =
        index > first &&
        index < final &&
        !block.chrome &&
        block.text.length >= proseLength &&
        wordCount(block.text) >= proseWords &&
        block.linkShare < 0.3 &&
        !classifyLine(block.text, scratch, 'body');
      result.push(toSource(block, rescued ? undefined : block.caption ? 'caption' : 'boilerplate'));
    }
    pushExtras(index);
  });
  return result;
}
