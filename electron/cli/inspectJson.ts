import type { Article } from '../contract';

/**
 * The JSON `muwazi inspect --json` prints. Its shape is an interface scripts rely on:
 * {"format","encoding","title":{"ar","en"},"paragraphs":{"ar":[…],"en":[…]},
 *  "alignment":[{"ar":[…],"en":[…]}],"setAside":[{"text","kind"}]}
 */
export function inspectJson(article: Article) {
  return {
    format: article.source.format,
    encoding: article.source.encoding,
    title: { ar: article.title.ar, en: article.title.en ?? null },
    paragraphs: { ar: article.ar.map((s) => s.text), en: article.en.map((s) => s.text) },
    alignment: article.alignment.map((bead) => ({ ar: bead.ar, en: bead.en })),
    setAside: article.setAside.map((block) => ({ text: block.text, kind: block.kind })),
  };
}

export function inspectText(article: Article): string {
  const lines = [
    `Title (ar): ${article.title.ar}`,
    `Title (en): ${article.title.en ?? '—'}`,
    `Format: ${article.source.format}, encoding: ${article.source.encoding}`,
    `Paragraphs: ${article.ar.length} Arabic, ${article.en.length} English, ${article.alignment.length} rows`,
    `Set aside: ${article.setAside.length}`,
  ];
  for (const block of article.setAside) lines.push(`  [${block.kind}, ${block.lang}] ${block.text}`);
  return lines.join('\n');
}
