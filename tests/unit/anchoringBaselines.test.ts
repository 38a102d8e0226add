import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../electron/core/annotations/anchor';
import { describeRange, type Selectors } from '../../electron/core/annotations/selectors';
import { repoRoot } from '../helpers/paths';

/**
 * Saved baselines, each an edit a real article goes through: the document before, the range a
 * reader highlighted, the selectors we stored for it, the document after, and where the
 * highlight must land (or null: orphaned). A change to how we describe or anchor that moves any
 * of them fails here and has to be looked at, not drift by.
 */
interface Baseline {
  description: string;
  before: string;
  range: { start: number; end: number };
  selectors: Selectors;
  after: string;
  expected: { start: number; end: number; method: string; text: string } | null;
}

const folder = path.join(repoRoot, 'tests', 'fixtures', 'anchoring');
const baselines = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map(
    (name) =>
      [
        name.replace(/\.json$/, ''),
        JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Baseline,
      ] as const,
  );

describe('anchoring baselines', () => {
  it('has baselines to check', () => {
    expect(baselines.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(baselines)('%s', (_name, baseline) => {
    it('describes the highlighted range as saved', () => {
      expect(describeRange(baseline.before, baseline.range.start, baseline.range.end)).toEqual(
        baseline.selectors,
      );
    });

    it('anchors in the edited document where saved', () => {
      const found = anchor(baseline.after, baseline.selectors);
      if (baseline.expected === null) {
        expect(found).toBeNull();
        return;
      }
      const { text, ...range } = baseline.expected;
      expect(found).toEqual(range);
      expect(baseline.after.slice(range.start, range.end)).toBe(text);
    });
  });
});
