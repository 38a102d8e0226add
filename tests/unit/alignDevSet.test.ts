import { beforeAll, describe, expect, it } from 'vitest';
import { makeDevSet, scoreDevSet, scoreInOrder } from '../../bench/align/devSet';
import { loadQuranPairs, type SentencePair } from '../../bench/align/quranPairs';
import { seededRandom } from '../../bench/support/random';
import { makeSyntheticDocument } from '../../bench/align/syntheticDocument';
import { alignmentLength } from '../../electron/core/align/measure';
import { createScorer, prefixSums } from '../../electron/core/align/scorer';
import { searchAlignment } from '../../electron/core/align/search';

let pairs: SentencePair[];
beforeAll(async () => {
  pairs = await loadQuranPairs();
});

describe('alignment on real parallel text with uneven paragraphs', () => {
  it('reads the whole corpus: 6,236 verses, each with Arabic and English', () => {
    expect(pairs).toHaveLength(6236);
    expect(pairs[0]!.ar).toMatch(/^بِسۡمِ/);
    expect(pairs[0]!.en).toMatch(/^In the name of Allah/);
  });

  it('finds at least 90% of paragraph and sentence links on a fixed sample', () => {
    const docs = makeDevSet(pairs, { documents: 3, sentencePairs: 160, seed: 7 });
    const scores = scoreDevSet(docs);
    expect(scores.paragraphs.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.sentences.f1).toBeGreaterThanOrEqual(0.9);
    // The sample is hard enough that pairing in order, the placeholder, fails it badly.
    expect(scoreInOrder(docs).paragraphs.f1).toBeLessThan(0.5);
    // And a length ratio of 1 (no estimate from the document) fails too.
    expect(scoreDevSet(docs, { model: { ratio: 1 } }).paragraphs.f1).toBeLessThan(0.5);
  });

  it('keeps its answer when searching a narrow band instead of the whole grid', () => {
    // The second document has a passage of short, similar verses where the first band misses
    // the best path for some two hundred rows; the search must notice and widen there.
    const documents = [
      makeSyntheticDocument(pairs, 4400, 700, seededRandom(11)),
      makeSyntheticDocument(pairs, 17, 12500, seededRandom(5000)),
    ];
    for (const doc of documents) {
      const ar = doc.ar.slice(0, 600);
      const en = doc.en.slice(0, 600);
      const parts = {
        arPrefix: prefixSums(ar.map(alignmentLength)),
        enPrefix: prefixSums(en.map(alignmentLength)),
        model: { ratio: 2.14, variance: 5.8 },
      };
      const scorer = createScorer(parts);
      const cost = (spans: { i0: number; i1: number; j0: number; j1: number }[]) =>
        spans.reduce((sum, s) => sum + scorer.cost(s.i0, s.i1, s.j0, s.j1), 0);
      const banded = searchAlignment(parts);
      const whole = searchAlignment(parts, ar.length + en.length);
      expect(banded.cells).toBeLessThan(whole.cells / 3);
      expect(cost(banded.spans)).toBeCloseTo(cost(whole.spans), 6);
    }
  });
});
