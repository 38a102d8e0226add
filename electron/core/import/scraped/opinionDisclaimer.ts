import { foldedRegex } from './fold';

/**
 * Recognises the note opinion pages put under (or over) a column: the views are the writer's and
 * not necessarily the site's. Wordings vary ("المقالات المنشورة تعبر عن رأي كاتبها ولا تعبر
 * بالضرورة عن رأي الموقع", "الآراء الواردة لا تعكس بالضرورة وجهة نظر الصحيفة", "هذا المقال يعبر
 * عن رأي كاتبه"), so the test is made of parts: the line opens on what is published, credits the
 * view to its writer, and (when it goes on) disowns it for the publication. A sentence of a column
 * that mentions a writer's opinion opens on something else and stays in the body.
 */

// What the note is about, at the start of the line, after an optional "ملاحظة:" or "*".
const publishedMatter = foldedRegex(
  '^[\\s*(«"\\-–—]*(?:(?:ملاحظة|ملحوظة|تنويه|تنبيه|إخلاء مسؤولية|إخلاء المسؤولية|disclaimer|note)\\s*[:：\\-–—]\\s*)?(?:جميع |كل )?(?:هذا المقال|هذه المقالة|المقالات|المقال|المقالة|مقالات الرأي|الآراء|الاراء|آراء|الآراء والمقالات|المقالات والآراء|الآراء الواردة|ما ورد|ما يرد|ما ينشر|ما نشر|المواد|المحتوى|التعليقات|the views|views|opinions|the opinions|the article)',
);

// The view credited to whoever wrote it.
const writersView = foldedRegex(
  "(?:رأي|آراء|اراء|وجهة نظر|وجهات نظر|موقف)\\s+(?:كاتبها|كاتبه|كاتبيها|الكاتب|الكاتبة|كتابها|كتّابها|أصحابها|اصحابها|صاحبها|صاحبه|المؤلف|مؤلفها|مؤلفه|أصحابه)|(?:author|writer|columnist)(?:'s|s')? own|(?:of|are those of) the (?:author|writer)",
);

// The publication, named as the one whose view it is not, where the note ends.
const publication = foldedRegex(
  '(?:(?:ال)?(?:موقع|صحيفة|جريدة|مجلة|منصة|شبكة|قناة|مؤسسة|وكالة|مدونة|تحرير|ناشر|مركز)|هيئة التحرير|أسرة التحرير|إدارة الموقع|the (?:site|website|publication|newspaper|magazine|editors|editorial board))(?: \\S+){0,3}[\\s.)»"]*$',
);
const notNecessarily = foldedRegex('بالضرورة|necessarily');
const disowned = foldedRegex(
  'بالضرورة|لا تعبر|لا يعبر|لا تعكس|لا يعكس|لا تمثل|لا يمثل|ليس|ليست|necessarily|do not|does not',
);

/** True when a short line is an opinion page's "the views are the writer's" note. */
export function isOpinionDisclaimer(folded: string): boolean {
  if (folded.length > 250 || !publishedMatter.test(folded)) return false;
  const creditsWriter = writersView.test(folded);
  // "هذا المقال يعبر عن رأي كاتبه" says enough alone.
  if (creditsWriter && folded.length <= 60) return true;
  // Longer, the note must end by disowning the view for the publication.
  return (creditsWriter || notNecessarily.test(folded)) && disowned.test(folded) && publication.test(folded);
}
