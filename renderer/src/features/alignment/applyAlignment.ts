import type { Article, ArticleAlignment, Bead } from '../../../../electron/contract';

function sameBead(a: Bead, b: Bead): boolean {
  return (
    a.ar.length === b.ar.length &&
    a.en.length === b.en.length &&
    a.ar.every((paragraph, i) => paragraph === b.ar[i]) &&
    a.en.every((paragraph, i) => paragraph === b.en[i])
  );
}

/**
 * The article with the rows of a correction's answer. A bead that stands where it stood keeps
 * its object, so the memoised rows before the change are not rendered again. The count of
 * corrections and the revision come from the answer too: the article's own are from before it.
 */
export function withAlignment(article: Article, next: ArticleAlignment): Article {
  const alignment = next.alignment.map((bead, index) => {
    const before = article.alignment[index];
    return before && sameBead(before, bead) ? before : bead;
  });
  const { confidence: _confidence, corrected: _corrected, corrections: _count, ...rest } = article;
  return {
    ...rest,
    alignment,
    revision: next.revision,
    ...(next.corrections > 0 ? { corrections: next.corrections } : {}),
    ...(next.confidence ? { confidence: next.confidence } : {}),
    ...(next.corrected ? { corrected: next.corrected } : {}),
  };
}
