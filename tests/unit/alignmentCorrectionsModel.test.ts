import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentCorrection, Article, Bead, Lang, Segment } from '../../electron/contract';
import { chooseAnchors } from '../../electron/core/alignment/anchors';
import { applyAnchors, isCompleteAlignment } from '../../electron/core/alignment/applyAnchors';
import { describeBeads, indexFingerprints } from '../../electron/core/alignment/constraints';
import { type CorrectionEntry, storedBeadSchema } from '../../electron/core/alignment/correctionModel';
import { fingerprintsOf, paragraphFingerprint } from '../../electron/core/alignment/fingerprint';
import { replaced, replacementFor } from '../../electron/core/alignment/operations';
import { regionAligner } from '../../electron/core/alignment/realign';
import { headOf } from '../../electron/core/article/head';
import { MuwaziError } from '../../electron/core/errors';

/**
 * The pure parts of alignment corrections: the four operations, and stored corrections applied
 * over a base alignment. The end-to-end behaviour (files, service, persistence) is in
 * alignmentCorrections.test.ts.
 */

type Paragraphs = Record<Lang, Segment[]>;

const paragraphs = (ar: string[], en: string[]): Paragraphs => ({
  ar: ar.map((text) => ({ text })),
  en: en.map((text) => ({ text })),
});

/** n Arabic and English paragraphs of the given lengths, all different. */
function texts(lengths: number[], letter: string): string[] {
  return lengths.map((length, k) => `${k}${letter.repeat(length)}`);
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MuwaziError);
    expect((error as MuwaziError).code).toBe('invalid-input');
    return (error as MuwaziError).message;
  }
  throw new Error('the operation was not refused');
}

const oneToOne = (n: number): Bead[] => Array.from({ length: n }, (_, k) => ({ ar: [k], en: [k] }));

describe('correction operations', () => {
  const text = paragraphs(texts([10, 10, 10, 10], 'ب'), texts([12, 12, 12, 12], 'e'));

  it('merge joins a row with the next one, and refuses the last row and rows that are not there', () => {
    expect(replacementFor(oneToOne(4), text, { type: 'merge', row: 1 })).toEqual({
      start: 1,
      removed: 2,
      beads: [{ ar: [1, 2], en: [1, 2] }],
    });
    expect(refusal(() => replacementFor(oneToOne(4), text, { type: 'merge', row: 3 }))).toMatch(/last row/);
    expect(refusal(() => replacementFor(oneToOne(4), text, { type: 'merge', row: 9 }))).toMatch(/no row 9/);
  });

  it('split cuts the other side where the share of length agrees best', () => {
    const alignment: Bead[] = [{ ar: [0, 1], en: [0, 1] }];
    const even = paragraphs(texts([4, 8], 'ب'), texts([4, 8], 'e'));
    expect(replacementFor(alignment, even, { type: 'split', lang: 'ar', paragraph: 1 }).beads).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
    ]);
    // The first English paragraph holds most of the length: the short first Arabic one stands alone.
    const skewed = paragraphs(texts([3, 30], 'ب'), texts([30, 3], 'e'));
    expect(replacementFor(alignment, skewed, { type: 'split', lang: 'ar', paragraph: 1 }).beads).toEqual([
      { ar: [0], en: [] },
      { ar: [1], en: [0, 1] },
    ]);
    // Split from the English side, same rule.
    expect(replacementFor(alignment, even, { type: 'split', lang: 'en', paragraph: 1 }).beads).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
    ]);
  });

  it('split before the paragraph that opens a row keeps something on each side of the cut', () => {
    const alignment: Bead[] = [{ ar: [0], en: [0, 1] }];
    const text2 = paragraphs(texts([10], 'ب'), texts([6, 6], 'e'));
    expect(replacementFor(alignment, text2, { type: 'split', lang: 'ar', paragraph: 0 }).beads).toEqual([
      { ar: [], en: [0] },
      { ar: [0], en: [1] },
    ]);
    const alone: Bead[] = [{ ar: [0, 1], en: [] }];
    expect(
      refusal(() =>
        replacementFor(alone, paragraphs(['أ', 'ب'], []), { type: 'split', lang: 'ar', paragraph: 0 }),
      ),
    ).toMatch(/nothing to split/);
    expect(
      refusal(() => replacementFor(oneToOne(4), text, { type: 'split', lang: 'en', paragraph: 7 })),
    ).toMatch(/no English paragraph 7/);
  });

  it('unlink takes a paragraph out of its row, from the start, the end, the middle or alone', () => {
    const three = paragraphs(texts([10, 10, 10], 'ب'), texts([12, 12], 'e'));
    const row: Bead[] = [{ ar: [0, 1, 2], en: [0, 1] }];
    expect(replacementFor(row, three, { type: 'unlink', lang: 'ar', paragraph: 0 }).beads).toEqual([
      { ar: [0], en: [] },
      { ar: [1, 2], en: [0, 1] },
    ]);
    expect(replacementFor(row, three, { type: 'unlink', lang: 'ar', paragraph: 2 }).beads).toEqual([
      { ar: [0, 1], en: [0, 1] },
      { ar: [2], en: [] },
    ]);
    expect(replacementFor(row, three, { type: 'unlink', lang: 'ar', paragraph: 1 }).beads).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [] },
      { ar: [2], en: [1] },
    ]);
    // The only English paragraph of a row: the row parts in two, the Arabic one first.
    expect(replacementFor(oneToOne(4), text, { type: 'unlink', lang: 'en', paragraph: 2 })).toEqual({
      start: 2,
      removed: 1,
      beads: [
        { ar: [2], en: [] },
        { ar: [], en: [2] },
      ],
    });
    const standing: Bead[] = [
      { ar: [0], en: [] },
      { ar: [], en: [0] },
    ];
    expect(
      refusal(() =>
        replacementFor(standing, paragraphs(['أ'], ['a']), { type: 'unlink', lang: 'ar', paragraph: 0 }),
      ),
    ).toMatch(/already stands alone/);
  });

  it('link moves the paragraph that opens or closes a row into the row before or after', () => {
    const alignment: Bead[] = [
      { ar: [0], en: [0] },
      { ar: [], en: [1] },
      { ar: [1, 2], en: [2] },
      { ar: [3], en: [3] },
    ];
    const text4 = paragraphs(texts([10, 10, 10, 10], 'ب'), texts([12, 12, 12, 12], 'e'));
    // A stray English row joins the row above; the row it leaves is gone.
    expect(
      replacementFor(alignment, text4, { type: 'link', lang: 'en', paragraph: 1, to: 'previous' }),
    ).toEqual({
      start: 0,
      removed: 2,
      beads: [{ ar: [0], en: [0, 1] }],
    });
    expect(replacementFor(alignment, text4, { type: 'link', lang: 'ar', paragraph: 2, to: 'next' })).toEqual({
      start: 2,
      removed: 2,
      beads: [
        { ar: [1], en: [2] },
        { ar: [2, 3], en: [3] },
      ],
    });
    expect(
      replacementFor(alignment, text4, { type: 'link', lang: 'ar', paragraph: 1, to: 'previous' }),
    ).toEqual({
      start: 1,
      removed: 2,
      beads: [
        { ar: [1], en: [1] },
        { ar: [2], en: [2] },
      ],
    });
    expect(
      refusal(() =>
        replacementFor(alignment, text4, { type: 'link', lang: 'ar', paragraph: 2, to: 'previous' }),
      ),
    ).toMatch(/Only the first Arabic paragraph/);
    expect(
      refusal(() => replacementFor(alignment, text4, { type: 'link', lang: 'ar', paragraph: 1, to: 'next' })),
    ).toMatch(/Only the last Arabic paragraph/);
    expect(
      refusal(() =>
        replacementFor(alignment, text4, { type: 'link', lang: 'ar', paragraph: 0, to: 'previous' }),
      ),
    ).toMatch(/first row/);
    expect(
      refusal(() => replacementFor(alignment, text4, { type: 'link', lang: 'en', paragraph: 3, to: 'next' })),
    ).toMatch(/last row/);
  });
});

