import type { AlignmentCorrection, Bead, Lang } from '../../../../electron/contract';

/** What a row menu was opened on: a row, and the paragraph (with its language) when there was one. */
export interface MenuTarget {
  row: number;
  lang?: Lang;
  paragraph?: number;
}

export type CorrectionKey = 'merge' | 'split' | 'unlink' | 'linkPrevious' | 'linkNext';

export interface CorrectionItem {
  key: CorrectionKey;
  correction: AlignmentCorrection;
}

/**
 * The corrections that make sense for a row and paragraph, in menu order. Each is offered only
 * where it would change something: a row is joined only with a next row, split only before a
 * paragraph that is not the first of its side, a paragraph stands alone only when the row holds
 * more, and moves to a neighbour only from the edge of its side that faces it.
 */
export function correctionItems(alignment: readonly Bead[], target: MenuTarget): CorrectionItem[] {
  const { row, lang, paragraph } = target;
  const bead = alignment[row];
  if (!bead) return [];
  const hasNext = row + 1 < alignment.length;
  const items: CorrectionItem[] = [];
  if (hasNext) items.push({ key: 'merge', correction: { type: 'merge', row } });
  if (lang === undefined || paragraph === undefined) return items;
  const side = bead[lang];
  const at = side.indexOf(paragraph);
  if (at < 0) return items;
  if (at > 0) items.push({ key: 'split', correction: { type: 'split', lang, paragraph } });
  if (bead.ar.length + bead.en.length > 1) {
    items.push({ key: 'unlink', correction: { type: 'unlink', lang, paragraph } });
  }
  if (at === 0 && row > 0) {
    items.push({ key: 'linkPrevious', correction: { type: 'link', lang, paragraph, to: 'previous' } });
  }
  if (at === side.length - 1 && hasNext) {
    items.push({ key: 'linkNext', correction: { type: 'link', lang, paragraph, to: 'next' } });
  }
  return items;
}
