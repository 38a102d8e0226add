import type { SourceBlock } from './scraped/cleanBlocks';
import { textBlocks } from './textBlocks';

/**
 * Markdown read as text: markup that only styles (heading hashes, emphasis, list bullets, link
 * brackets) is removed, the words are kept. An image's alt text is kept as a caption.
 */
const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u;
const bullet = /^(?:[-*+]|\d{1,3}[.)])\s+/u;
const quote = /^>\s?/u;
const rule = /^(?:-{3,}|\*{3,}|_{3,})$/u;
const fence = /^(?:```|~~~)/u;
const image = /^!\[([^\]]*)\]\([^)]*\)$/u;

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/gu, '$1');
}

export function markdownBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const block of textBlocks(text)) {
    const lines = block.lines.filter((line) => !rule.test(line) && !fence.test(line));
    if (lines.length === 0) continue;
    const only = lines.length === 1 ? lines[0]! : undefined;
    const alt = only ? image.exec(only) : null;
    if (alt) {
      if (alt[1]!.trim() !== '')
        blocks.push({ text: alt[1]!.trim(), lines: [alt[1]!.trim()], hint: 'caption' });
      continue;
    }
    const isHeading = only !== undefined && heading.test(only);
    const cleaned = lines.map((line) =>
      inline(line.replace(heading, '$1').replace(quote, '').replace(bullet, '')).trim(),
    );
    const kept = cleaned.filter((line) => line !== '');
    if (kept.length === 0) continue;
    blocks.push({ text: kept.join(' '), lines: kept, ...(isHeading ? { hint: 'heading' as const } : {}) });
  }
  return blocks;
}