describe('stored corrections', () => {
  it('fingerprints ignore vowel marks, alef forms and white space, but not words', () => {
    expect(paragraphFingerprint('قَالَ  أحمد\n اليوم')).toBe(paragraphFingerprint('قال احمد اليوم'));
    expect(paragraphFingerprint('قال احمد اليوم')).not.toBe(paragraphFingerprint('قال محمد اليوم'));
    expect(paragraphFingerprint('x')).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('store an empty side as the place after a paragraph, and pass their own schema', () => {
    const text = paragraphs(['أ', 'ب', 'ج'], ['a', 'b']);
    const fingerprints = fingerprintsOf(text);
    const stored = describeBeads(
      [
        { ar: [1], en: [] },
        { ar: [2], en: [1] },
      ],
      { ar: 1, en: 1 },
      fingerprints,
    );
    expect(stored).toEqual([
      { ar: { paragraphs: [fingerprints.ar[1]], hint: 1 }, en: { after: fingerprints.en[0], hint: 1 } },
      {
        ar: { paragraphs: [fingerprints.ar[2]], hint: 2 },
        en: { paragraphs: [fingerprints.en[1]], hint: 1 },
      },
    ]);
    for (const bead of stored) expect(storedBeadSchema.safeParse(bead).success).toBe(true);
    const atStart = describeBeads([{ ar: [], en: [0] }], { ar: 0, en: 0 }, fingerprints);
    expect(atStart[0]!.ar).toEqual({ after: null, hint: 0 });
  });

  it('find repeated text nearest to where it was', () => {
    const text = paragraphs(['تكرار', 'أ', 'تكرار', 'ب', 'تكرار'], ['r', 'a', 'r', 'b', 'r']);
    const fingerprints = fingerprintsOf(text);
    const entry: CorrectionEntry = {
      made: '2024-05-01T10:00:00.000Z',
      operation: { type: 'merge', row: 2 },
      beads: describeBeads([{ ar: [2, 3], en: [2, 3] }], { ar: 2, en: 2 }, fingerprints),
    };
    const { anchors } = chooseAnchors([entry], indexFingerprints(fingerprints));
    expect(anchors).toEqual([{ ar: { start: 2, end: 4 }, en: { start: 2, end: 4 } }]);
    // With a paragraph added at the top, the same run is found one further on.
    const edited = paragraphs(
      ['جديد', ...text.ar.map((p) => p.text)],
      ['new', ...text.en.map((p) => p.text)],
    );
    expect(chooseAnchors([entry], indexFingerprints(fingerprintsOf(edited))).anchors).toEqual([
      { ar: { start: 3, end: 5 }, en: { start: 3, end: 5 } },
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// Properties: random articles, random base alignments, random corrections, random edits.
// ---------------------------------------------------------------------------------------

/** A complete, ordered alignment built from bead shapes (each 0–2 by 0–2, never 0–0). */
function alignmentFrom(shapes: readonly [number, number][], arCount: number, enCount: number): Bead[] {
  const beads: Bead[] = [];
  let ar = 0;
  let en = 0;
  let k = 0;
  while (ar < arCount || en < enCount) {
    const [a, e] = shapes.length > 0 ? shapes[k++ % shapes.length]! : [1, 1];
    const take = { ar: Math.min(a, arCount - ar), en: Math.min(e, enCount - en) };
    if (take.ar + take.en === 0) {
      if (ar < arCount) take.ar = 1;
      else take.en = 1;
    }
    beads.push({
      ar: Array.from({ length: take.ar }, (_, i) => ar + i),
      en: Array.from({ length: take.en }, (_, i) => en + i),
    });
    ar += take.ar;
    en += take.en;
  }
  return beads;
}

// A few words so that paragraphs repeat now and then, as real articles' captions and refrains do.
const word = fc.constantFrom('قال', 'الوزير', 'اليوم', 'في', 'بغداد', 'إن', 'الحكومة');
const enWord = fc.constantFrom('said', 'the', 'minister', 'today', 'in', 'Baghdad', 'government');
const arText = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const enText = fc.array(enWord, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const shape = fc.constantFrom<[number, number]>([1, 1], [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]);

const correction: fc.Arbitrary<AlignmentCorrection> = fc.oneof(
  fc.record({ type: fc.constant('merge' as const), row: fc.nat(40) }),
  fc.record({
    type: fc.constant('split' as const),
    lang: fc.constantFrom<Lang>('ar', 'en'),
    paragraph: fc.nat(30),
  }),
  fc.record({
    type: fc.constant('unlink' as const),
    lang: fc.constantFrom<Lang>('ar', 'en'),
    paragraph: fc.nat(30),
  }),
  fc.record({
    type: fc.constant('link' as const),
    lang: fc.constantFrom<Lang>('ar', 'en'),
    paragraph: fc.nat(30),
    to: fc.constantFrom<'previous' | 'next'>('previous', 'next'),
  }),
);

const edit = fc.record({
  lang: fc.constantFrom<Lang>('ar', 'en'),
  kind: fc.constantFrom('insert', 'delete', 'change'),
  at: fc.nat(30),
});

const scenario = fc.record({
  ar: fc.array(arText, { maxLength: 18 }),
  en: fc.array(enText, { maxLength: 18 }),
  shapes: fc.array(shape, { minLength: 1, maxLength: 8 }),
  corrections: fc.array(correction, { minLength: 1, maxLength: 12 }),
  edits: fc.array(edit, { maxLength: 4 }),
});

type Mode = 'clip' | 'realign';

function rowsOf(
  text: Paragraphs,
  base: Bead[],
  entries: CorrectionEntry[],
  mode: Mode,
): { alignment: Bead[]; corrected: number[]; confidence?: number[]; unapplied: number } {
  const counts = { ar: text.ar.length, en: text.en.length };
  const { anchors, unapplied } = chooseAnchors(entries, indexFingerprints(fingerprintsOf(text)));
  const rows =
    mode === 'clip'
      ? applyAnchors({ alignment: base }, counts, anchors)
      : applyAnchors(
          { alignment: base, confidence: base.map(() => 0.5) },
          counts,
          anchors,
          regionAligner(text, { ratio: 1.5, variance: 3 }),
        );
  return { ...rows, unapplied };
}

function expectComplete(alignment: Bead[], text: Paragraphs): void {
  expect(alignment.flatMap((bead) => bead.ar)).toEqual(text.ar.map((_, k) => k));
  expect(alignment.flatMap((bead) => bead.en)).toEqual(text.en.map((_, k) => k));
  for (const bead of alignment) expect(bead.ar.length + bead.en.length).toBeGreaterThan(0);
  expect(isCompleteAlignment(alignment, { ar: text.ar.length, en: text.en.length })).toBe(true);
}

/** The correction aimed at a row or paragraph the article has. */
function fitted(correction: AlignmentCorrection, alignment: Bead[], text: Paragraphs): AlignmentCorrection {
  if (correction.type === 'merge')
    return { ...correction, row: correction.row % Math.max(1, alignment.length) };
  const count = Math.max(1, text[correction.lang].length);
  return { ...correction, paragraph: correction.paragraph % count };
}

function editText(text: Paragraphs, edits: readonly { lang: Lang; kind: string; at: number }[]): Paragraphs {
  const next = { ar: [...text.ar], en: [...text.en] };
  for (const { lang, kind, at } of edits) {
    const list = next[lang];
    const k = list.length === 0 ? 0 : at % list.length;
    if (kind === 'insert') list.splice(k, 0, { text: `inserted ${at}` });
    else if (kind === 'delete' && list.length > 0) list.splice(k, 1);
    else if (kind === 'change' && list.length > 0) list[k] = { text: `${list[k]!.text} changed` };
  }
  return next;
}

describe.each<Mode>(['clip', 'realign'])('corrections applied over a base alignment (%s)', (mode) => {
  it('keep every paragraph in exactly one row, in order, through corrections and edits', () => {
    const tally = { asked: 0, applied: 0 };
    fc.assert(
      fc.property(scenario, ({ ar, en, shapes, corrections, edits }) => {
        const text = paragraphs(ar, en);
        const base = alignmentFrom(shapes, ar.length, en.length);
        const fingerprints = fingerprintsOf(text);
        const entries: CorrectionEntry[] = [];
        let current = base;
        for (const [k, random] of corrections.entries()) {
          // Mostly rows and paragraphs that exist; every fifth one as drawn, often out of range.
          const asked = k % 5 === 4 ? random : fitted(random, current, text);
          tally.asked++;
          let replacement: ReturnType<typeof replacementFor>;
          try {
            replacement = replacementFor(current, text, asked);
          } catch (error) {
            // Refusals are plain invalid-input errors, never anything else.
            expect((error as MuwaziError).code).toBe('invalid-input');
            continue;
          }
          tally.applied++;
          const expected = replaced(current, replacement);
          expectComplete(expected, text);
          const before = { ar: 0, en: 0 };
          for (const bead of current.slice(0, replacement.start)) {
            before.ar += bead.ar.length;
            before.en += bead.en.length;
          }
          entries.push({
            made: '2024-05-01T10:00:00.000Z',
            operation: asked,
            beads: describeBeads(replacement.beads, before, fingerprints),
          });
          const rows = rowsOf(text, base, entries, mode);
          expectComplete(rows.alignment, text);
          expect(rows.unapplied).toBe(0);
          // The rows the reader just made are there, marked as set by hand.
          const made = replacement.beads.map((bead) => JSON.stringify(bead));
          const marked = rows.corrected.map((row) => JSON.stringify(rows.alignment[row]));
          for (const bead of made) expect(marked).toContain(bead);
          if (rows.confidence) {
            expect(rows.confidence).toHaveLength(rows.alignment.length);
            for (const row of rows.corrected) expect(rows.confidence[row]).toBe(1);
          }
          // Without an aligner to consult, nothing but the corrected rows moves.
          if (mode === 'clip') expect(rows.alignment).toEqual(expected);
          current = rows.alignment;
        }
        // The file is edited: whatever still applies, every paragraph is still read exactly once.
        const edited = editText(text, edits);
        const editedBase = alignmentFrom(shapes, edited.ar.length, edited.en.length);
        const after = rowsOf(edited, editedBase, entries, mode);
        expectComplete(after.alignment, edited);
        expect(after.unapplied).toBeLessThanOrEqual(entries.length);
      }),
      { numRuns: mode === 'clip' ? 300 : 120 },
    );
    // Most random corrections must apply, or the property says little about applying them.
    expect(tally.applied).toBeGreaterThan(tally.asked / 3);
  });

  it('let a newer correction win over an older one it contradicts', () => {
    const text = paragraphs(texts([5, 5, 5, 5], 'ب'), texts([7, 7, 7, 7], 'e'));
    const fingerprints = fingerprintsOf(text);
    const entry = (beads: Bead[], before: number): CorrectionEntry => ({
      made: '2024-05-01T10:00:00.000Z',
      operation: { type: 'merge', row: 0 },
      beads: describeBeads(beads, { ar: before, en: before }, fingerprints),
    });
    const older = entry([{ ar: [1, 2], en: [1, 2] }], 1);
    const newer = entry([{ ar: [2, 3], en: [2, 3] }], 2);
    const rows = rowsOf(text, oneToOne(4), [older, newer], mode);
    expect(rows.alignment).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2, 3], en: [2, 3] },
    ]);
    expect(rows.corrected).toEqual([2]);
    // Undoing the newer one (dropping it) brings the older back.
    expect(rowsOf(text, oneToOne(4), [older], mode).alignment).toEqual([
      { ar: [0], en: [0] },
      { ar: [1, 2], en: [1, 2] },
      { ar: [3], en: [3] },
    ]);
  });
});

describe('realigning around a correction', () => {
  it('aligns again only the paragraphs whose base row reached across the corrected row', () => {
    const text = paragraphs(texts([10, 10, 10, 10, 10], 'ب'), texts([15, 15, 15, 15, 15], 'e'));
    // The base paired 1–2 with 1–2; the reader says Arabic 2 reads with English 2 and 3.
    const base: Bead[] = [
      { ar: [0], en: [0] },
      { ar: [1, 2], en: [1, 2] },
      { ar: [3], en: [3] },
      { ar: [4], en: [4] },
    ];
    const entries: CorrectionEntry[] = [
      {
        made: '2024-05-01T10:00:00.000Z',
        operation: { type: 'merge', row: 0 },
        beads: describeBeads([{ ar: [2, 3], en: [2, 3] }], { ar: 2, en: 2 }, fingerprintsOf(text)),
      },
    ];
    const rows = rowsOf(text, base, entries, 'realign');
    expect(rows.alignment).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2, 3], en: [2, 3] },
      { ar: [4], en: [4] },
    ]);
    expect(rows.confidence?.[0]).toBe(0.5);
    expect(rows.confidence?.[2]).toBe(1);
    expect(rows.corrected).toEqual([2]);
  });
});

describe('the head of a corrected article', () => {
  it('keeps the confidence and hand-set marks of the rows it keeps, and no others', () => {
    const article: Article = {
      id: '0123456789abcdef',
      title: { ar: 'عنوان' },
      ar: ['أ', 'ب', 'ج', 'د'].map((text) => ({ text })),
      en: ['A', 'B', 'C', 'D'].map((text) => ({ text })),
      alignment: [
        { ar: [0, 1], en: [0, 1] },
        ...oneToOne(2).map((b) => ({ ar: [b.ar[0]! + 2], en: [b.en[0]! + 2] })),
      ],
      confidence: [1, 0.4, 0.9],
      corrected: [0, 2],
      setAside: [],
      source: { file: 'a.txt', format: 'txt', encoding: 'utf-8' },
    };
    const { article: head } = headOf(article, 2);
    expect(head.confidence).toEqual([1, 0.4]);
    expect(head.corrected).toEqual([0]);
    const { confidence: _c, corrected: _k, ...plain } = article;
    expect(headOf(plain, 2).article).not.toHaveProperty('confidence');
    expect(headOf(plain, 2).article).not.toHaveProperty('corrected');
  });
});
