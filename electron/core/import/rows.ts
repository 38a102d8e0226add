import type { Bead, Segment, SetAsideBlock } from '../../contract';

/** The parts of an article the exporters need; a full `Article` has them all. */
export interface ExportableArticle {
  title: { ar: string; en?: string };
  ar: Segment[];
  en: Segment[];
  alignment: Bead[];
  setAside?: SetAsideBlock[];
}

export interface Row {
  ar: string[];
  en: string[];
}

/**
 * The article as rows of paragraphs, one per bead, in order. A paragraph no bead mentions still
 * gets a row of its own (after the row holding its predecessor), so an export never drops text.
 */
export function rowsOf(article: ExportableArticle): Row[] {
  const beads = article.alignment.map((bead) => ({ ar: [...bead.ar], en: [...bead.en] }));
  for (const lang of ['ar', 'en'] as const) {
    const covered = new Set(beads.flatMap((bead) => bead[lang]));
    article[lang].forEach((_, index) => {
      if (covered.has(index)) return;
      let at = 0;
      beads.forEach((bead, position) => {
        if (bead[lang].some((other) => other < index)) at = position + 1;
      });
      beads.splice(at, 0, lang === 'ar' ? { ar: [index], en: [] } : { ar: [], en: [index] });
      covered.add(index);
    });
  }
  const textOf = (lang: 'ar' | 'en', index: number) => article[lang][index]?.text;
  return beads
    .map((bead) => ({
      ar: bead.ar.map((index) => textOf('ar', index)).filter((text): text is string => text !== undefined),
      en: bead.en.map((index) => textOf('en', index)).filter((text): text is string => text !== undefined),
    }))
    .filter((row) => row.ar.length > 0 || row.en.length > 0);
}
