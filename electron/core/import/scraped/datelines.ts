import { fold, foldedRegex, wordCount } from './fold';
import { matchDate } from './metadataLines';

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

// "<place> - <reporter>", "<place>: <reporter>", "حاوره في <place>: <name>": a few words, one
// separator, a short name; no digits (a date) and no sentence punctuation.
const placeThenName = /^([^\d٠-٩.!?؟:،,|()]{2,30}?)\s*(?:\s[-–—]\s|[:：])\s*([^\d٠-٩.!?؟:،,|()\-–—]{2,40})$/u;

/** The two sides of a short "place - name" line, or undefined. */
function placeAndName(text: string): [string, string] | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 60) return undefined;
  const match = placeThenName.exec(trimmed);
  return match ? [match[1]!.trim(), match[2]!.trim()] : undefined;
}

/**
 * The reporter's name from a short "place - name" line, or undefined. Only read in an article's
 * header, right above its first paragraph: anywhere else such a line may be a sub-heading.
 */
export function matchPlaceAndName(text: string): string | undefined {
  const sides = placeAndName(text);
  if (!sides) return undefined;
  const name = wordCount(sides[1]);
  return wordCount(sides[0]) <= 3 && name >= 2 && name <= 4 ? sides[1] : undefined;
}

/**
 * "ريم العتيبي - الرياض | نُشر في 15 أكتوبر 2025": the reporter and place (in either order), then
 * the date, on one header line. Gives the reporter-and-place part and the date, or undefined.
 */
export function matchReporterAndDate(text: string): { byline: string; date: string } | undefined {
  const [who, ...rest] = text.trim().split(/\s+\|\s+/u);
  const sides = rest.length > 0 ? placeAndName(who!) : undefined;
  if (!sides || sides.some((side) => wordCount(side) > 4)) return undefined;
  const date = matchDate(rest.join(' | '));
  return date !== undefined ? { byline: who!.trim(), date } : undefined;
}
