/**
 * Walks a page's DOM into text blocks: one per block element, with inline text between nested
 * blocks as blocks of their own and a double <br> as a paragraph break. The walk keeps its own
 * stack rather than recursing, so a deeply nested page cannot overflow the call stack.
 */
export interface PageBlock {
  text: string;
  /** Tag of the block element the text belongs to. */
  tag: string;
  /** Share of the text that sits inside links (link lists and menus are mostly links). */
  linkShare: number;
  /** Inside a figure caption or an element its page marks as a caption or photo credit. */
  caption: boolean;
  /** Inside page chrome: navigation, header, footer, sidebar, or a part named like one. */
  chrome: boolean;
  /** Inside an element the page names as the byline or author. */
  byline: boolean;
}

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'menu',
  'legend',
  'option',
]);
const skippedTags = new Set([
  'head',
  'script',
  'style',
  'template',
  'svg',
  'math',
  'select',
  'noscript',
  'iframe',
]);
const chromeTags = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const chromeRoles = /^(?:navigation|banner|contentinfo|complementary|menu|menubar|search)$/i;
const chromeNames =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|widget|share|sharing|social|related|recommended|more-stories|read-?more|newsletter|subscribe|cookies?|consent|gdpr|comments?|tags|tag-list|keywords|advert|ads|promo|sponsored|most-read|popular|trending)(?:$|[\s_-])/i;
const captionNames = /caption|credit|image-source|photo-source/i;
const bylineNames = /byline|author|writer|kateb/i;

interface Context {
  tag: string;
  caption: boolean;
  chrome: boolean;
  byline: boolean;
}

export interface WalkOptions {
  /** Whether class and id names may mark chrome; reader-view output has lost its page layout. */
  namedChrome: boolean;
}

export function walkBlocks(root: Element, options: WalkOptions = { namedChrome: true }): PageBlock[] {
  const blocks: PageBlock[] = [];
  const contexts: Context[] = [
    { tag: root.tagName.toLowerCase(), caption: false, chrome: false, byline: false },
  ];
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let breaks = 0;

  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      const context = contexts[contexts.length - 1]!;
      const share = Math.min(1, linkChars / Math.max(1, buffer.replace(/\s+/g, '').length));
      blocks.push({
        text,
        tag: context.tag,
        linkShare: share,
        caption: context.caption,
        chrome: context.chrome,
        byline: context.byline,
      });
    }
    buffer = '';
    linkChars = 0;
    breaks = 0;
  };

  type Step = { node: Node; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (/\S/.test(value)) {
        if (breaks >= 2) flush();
        breaks = 0;
        if (linkDepth > 0) linkChars += value.replace(/\s+/g, '').length;
      }
      buffer += value;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    // A byline or caption marked on an inline element still stands apart from the text around it.
    const isBlock =
      element !== root && (blockTags.has(tag) || captionNames.test(names) || bylineNames.test(names));
    if (exit) {
      if (tag === 'a') linkDepth--;
      if (isBlock) {
        flush();
        contexts.pop();
      }
      continue;
    }
    if (skippedTags.has(tag)) continue;
    if (tag === 'br') {
      breaks++;
      buffer += ' ';
      continue;
    }
    if (tag === 'a') linkDepth++;
    if (isBlock) {
      flush();
      const parent = contexts[contexts.length - 1]!;
      const hidden = element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
      contexts.push({
        tag,
        caption: parent.caption || tag === 'figcaption' || captionNames.test(names),
        byline: parent.byline || bylineNames.test(names) || element.getAttribute('rel') === 'author',
        chrome:
          parent.chrome ||
          hidden ||
          chromeTags.has(tag) ||
          chromeRoles.test(element.getAttribute('role') ?? '') ||
          (options.namedChrome && chromeNames.test(names)),
      });
    }
    stack.push({ node, exit: true });
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ node: children[index]!, exit: false });
  }
  flush();
  return blocks;
}
