import type { AlignOptions } from '../../electron/core/align/alignSegments';
import { alignByOrder } from '../../electron/core/article/alignment';
import { evaluateDocument, sentenceLinks } from './evaluate';
import { countLinks, type LinkScore, linksOf, scoreLinks } from './linkScore';
import { countLoneRows, type LoneRowCounts, sumLoneRows } from './loneRows';
import type { SentencePair } from './quranPairs';
import { seededRandom } from '../support/random';
import { makeSyntheticDocument, type SyntheticDocument } from './syntheticDocument';

export interface DevSetSpec {
  documents: number;
  /** Verse pairs per document. */
  sentencePairs: number;
  /** Seeds are seed, seed + 1, …: the same spec always gives the same documents. */
  seed: number;
}

/** The benchmark's dev set: 16 documents of 300 verse pairs spread over the whole corpus. */
export const benchDevSet: DevSetSpec = { documents: 16, sentencePairs: 300, seed: 1 };

export function makeDevSet(pairs: readonly SentencePair[], spec: DevSetSpec): SyntheticDocument[] {
  const stride = Math.floor(pairs.length / spec.documents);
  return Array.from({ length: spec.documents }, (_, k) =>
    makeSyntheticDocument(pairs, k * stride, spec.sentencePairs, seededRandom(spec.seed + k)),
  );
}

export interface DevSetScores {
  paragraphs: LinkScore;
  sentences: LinkScore;
  loneRows: LoneRowCounts;
}

export function scoreDevSet(docs: readonly SyntheticDocument[], options: AlignOptions = {}): DevSetScores {
  const counts = docs.map((doc) => evaluateDocument(doc, options));
  return {
    paragraphs: scoreLinks(counts.map((c) => c.paragraphs)),
    sentences: scoreLinks(counts.map((c) => c.sentences)),
    loneRows: sumLoneRows(counts.map((c) => c.loneRows)),
  };
}

/**
 * The baseline the aligner replaces: paragraphs paired in order, and sentences paired in order
 * inside those rows.
 */
export function scoreInOrder(docs: readonly SyntheticDocument[]): DevSetScores {
  const inOrder = (ar: readonly unknown[], en: readonly unknown[]) => alignByOrder(ar.length, en.length);
  return {
    paragraphs: scoreLinks(
      docs.map((doc) => countLinks(linksOf(inOrder(doc.ar, doc.en)), linksOf(doc.gold))),
    ),
    sentences: scoreLinks(
      docs.map((doc) =>
        countLinks(sentenceLinks(doc, inOrder(doc.ar, doc.en), inOrder), doc.goldSentenceLinks),
      ),
    ),
    loneRows: sumLoneRows(docs.map((doc) => countLoneRows(inOrder(doc.ar, doc.en), doc.gold))),
  };
}
