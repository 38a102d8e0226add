import type { Lang } from '../../contract';

/** A sentence as UTF-16 offsets into its paragraph, `text.slice(start, end)`, as DOM ranges count. */
export interface TextRange {
  start: number;
  end: number;
}

const segmenters: Record<Lang, Intl.Segmenter> = {
  ar: new Intl.Segmenter('ar', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

/**
 * Where Intl (ICU) leaves Arabic sentences whole: after the Arabic semicolon ؛ (which Arabic
 * prose uses between full clauses), the ellipsis, and runs of ؟ ! . it meets mid-segment, say
 * inside guillemets. A break needs white space after the mark (and any closing quotes or
 * brackets), so "3.5" and "U.S" never split here.
 */
const arabicTerminator = /[؟?!.…؛]+["'»”’)\]]*(?=\s+\S)/g;

/**
 * Titles and dotted acronyms after which ICU breaks but a reader would not: "the U.S. Army",
 * "Mr. Smith", "د. محمد" (a single Arabic letter with a point abbreviates a title or a unit).
 * "etc." is left out because it usually does end a sentence.
 */
const abbreviation =
  /(?:^|[\s(«"“])(?:(?:[A-Za-z]\.){2,}|[A-Z]\.|[\u0621-\u064A]\.|(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Maj|Adm|Rev|Hon|Inc|Ltd|Corp|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs|approx|No|Nos|Fig|Vol|pp?)\.)$/;

function trimmed(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

function splitArabic(text: string, range: TextRange): TextRange[] {
  const pieces: TextRange[] = [];
  let start = range.start;
  for (const match of text.slice(range.start, range.end).matchAll(arabicTerminator)) {
    const end = range.start + match.index + match[0].length;
    if (match[0].startsWith('.') && abbreviation.test(text.slice(start, end))) continue;
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: range.end });
  return pieces;
}

/**
 * Sentences of one paragraph, as ranges that cover every non-space character of it, in order,
 * without overlap; the white space between sentences belongs to none. Intl.Segmenter does the
 * main work; Arabic punctuation it misses and abbreviations it breaks after are put right here.
 */
export function splitSentences(text: string, lang: Lang): TextRange[] {
  const raw: TextRange[] = [];
  for (const { index, segment } of segmenters[lang].segment(text)) {
    const range = { start: index, end: index + segment.length };
    raw.push(...(lang === 'ar' ? splitArabic(text, range) : [range]));
  }
  const sentences: TextRange[] = [];
  for (const range of raw) {
    const piece = trimmed(text, range.start, range.end);
    if (!piece) continue;
    const previous = sentences[sentences.length - 1];
    if (previous && abbreviation.test(text.slice(previous.start, previous.end))) previous.end = piece.end;
    else sentences.push(piece);
  }
  return sentences;
}
