import type { Article, Lang } from '../../../../electron/contract';

/** The paragraph that opens a row, as bookmarks describe it: Arabic when the row has Arabic. */
export function rowOpening(
  article: Pick<Article, 'ar' | 'en' | 'alignment'>,
  row: number,
): { lang: Lang; text: string } | null {
  const bead = article.alignment[row];
  if (!bead) return null;
  const ar = bead.ar[0];
  if (ar !== undefined && article.ar[ar]) return { lang: 'ar', text: article.ar[ar].text };
  const en = bead.en[0];
  if (en !== undefined && article.en[en]) return { lang: 'en', text: article.en[en].text };
  return null;
}

export const textDir: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };
