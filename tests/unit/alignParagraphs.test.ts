import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bead } from '../../electron/contract';
import { alignParagraphs } from '../../electron/core/align/alignParagraphs';
import { sampleParagraphs } from '../helpers/sampleParagraphs';

/** The sample article's body: 13 Arabic paragraphs and their 13 English translations, in order. */
let ar: string[];
let en: string[];
beforeAll(async () => {
  ({ ar, en } = await sampleParagraphs());
});

const oneToOne = (count: number, from = 0): Bead[] =>
  Array.from({ length: count }, (_, k) => ({ ar: [from + k], en: [from + k] }));

/** Beads with every index moved by the given offsets, for stretches after an uneven row. */
const shifted = (beads: Bead[], arBy: number, enBy: number): Bead[] =>
  beads.map((b) => ({ ar: b.ar.map((i) => i + arBy), en: b.en.map((i) => i + enBy) }));

describe('alignParagraphs', () => {
  it('pairs a translation that keeps the paragraphs one with one', () => {
    const { beads, confidence, model } = alignParagraphs(ar, en);
    expect(beads).toEqual(oneToOne(13));
    expect(confidence).toHaveLength(13);
    for (const c of confidence) expect(c).toBeGreaterThan(0.5);
    // English runs longer than Arabic in characters; the ratio is read from the text itself.
    expect(model.ratio).toBeGreaterThan(1.15);
    expect(model.ratio).toBeLessThan(1.5);
  });

  it('finds two paragraphs translated as one (1-2) and one translated as two (2-1)', () => {
    // Arabic 4 and 5 run together as one paragraph; Arabic 7 is cut in two at its comma.
    const [head, tail] = ar[7]!.split('، ');
    const arabic = [...ar.slice(0, 4), `${ar[4]} ${ar[5]}`, ar[6]!, `${head}،`, tail!, ...ar.slice(8)];
    const { beads } = alignParagraphs(arabic, en);
    expect(beads).toEqual([
      ...oneToOne(4),
      { ar: [4], en: [4, 5] },
      { ar: [5], en: [6] },
      { ar: [6, 7], en: [7] },
      ...oneToOne(5, 8),
    ]);
  });

  it('leaves a paragraph the translator skipped on a row of its own (1-0)', () => {
    const skipped = [...en.slice(0, 4), ...en.slice(5)];
    const { beads } = alignParagraphs(ar, skipped);
    expect(beads).toEqual([...oneToOne(4), { ar: [4], en: [] }, ...shifted(oneToOne(8, 5), 0, -1)]);
  });

  it('lets shared numbers decide where lengths alone are misled', () => {
    // Written for this test: the translator skipped the paragraph on the cost. The paragraph
    // on beds is short in Arabic and long in English, so by length the cost paragraph fits
    // the English better; only the numbers (Arabic-Indic ٣٢٠ and ١٫٥) say otherwise.
    const arabic = [
      ...ar.slice(0, 6),
      'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بعد سنوات من العمل المتواصل.',
      'وبلغت تكلفة المشروع ٤٥ مليون دولار بحسب بيان رسمي صدر عن الوزارة في عام ٢٠١٩.',
      'ويضم المستشفى ٣٢٠ سريراً، وسيخدم ١٫٥ مليون نسمة.',
      'وقال الوزير إن العمل سيبدأ بعد أسبوعين، وإن الكوادر الطبية جاهزة لاستقبال المرضى.',
      ...ar.slice(6),
    ];
    const english = [
      ...en.slice(0, 6),
      'The Ministry of Health announced today the opening of a new hospital in the capital after years of continuous work.',
      'The hospital has 320 beds and will serve about 1.5 million people in the region around the capital.',
      'The minister said work would begin in two weeks and that the medical staff were ready to receive patients.',
      ...en.slice(6),
    ];
    const rowOf = (beads: Bead[], arIndex: number) => beads.find((b) => b.ar.includes(arIndex));
    const withCues = alignParagraphs(arabic, english).beads;
    expect(rowOf(withCues, 8)).toEqual({ ar: [8], en: [7] });
    expect(rowOf(withCues, 7)).toEqual({ ar: [7], en: [] });
    const lengthOnly = alignParagraphs(arabic, english, { cues: false }).beads;
    expect(rowOf(lengthOnly, 7)).toEqual({ ar: [7], en: [7] });
  });

  it('gives every paragraph a row of its own when the other side is empty', () => {
    expect(alignParagraphs([], [])).toMatchObject({ beads: [], confidence: [] });
    expect(alignParagraphs(ar.slice(0, 2), [])).toMatchObject({
      beads: [
        { ar: [0], en: [] },
        { ar: [1], en: [] },
      ],
      confidence: [1, 1],
    });
    expect(alignParagraphs([], en.slice(0, 3)).beads).toEqual([
      { ar: [], en: [0] },
      { ar: [], en: [1] },
      { ar: [], en: [2] },
    ]);
  });

  it('puts every index in exactly one bead, in order, whatever the input', () => {
    const shapes = new Set(['1-1', '1-0', '0-1', '2-1', '1-2', '2-2']);
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom(...[0, 3, 7, 11].flatMap((k) => [`${ar[k]}`, `${en[k]}`])),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 260 }), fc.array(text, { maxLength: 260 }), (left, right) => {
        const { beads, confidence } = alignParagraphs(left, right);
        expect(beads.flatMap((b) => b.ar)).toEqual(left.map((_, k) => k));
        expect(beads.flatMap((b) => b.en)).toEqual(right.map((_, k) => k));
        for (const bead of beads) expect(shapes.has(`${bead.ar.length}-${bead.en.length}`)).toBe(true);
        expect(confidence).toHaveLength(beads.length);
        for (const c of confidence) expect(c >= 0 && c <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
