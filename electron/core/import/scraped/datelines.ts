import { fold, foldedRegex, wordCount } from './fold';

/**
 * Recognises a dateline standing on a line of its own: the place a story was filed from and the
 * agency or desk that filed it ("دبي - وام", "الرباط (ومع)", "بيروت – الوكالة الوطنية للإعلام").
 * Only a whole line counts, so a dateline leading a paragraph ("عمون - بدأت الأمانة …") leaves
 * the paragraph whole in the body.
 */

// State agencies by their Arabic abbreviations, the international ones, and the words a desk
// signs with when no agency is named.
const agencyNames = [
  // Gulf
  'وام',
  'واس',
  'قنا',
  'كونا',
  'بنا',
  'العمانية',
  'وكالة الأنباء العمانية',
  // Levant, Iraq, Yemen, Egypt and Sudan
  'بترا',
  'سانا',
  'وفا',
  'واع',
  'سبأ',
  'أ ش أ',
  'أ.ش.أ',
  'سونا',
  'الوكالة الوطنية للإعلام',
  'الوكالة الوطنية',
  'الوطنية للإعلام',
  // Maghreb
  'ومع',
  'و.م.ع',
  'لاماب',
  'واج',
  'وات',
  'وال',
  'ومأ',
  // International
  'رويترز',
  'أ ف ب',
  'أ.ف.ب',
  'ا ف ب',
  'فرانس برس',
  'أ ب',
  'أسوشيتد برس',
  'د ب أ',
  'د.ب.أ',
  'الأناضول',
  'شينخوا',
  'سبوتنيك',
  'يو بي آي',
  'إفي',
  // Desks and the paper's own people
  'وكالات',
  'الوكالات',
  'خاص',
  'متابعات',
  'مراسلنا',
  'مراسلتنا',
  'مراسلونا',
  'reuters',
  'afp',
  'ap',
  'wam',
  'spa',
  'qna',
  'kuna',
  'map',
  'aps',
  'tap',
  'mena',
  'dpa',
];

const agencyList = agencyNames
  .map((name) => fold(name).replace(/[.]/g, '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');

// "<place> - <agency>", "<place> (<agency>)", with an optional closing dash or colon. The place
// is one to three words with no digits: a date with a dash in it is no place.
const placeThenAgency = foldedRegex(
  `^([^\\d()\\[\\]:：.،,؟?!]{2,30}?)\\s*(?:[-–—:]\\s*[«"(]?|\\()\\s*(${agencyList})\\s*[»")]?\\s*[-–—:]?$`,
);

/** The agency or desk a dateline line names ("دبي - وام" → "وام"), or undefined. */
export function matchDateline(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 60) return undefined;
  const folded = fold(trimmed);
  const match = placeThenAgency.exec(folded);
  return match && wordCount(match[1]!) <= 3 ? agencyIn(trimmed) : undefined;
}

/** The agency as the page spells it: the text after the place's separator. */
function agencyIn(text: string): string {
  const parts = text.split(/\s*[-–—:(]\s*/u).filter((part) => part.trim() !== '');
  return (parts[parts.length - 1] ?? text).replace(/[«»")\s]+$/u, '').trim();
}
