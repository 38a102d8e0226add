import type { Bead } from '../../electron/contract';
import { alignParagraphs } from '../../electron/core/align/alignParagraphs';
import type { AlignOptions } from '../../electron/core/align/alignSegments';
import { alignSentences } from '../../electron/core/align/alignSentences';
import { countLinks, type LinkCounts, linksOf } from './linkScore';
import { countLoneRows, type LoneRowCounts } from './loneRows';
import type { Link, SyntheticDocument } from './syntheticDocument';

export interface DocumentCounts {
  paragraphs: LinkCounts;
  sentences: LinkCounts;
  loneRows: LoneRowCounts;
}

/** Aligns the sentences of one row: the real aligner or a baseline. */
export type SentenceAligner = (ar: string[], en: string[]) => Bead[];

/** First index of each paragraph's sentences in the document-wide numbering. */
function sentenceStarts(sentences: string[][]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const paragraph of sentences) {
    starts.push(next);
    next += paragraph.length;
  }
  return starts;
}

/**
 * Sentence links the way the reader will get them: sentences aligned inside each row the
 * paragraph aligner produced, so paragraph mistakes count against sentences too.
 */
export function sentenceLinks(
  doc: SyntheticDocument,
  rows: readonly Bead[],
  alignRow: SentenceAligner,
): Link[] {
  const arStarts = sentenceStarts(doc.arSentences);
  const enStarts = sentenceStarts(doc.enSentences);
  const links: Link[] = [];
  for (const row of rows) {
    const arIndex = row.ar.flatMap((p) => doc.arSentences[p]!.map((_, k) => arStarts[p]! + k));
    const enIndex = row.en.flatMap((p) => doc.enSentences[p]!.map((_, k) => enStarts[p]! + k));
    if (arIndex.length === 0 || enIndex.length === 0) continue;
    const arText = row.ar.flatMap((p) => doc.arSentences[p]!);
    const enText = row.en.flatMap((p) => doc.enSentences[p]!);
    for (const [a, e] of linksOf(alignRow(arText, enText))) links.push([arIndex[a]!, enIndex[e]!]);
  }
  return links;
}

/**
 * Aligns one synthetic document and counts its links against the gold at both levels. The
 * sentences of each row are judged with the document's length model, as the reader will do.
 */
export function evaluateDocument(doc: SyntheticDocument, options: AlignOptions = {}): DocumentCounts {
  const { beads, model } = alignParagraphs(doc.ar, doc.en, options);
  const alignRow: SentenceAligner = (ar, en) => alignSentences(ar, en, { ...options, model });
  return {
    paragraphs: countLinks(linksOf(beads), linksOf(doc.gold)),
    sentences: countLinks(sentenceLinks(doc, beads, alignRow), doc.goldSentenceLinks),
    loneRows: countLoneRows(beads, doc.gold),
  };
}
