import { fold, foldedRegex, wordCount } from './fold';

/**
 * Names Arabic news sites put in page titles and mastheads. A line that is only a site name is
 * the page's source, not its title; the list only has to cover the common cases, because a
 * domain name or a word like "نت" / "عربي" / "news" also gives a site name away.
 */
const knownSites = [
  'الجزيرة نت',
  'الجزيرة',
  'الجزيرة مباشر',
  'بي بي سي عربي',
  'بي بي سي نيوز عربي',
  'bbc news عربي',
  'bbc عربي',
  'bbc arabic',
  'سكاي نيوز عربية',
  'العربية',
  'العربية نت',
  'العربية.نت',
  'الشرق الأوسط',
  'اليوم السابع',
  'المصري اليوم',
  'الأهرام',
  'بوابة الأهرام',
  'الأهرام أونلاين',
  'عربي21',
  'عربي 21',
  'روسيا اليوم',
  'rt arabic',
  'rt عربي',
  'فرانس 24',
  'فرانس24',
  'france 24',
  'dw عربية',
  'دويتشه فيله',
  'cnn بالعربية',
  'سي إن إن بالعربية',
  'الخليج أونلاين',
  'العربي الجديد',
  'الحرة',
  'قناة الحرة',
  'اندبندنت عربية',
  'إندبندنت عربية',
  'الشروق',
  'بوابة الشروق',
  'هسبريس',
  'النهار',
  'النهار العربي',
  'القدس العربي',
  'رأي اليوم',
  'الوطن',
  'الرياض',
  'عكاظ',
  'الاتحاد',
  'البيان',
  'الغد',
  'الدستور',
  'مصراوي',
  'الخليج',
  'الرأي',
  'الأنباء',
  'القبس',
  'الوسط',
  'وكالة الأنباء العراقية',
  'واع',
  'وكالة الأناضول',
  'الأناضول',
  'وكالة سبوتنيك',
  'سبوتنيك عربي',
  'يورونيوز',
  'euronews عربي',
  'الميادين',
  'المنار',
  'شبكة رصد',
  'الأخبار',
  'عنب بلدي',
  'رصيف22',
  'نون بوست',
  'ساسة بوست',
  'الموقع بوست',
  'العين الإخبارية',
  'إرم نيوز',
  'ارم نيوز',
  'صدى البلد',
  'فيتو',
  'البوابة نيوز',
  'الوفد',
  'أخبار اليوم',
  'بوابة أخبار اليوم',
  'الجمهورية',
  'المدى',
  'السومرية نيوز',
  'شفق نيوز',
  'الشرق',
  'الراية',
  'العرب',
  'الحياة',
  'المستقبل',
  'اللواء',
  'سبق',
  'المدينة',
  'الجريدة',
  'السياسة',
];

const knownSiteSet = new Set(knownSites.map(fold));

const domainName =
  /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|tv|co|me|ae|sa|eg|ma|dz|tn|iq|jo|lb|sy|ps|qa|kw|bh|om|ye|ly|sd|uk|fr|de)(?:\/\S*)?$/i;
const siteWord = foldedRegex(
  '(?:^|\\s)(?:نت|أونلاين|اونلاين|نيوز|عربي|عربية|بالعربية|الإخبارية|الاخبارية|بوابة|موقع|شبكة|وكالة|قناة|صحيفة|جريدة|مجلة|مدونة|news|online|arabic|blog|\\.com|\\.net)(?:\\s|$)',
);

// "صحيفة الوطن", "موقع الخبر", "مدونة أوراق": a publication named by what it is.
const siteKindPrefix = foldedRegex('^(?:صحيفة|جريدة|مجلة|موقع|بوابة|شبكة|وكالة|قناة|مدونة) \\S+(?: \\S+)?$');

/** True when the whole line is a site's name (or its domain). */
export function isSiteName(text: string): boolean {
  if (text.length > 60) return false;
  const folded = fold(text);
  if (folded === '' || folded.length > 40) return false;
  if (knownSiteSet.has(folded)) return true;
  return domainName.test(folded) || (wordCount(folded) <= 4 && siteKindPrefix.test(folded));
}

/** True when a title's trailing (or leading) piece reads like a site name. */
function looksLikeSiteAffix(piece: string): boolean {
  if (piece.length > 60) return false;
  const folded = fold(piece);
  if (folded === '' || folded.length > 40 || wordCount(folded) > 5) return false;
  return knownSiteSet.has(folded) || domainName.test(folded) || siteWord.test(folded);
}

// Separators pages put between the headline and the site: "|", " - ", " – ", " — ", "::", "»".
const affixSeparator = /\s+(?:\||-|–|—|::|»|«|•)\s+|\s*\|\s*/g;

export interface SplitTitle {
  title: string;
  source?: string;
  /** A section name found between the headline and the site ("… - أخبار عربية | الجزيرة نت"). */
  section?: string;
}

/**
 * Splits "headline | Site" (or "Site | headline") into the headline and the site. Only a piece
 * that reads like a site name is split off, so a headline that merely contains a dash is kept.
 */
export function splitSiteAffix(title: string): SplitTitle {
  const text = title.trim();
  const separators = [...text.matchAll(affixSeparator)];
  if (separators.length === 0) return { title: text };
  const last = separators[separators.length - 1]!;
  const suffix = text.slice(last.index! + last[0].length);
  const head = text.slice(0, last.index);
  if (wordCount(head) >= 2 && looksLikeSiteAffix(suffix)) {
    // "headline - Section | Site": a short section name may sit between the two.
    const inner = splitSiteAffix(head);
    if (inner.source && !inner.section) {
      return { title: inner.title, source: suffix.trim(), section: inner.source };
    }
    return { title: head.trim(), source: suffix.trim() };
  }
  const first = separators[0]!;
  const prefix = text.slice(0, first.index);
  const tail = text.slice(first.index! + first[0].length);
  if (wordCount(tail) >= 2 && looksLikeSiteAffix(prefix))
    return { title: tail.trim(), source: prefix.trim() };
  return { title: text };
}
