import type { Lang } from '../../electron/contract';
import { paragraphStarts } from '../../electron/core/annotations/documentText';
import type { Annotation, HighlightColor } from '../../electron/core/annotations/model';
import { describeRange } from '../../electron/core/annotations/selectors';
import { type GeneratedArticle, generateArticle } from '../support/generateArticle';
import { seededRandom } from '../support/random';

/**
 * An article after a typical revision, and notes made on it before: the editor inserted a
 * paragraph near the top and corrected typos, some of them inside highlighted passages. Every
 * annotation's right place in the revised text is known, so the benchmark checks where
 * re-anchoring put them as well as how long it took.
 */
export interface EditScenario {
  /** The revised article, as it is on disk now. */
  after: GeneratedArticle;
  /** Notes made on the text before the revision. */
  annotations: Annotation[];
  /** Where each annotation belongs in the revised text, by id. */
  expected: Map<string, { start: number; end: number }>;
  insertedParagraph: number;
  typosFixed: number;
  typosInQuotes: number;
}

export interface ScenarioOptions {
  paragraphs: number;
  annotations: number;
  /** Typos corrected by the revision; half are placed inside highlighted passages. */
  typos: number;
  seed: number;
}

export const articleKey = 'bench0000anchoring';
const insertedParagraph = 2;
const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

function isLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x61 && code <= 0x7a);
}

/** A plausible slip of the finger: the letter swapped for a different one of the same script. */
function typoFor(code: number, random: () => number): number {
  const [low, high] = code >= 0x0621 ? [0x0628, 0x063a] : [0x61, 0x7a];
  let replacement = code;
  while (replacement === code) replacement = low + Math.floor(random() * (high - low + 1));
  return replacement;
}

/** A word-aligned range inside one paragraph (occasionally running into the next). */
function pickRange(
  text: string,
  starts: number[],
  random: () => number,
): { start: number; end: number } | null {
  const paragraph = Math.floor(random() * starts.length);
  const from = starts[paragraph]!;
  const to = paragraph + 1 < starts.length ? starts[paragraph + 1]! - 2 : text.length;
  let start = from + Math.floor(random() * Math.max(1, to - from - 20));
  while (start > from && text[start - 1] !== ' ') start--;
  const length = 15 + Math.floor(random() * 150);
  const limit = random() < 0.05 ? text.length : to;
  let end = Math.min(limit, start + length);
  while (end < limit && text[end] !== ' ' && text[end] !== '\n') end++;
  return end > start ? { start, end } : null;
}

export function buildEditScenario(options: ScenarioOptions): EditScenario {
  const random = seededRandom(options.seed);
  const after = generateArticle({ paragraphs: options.paragraphs + 1, seed: options.seed });
  const annotations: Annotation[] = [];
  const expected = new Map<string, { start: number; end: number }>();
  let typosInQuotes = 0;
  let typosFixed = 0;
  const created = new Date(Date.UTC(2024, 0, 1)).toISOString();

  for (const lang of ['ar', 'en'] as const satisfies Lang[]) {
    const beforeParagraphs = after[lang].filter((_, i) => i !== insertedParagraph);
    const clean = beforeParagraphs.join('\n\n');
    const starts = paragraphStarts(beforeParagraphs.map((text) => ({ text })));
    const insertAt = starts[insertedParagraph]!;
    const shift = after[lang][insertedParagraph]!.length + 2;

    // Four notes in five on the Arabic side, where readers mostly highlight.
    const count =
      lang === 'ar' ? Math.round(options.annotations * 0.8) : options.annotations - annotations.length;
    const ranges: Array<{ start: number; end: number }> = [];
    while (ranges.length < count) {
      const range = pickRange(clean, starts, random);
      // A passage the new paragraph lands inside has no single right answer; leave it out.
      if (range && !(range.start < insertAt && range.end > insertAt - 2)) ranges.push(range);
    }

    // The text before the revision had the typos the revision fixes.
    const before = new Uint16Array(clean.length);
    for (let i = 0; i < clean.length; i++) before[i] = clean.charCodeAt(i);
    const typoBudget = Math.round((options.typos * count) / options.annotations);
    for (let t = 0; t < typoBudget; t++) {
      const inQuote = t % 2 === 0;
      const range = inQuote ? ranges[Math.floor(random() * ranges.length)]! : { start: 0, end: clean.length };
      for (let attempt = 0; attempt < 50; attempt++) {
        const at = range.start + Math.floor(random() * (range.end - range.start));
        if (!isLetter(clean.charCodeAt(at)) || before[at] !== clean.charCodeAt(at)) continue;
        before[at] = typoFor(clean.charCodeAt(at), random);
        typosFixed++;
        if (inQuote) typosInQuotes++;
        break;
      }
    }
    let beforeText = '';
    for (let i = 0; i < before.length; i += 8192) {
      beforeText += String.fromCharCode(...before.subarray(i, Math.min(before.length, i + 8192)));
    }

    for (const range of ranges) {
      const id = crypto.randomUUID();
      annotations.push({
        id,
        articleKey,
        lang,
        target: { selectors: describeRange(beforeText, range.start, range.end) },
        body: {
          color: colors[annotations.length % colors.length]!,
          ...(random() < 0.3 ? { note: 'ملاحظة' } : {}),
        },
        created,
        modified: created,
      });
      const moved = range.start >= insertAt ? shift : 0;
      expected.set(id, { start: range.start + moved, end: range.end + moved });
    }
  }
  return { after, annotations, expected, insertedParagraph, typosFixed, typosInQuotes };
}
