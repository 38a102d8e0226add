import type { Bead } from '../../electron/contract';
import type { SentencePair } from './quranPairs';
import { randomInt } from '../support/random';

/** A link between one Arabic and one English unit (paragraph or sentence), by 0-based index. */
export type Link = readonly [ar: number, en: number];

/**
 * A parallel document with uneven paragraphing and a known answer, built from real sentence
 * pairs the way real translations go wrong: paragraphs merged or split on one side, some left
 * untranslated, sentences joined.
 */
export interface SyntheticDocument {
  ar: string[];
  en: string[];
  /** Sentences of each paragraph, as the paragraph text joins them. */
  arSentences: string[][];
  enSentences: string[][];
  /** The true paragraph rows. */
  gold: Bead[];
  /** True links between sentences, numbered across the whole document. */
  goldSentenceLinks: Link[];
}

export interface Perturbation {
  /** Chance that two neighbouring sentences are one sentence on one side (each side). */
  joinSentences: number;
  /** Chance that a paragraph is merged with the next on one side (each side). */
  merge: number;
  /** Chance that a paragraph of two or more sentences is split on one side (each side). */
  split: number;
  /** Chance that a paragraph has no counterpart (each side). */
  drop: number;
  /** Sentences per paragraph before perturbation. */
  sentencesPerParagraph: readonly [min: number, max: number];
}

export const defaultPerturbation: Perturbation = {
  joinSentences: 0.04,
  merge: 0.05,
  split: 0.05,
  drop: 0.025,
  sentencesPerParagraph: [1, 4],
};

/** Sentences that translate each other as a whole: one on each side, or two joined on one. */
interface Unit {
  ar: string[];
  en: string[];
}

/** Paragraphs of one row, each a list of units; `linked` is false for an untranslated row. */
interface Group {
  ar: Unit[][];
  en: Unit[][];
  linked: boolean;
}

function takeUnits(
  pairs: readonly SentencePair[],
  start: number,
  count: number,
  p: Perturbation,
  random: () => number,
) {
  const units: Unit[] = [];
  let k = 0;
  while (k < count) {
    const a = pairs[(start + k) % pairs.length]!;
    const b = pairs[(start + k + 1) % pairs.length]!;
    const roll = random();
    if (k + 1 < count && roll < p.joinSentences) {
      units.push({ ar: [`${a.ar} ${b.ar}`], en: [a.en, b.en] });
      k += 2;
    } else if (k + 1 < count && roll < 2 * p.joinSentences) {
      units.push({ ar: [a.ar, b.ar], en: [`${a.en} ${b.en}`] });
      k += 2;
    } else {
      units.push({ ar: [a.ar], en: [a.en] });
      k += 1;
    }
  }
  return units;
}

type Operation =
  | 'joinArabic'
  | 'joinEnglish'
  | 'splitArabic'
  | 'splitEnglish'
  | 'dropEnglish'
  | 'dropArabic'
  | 'keep';

/** One roll of the dice for a paragraph; operations that do not apply have no chance. */
function pickOperation(
  random: () => number,
  p: Perturbation,
  hasNext: boolean,
  sentences: number,
): Operation {
  const merge = hasNext ? p.merge : 0;
  const split = sentences > 1 ? p.split : 0;
  const table: Array<[Operation, number]> = [
    ['joinArabic', merge],
    ['joinEnglish', merge],
    ['splitArabic', split],
    ['splitEnglish', split],
    ['dropEnglish', p.drop],
    ['dropArabic', p.drop],
  ];
  let roll = random();
  for (const [operation, probability] of table) {
    if (roll < probability) return operation;
    roll -= probability;
  }
  return 'keep';
}

function groupsFrom(units: Unit[], p: Perturbation, random: () => number): Group[] {
  const base: Unit[][] = [];
  for (let k = 0; k < units.length; ) {
    const size = randomInt(random, p.sentencesPerParagraph[0], p.sentencesPerParagraph[1]);
    base.push(units.slice(k, k + size));
    k += size;
  }
  const groups: Group[] = [];
  for (let k = 0; k < base.length; k++) {
    const paragraph = base[k]!;
    const next = base[k + 1];
    const operation = pickOperation(random, p, next !== undefined, paragraph.length);
    const cut = () => randomInt(random, 1, paragraph.length - 1);
    switch (operation) {
      case 'joinArabic':
        groups.push({ ar: [[...paragraph, ...next!]], en: [paragraph, next!], linked: true });
        k++;
        break;
      case 'joinEnglish':
        groups.push({ ar: [paragraph, next!], en: [[...paragraph, ...next!]], linked: true });
        k++;
        break;
      case 'splitArabic': {
        const at = cut();
        groups.push({ ar: [paragraph.slice(0, at), paragraph.slice(at)], en: [paragraph], linked: true });
        break;
      }
      case 'splitEnglish': {
        const at = cut();
        groups.push({ ar: [paragraph], en: [paragraph.slice(0, at), paragraph.slice(at)], linked: true });
        break;
      }
      case 'dropEnglish':
        groups.push({ ar: [paragraph], en: [], linked: false });
        break;
      case 'dropArabic':
        groups.push({ ar: [], en: [paragraph], linked: false });
        break;
      default:
        groups.push({ ar: [paragraph], en: [paragraph], linked: true });
    }
  }
  return groups;
}

/**
 * A document of `sentencePairs` consecutive pairs from `start` (wrapping round the corpus), cut
 * into paragraphs and perturbed with `random`; the gold rows and sentence links come with it.
 */
export function makeSyntheticDocument(
  pairs: readonly SentencePair[],
  start: number,
  sentencePairs: number,
  random: () => number,
  perturbation: Perturbation = defaultPerturbation,
): SyntheticDocument {
  const groups = groupsFrom(
    takeUnits(pairs, start, sentencePairs, perturbation, random),
    perturbation,
    random,
  );
  const doc: SyntheticDocument = {
    ar: [],
    en: [],
    arSentences: [],
    enSentences: [],
    gold: [],
    goldSentenceLinks: [],
  };
  let arSentenceCount = 0;
  let enSentenceCount = 0;
  for (const group of groups) {
    const bead: Bead = { ar: [], en: [] };
    // Where each unit's sentences landed on each side, to link them once both sides are laid out.
    const arPlaces = new Map<Unit, number[]>();
    const enPlaces = new Map<Unit, number[]>();
    const layOut = (paragraphs: Unit[][], side: 'ar' | 'en') => {
      for (const paragraph of paragraphs) {
        const sentences = paragraph.flatMap((unit) => unit[side]);
        const places = side === 'ar' ? arPlaces : enPlaces;
        for (const unit of paragraph) {
          const first = side === 'ar' ? arSentenceCount : enSentenceCount;
          places.set(
            unit,
            unit[side].map((_, k) => first + k),
          );
          if (side === 'ar') arSentenceCount += unit[side].length;
          else enSentenceCount += unit[side].length;
        }
        bead[side].push(doc[side].length);
        doc[side].push(sentences.join(' '));
        (side === 'ar' ? doc.arSentences : doc.enSentences).push(sentences);
      }
    };
    layOut(group.ar, 'ar');
    layOut(group.en, 'en');
    doc.gold.push(bead);
    if (!group.linked) continue;
    for (const [unit, arIndices] of arPlaces) {
      for (const a of arIndices) for (const e of enPlaces.get(unit) ?? []) doc.goldSentenceLinks.push([a, e]);
    }
  }
  return doc;
}
