/**
 * Estimates how deeply a page's elements nest, from its tags alone, before any parser sees it.
 * HTML parsing and reader-view scoring both slow down with depth faster than linearly; browsers
 * themselves cap the tree (Blink at 512 levels). Elements whose end tag is optional or absent
 * are not counted, so sloppy but ordinary markup is not mistaken for an attack.
 */
const voidOrOptional = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rtc',
  'rp',
  'html',
  'head',
  'body',
  '!doctype',
]);
// Their content is text, not markup: tags inside them do not nest.
const rawText = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
]);

const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*|!--)/g;

export function estimateNestingDepth(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  tag.lastIndex = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (name === '!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end === -1) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const closeAngle = html.indexOf('>', tag.lastIndex);
    if (closeAngle === -1) break;
    const selfClosing = html[closeAngle - 1] === '/';
    tag.lastIndex = closeAngle + 1;
    if (match[1]) {
      if (!voidOrOptional.has(name) && depth > 0) depth--;
      continue;
    }
    if (rawText.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      if (end === -1) break;
      tag.lastIndex = end;
      continue;
    }
    if (selfClosing || voidOrOptional.has(name)) continue;
    depth++;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAbove) return deepest;
    }
  }
  return deepest;
}
