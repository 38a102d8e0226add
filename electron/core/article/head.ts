import type { Article, ArticleHead } from '../../contract';

/**
 * The first rows of an article, for painting the first screen while the rest travels. Beads
 * are in order, so their paragraph indices in the head are prefixes of the full lists and stay
 * valid when the full article replaces it. Per-row facts (confidence, hand-set rows) are cut to
 * the same rows, so a row's mark in the head is the one it has in the whole article.
 */
export function headOf(article: Article, rows: number): ArticleHead {
  const alignment = article.alignment.slice(0, rows);
  const end = (lang: 'ar' | 'en') => Math.max(-1, ...alignment.flatMap((bead) => bead[lang])) + 1;
  const arEnd = end('ar');
  const enEnd = end('en');
  return {
    article: {
      ...article,
      ar: article.ar.slice(0, arEnd),
      en: article.en.slice(0, enEnd),
      alignment,
      ...(article.confidence ? { confidence: article.confidence.slice(0, alignment.length) } : {}),
      ...(article.corrected ? { corrected: article.corrected.filter((row) => row < alignment.length) } : {}),
      setAside: article.setAside.filter((block) => block.after <= (block.lang === 'ar' ? arEnd : enEnd)),
    },
    totalRows: article.alignment.length,
  };
}
