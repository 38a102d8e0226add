import { fold, foldedRegex, wordCount } from './fold';
import { isForumFurniture, isPosterProfile } from './forum';
import { isOpinionDisclaimer } from './opinionDisclaimer';

/**
 * Recognises page furniture that scrapers and saved pages carry along with an article: link
 * headers, "read also" lines, consent and subscription notices, comment prompts, tag lists,
 * widget labels, share bars and prompts, breadcrumbs, mastheads, opinion disclaimers, forum chrome
 * and image captions. Each test is anchored and length-bounded, so a body sentence that merely
 * mentions cookies, comments or sharing stays.
 */
export type FurnitureRole =
  | 'related-header'
  | 'widget'
  | 'read-also'
  | 'cookie'
  | 'notice'
  | 'comments'
  | 'tags'
  | 'masthead'
  | 'share'
  | 'disclaimer'
  | 'forum'
  | 'poster'
  | 'nav'
  | 'caption';

const tail = '\\s*[:：.…»«\\-–—|!]*\\s*$';

// The columnist's other pieces: "المقالات السابقة للكاتب", "مقالات أخرى للكاتبة", "أحدث مقالات الكاتب",
// "للكاتب نفسه", "more by this author".
const writersOtherArticles =
  '(?:(?:أحدث|آخر|اخر|جميع|كل|المزيد من|مزيد من|من) )?(?:ال)?(?:مقالات|كتابات|أعمدة|مقال)(?: (?:ال)?(?:سابقة|أخرى|اخرى|أخيرة|الأخيرة|السابقة|الأخرى))? (?:لل|ل|من |بقلم )?(?:ال)?(?:كاتب|كاتبة|كاتبه)(?: (?:نفسه|نفسها|ذاته|ذاتها))?|(?:لل|ل)(?:كاتب|كاتبة|كاتبه) (?:نفسه|نفسها|ذاته|ذاتها|أيضا|ايضا)|more (?:by|from) (?:this|the) (?:author|writer|columnist)|other (?:articles|columns) by(?: this author)?';

// Lines that only announce a list of other articles.
const relatedHeader = foldedRegex(
  `^(?:قد يعجبك(?: أيضا| ايضا)?|قد يهمك(?: أيضا| ايضا)?|ربما يعجبك(?: أيضا)?|(?:اقرأ|إقرأ|اقرئي|طالع|شاهد)(?: أيضا| ايضا| كذلك| المزيد| أكثر)?|مقالات ذات صلة|أخبار ذات صلة|مواضيع ذات صلة|موضوعات ذات صلة|مواد ذات صلة|تقارير ذات صلة|ذات صلة|أخبار متعلقة|مقالات متعلقة|(?:مقالات|أخبار|مواضيع|موضوعات|مواد|قصص|تقارير) (?:مشابهة|مماثلة)|المواضيع المتشابهة|${writersOtherArticles}|(?:مقالات|أخبار|مواضيع|موضوعات|قصص|تقارير) (?:قد )?(?:تهمك|تعجبك)|مقالات مقترحة|مقترحات|اخترنا لك|ننصحك بقراءة|لا تفوت|لا يفوتك|المزيد من [^\\s]+(?: [^\\s]+)?|المزيد (?:حول|عن) [^\\s]+(?: [^\\s]+){0,2}|المزيد|you may also like|you might also like|related(?: articles| posts| stories| news| content| coverage| topics)?|read (?:more|also|next)|more from [^\\s]+(?: [^\\s]+)?|more on this(?: story| topic)?|recommended(?: for you)?|see also|don'?t miss)${tail}`,
);

// Labels of page widgets (most read, latest news, ads) standing on a line of their own.
const widgetLabel = foldedRegex(
  `^(?:الأكثر (?:قراءة|مشاهدة|تداولا|شعبية|تعليقا|مشاركة)|الأكثر قراءة اليوم|آخر الأخبار|أحدث الأخبار|أخبار عاجلة|عاجل|الآن|مباشر|بث مباشر|فيديو|إعلان|اعلان|محتوى مدعوم|(?:ال)?محتوى (?:ال)?إعلاني|محتوى ممول|برعاية|إعلانات|most (?:read|popular|viewed|shared)|trending(?: now)?|latest(?: news)?|breaking(?: news)?|advertisement|sponsored(?: content)?|top stories|live)${tail}`,
);

// "اقرأ أيضا: <headline>" between paragraphs.
const readAlsoLine = foldedRegex(
  '^(?:(?:اقرأ|إقرأ|اقرئي|طالع|شاهد|تابع)(?: أيضا| ايضا| كذلك| المزيد| أكثر)?|(?:قد )?(?:يهمك|يعجبك)(?: أيضا| ايضا)?|المزيد|للمزيد|read (?:more|also|next)|see also|related|watch|more)\\s*[:：\\-–—|»….]+\\s*\\S',
);
const readAlsoBare = foldedRegex('^(?:اقرأ|إقرأ|طالع|شاهد) (?:أيضا|ايضا|كذلك) \\S');

// A quick look at the text as written, before folding it, for the one kind of long furniture.
const mentionsCookies = /الارتباط|كوكيز|cookie/i;
const cookieWord = foldedRegex(
  'ملفات تعريف الارتباط|ملفات الارتباط|ملفات تعريف|الكوكيز|كوكيز|\\bcookies?\\b',
);
// A consent notice speaks of the site itself or ends in its button; an article about cookie
// law does neither.
const siteSpeaking = foldedRegex(
  'هذا الموقع|موقعنا|نستخدم|يستخدم هذا|تصفحك|باستمرارك|متابعة التصفح|this (?:web)?site|we use|our (?:web)?site|by continuing',
);
const consentButton = foldedRegex(
  '(?:موافق|قبول|أوافق|أقبل|رفض|حسنا|accept(?: all)?|agree|ok|got it)\\s*[.!]?$',
);

const noticeLine = foldedRegex(
  '(?:^|\\s)(?:اشترك|اشتركي|اشتركوا|سجل|سجلي|انضم|انضموا)(?: الآن)?(?: مجانا)? (?:في|ب|الى|إلى|ل)?\\s?(?:نشرتنا|النشرة|القائمة البريدية|خدمة|قناتنا|قناة|تطبيق|موقعنا)|فعل الإشعارات|تفعيل الإشعارات|السماح بالإشعارات|تلقي (?:ال)?إشعارات|(?:أدخل|ادخل) بريدك الإلكتروني|فعّل التنبيهات|تفعيل التنبيهات|حمل تطبيق|حمّل تطبيق|حملوا تطبيق|نزل تطبيق|تابعونا على|تابعوا (?:\\S+ ){0,3}على (?:تويتر|فيسبوك|تلغرام|تيليجرام|يوتيوب|انستغرام|إنستغرام|واتساب|تيك توك|جوجل نيوز)|لتصلك آخر الأخبار|ليصلك كل جديد|subscribe (?:to|now)|sign up (?:for|to|now)|newsletter|enable notifications|turn on notifications|download (?:our|the) app|follow us on|join (?:our|us on)',
);

const commentPrompt = foldedRegex(
  `^(?:أضف تعليقك|أضف تعليقا|أضف تعليق|اترك تعليقا|اترك تعليق|اترك ردا|اكتب تعليقك|التعليقات|تعليقات|تعليقات القراء|تعليقات الفيسبوك|لا توجد تعليقات|شارك برأيك|شاركنا رأيك|شاركونا آراءكم|كن أول من يعلق|اسمك|تعليقك|your name|your comment|عدد التعليقات|\\d+ تعليقات?|leave a (?:comment|reply)|comments?|\\d+ comments?|post a comment|add a comment|be the first to comment|join the conversation)(?:\\s*[:：(]?\\s*\\d*\\)?)${tail}`,
);

const tagList = foldedRegex(
  '^(?:الوسوم|وسوم|علامات|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|كلمات دالة|الكلمات الدلالية|التصنيفات|تصنيفات|التصنيف|مواضيع|المواضيع|موضوعات|هاشتاغ|tags|topics|keywords|filed under|categories)\\s*[:：]',
);

const mastheadLine = foldedRegex(
  '(?:جميع الحقوق محفوظة|كل الحقوق محفوظة|الحقوق محفوظة|حقوق النشر محفوظة|حقوق الطبع|©|\\(c\\) ?\\d{4}|all rights reserved|copyright)|^(?:رئيس التحرير|رئيس مجلس الإدارة|رئيسة التحرير|المدير العام|مدير التحرير|نائب رئيس التحرير|المدير المسؤول|editor[- ]in[- ]chief|البريد الإلكتروني|هاتف|فاكس|email|tel|phone)\\s*[:：]',
);

const socialWord =
  'شارك|شاركها|شارك المقال|شارك الخبر|شارك على|مشاركة|انشر|طباعة|إرسال|ارسال|نسخ الرابط|واتساب|واتس اب|فيسبوك|فيس بوك|تويتر|إكس|تلغرام|تيليجرام|لينكد إن|لينكدإن|انستغرام|إنستغرام|يوتيوب|بريد إلكتروني|share|share this|share this article|share on|tweet|facebook|twitter|whatsapp|telegram|linkedin|email|print|copy link|pinterest|reddit|x';
// One run of separators (spaces included) between words: two optional runs side by side would
// let the engine split the same spaces every which way before failing a near-miss line.
const shareBar = foldedRegex(`^(?:(?:${socialWord})(?:[\\s:：|•·،,/\\-–]+|$))+$`);

// "شارك هذا الخبر", "شاركوا المقال عبر", "مشاركة عبر", "انشر على فيسبوك", "share this story": a prompt
// naming what to share or where, followed by nothing but the buttons themselves.
const wordEnd = '(?=[\\s:：!.…|]|$)';
const sharePromptHead = foldedRegex(
  `^(?:شاركوا|شاركي|شاركها|شاركه|شارك|انشروا|انشري|انشر|أرسل|ارسل|مشاركة|share)${wordEnd}` +
    `(?: (?:(?:هذا|هذه|هذي) )?(?:ال)?(?:خبر|مقالة|مقال|حوار|مقابلة|موضوع|تدوينة|قصة|صفحة|فيديو|صورة|تقرير|رابط|منشور|مادة)${wordEnd}` +
    `| (?:this|the) (?:article|story|post|page|news|video)${wordEnd})?` +
    `(?: (?:عبر|على|في|مع|via|on|with)${wordEnd})?`,
);
const shareAudience = foldedRegex(
  '^(?:(?:مواقع|وسائل|شبكات|منصات) التواصل(?: الاجتماعي)?|التواصل الاجتماعي|أصدقائك|اصدقائك|أصدقائكم|صفحتك|حسابك|your friends|friends|social media)',
);
const leadingMarks = /^[\s:：!.…|]+/u;

function isSharePrompt(folded: string): boolean {
  const head = sharePromptHead.exec(folded);
  if (!head) return false;
  const rest = folded.slice(head[0].length).replace(leadingMarks, '').replace(shareAudience, '').trim();
  return rest === '' || shareBar.test(rest);
}

const navHome = foldedRegex('^(?:الرئيسية|الصفحة الرئيسية|home)(?:\\s|$)');
const navSingle = foldedRegex(
  '^(?:الرئيسية|الصفحة الرئيسية|القائمة|القائمة الرئيسية|بحث|ابحث|تسجيل الدخول|تسجيل الخروج|حسابي|اتصل بنا|من نحن|أرشيف|الأرشيف|عودة|رجوع|التالي|السابق|المقال التالي|المقال السابق|home|menu|search|log ?in|sign in|contact us|about us|next|previous|back to top|skip to (?:main )?content)\\s*[:：»›>]*$',
);
const navSeparator = /\s*[|•·»›>]\s*|\s+\/\s+/gu;

const captionStart = foldedRegex(
  '^[(\\[]?\\s*(?:صورة|الصورة|صور|الصور|مصدر الصورة|حقوق الصورة|التعليق على الصورة|تصوير|تعليق الصورة|صورة أرشيفية|صورة تعبيرية|صورة من|فيديو|video|photo|image|picture|image caption|image source|photograph|credit|getty images|reuters|afp|ap photo)\\s*(?:[:：،,\\-–—)\\]]|$)',
);
// News and photo agencies as captions credit them, in Arabic and in Latin letters.
const agencies =
  'رويترز|أ ف ب|أ\\.ف\\.ب|ا ف ب|فرانس برس|أسوشيتد برس|ا ب|أ ب|الأناضول|جيتي|غيتي|getty images|reuters|afp|ap|epa|shutterstock';
// A credit closing a caption: in brackets ("… (أ ف ب)", "… (photo: …)") or after a dash
// ("… - تصوير: محمد").
const captionEnd = foldedRegex(
  `[(\\[]\\s*(?:صورة|الصورة|تصوير|صورة أرشيفية|photo|image|credit|${agencies})(?=[\\s:：/|،,)\\]])[^)\\]]*[)\\]]\\s*$|\\s[-–—|]\\s*(?:تصوير|صورة|الصورة|photo|credit)\\s*[:：]\\s*[^.!?؟:]{1,40}$`,
);
const agencyCredit = foldedRegex(`^[(\\[]?\\s*(?:${agencies})(?:\\s*[/|،,]\\s*(?:${agencies}))*\\s*[)\\]]?$`);
const captionMarker = foldedRegex(
  '^(?:صورة أرشيفية|صورة تعبيرية|صورة من الأرشيف|صور من الفيديو|file photo)$',
);

const sentenceEnd = /[.!?؟؛;:]\s*$/u;

/** True when a line reads like a menu: short items between separators, or a row after "الرئيسية". */
function looksLikeNavigation(text: string, folded: string): boolean {
  if (text.length > 200) return false;
  if (navSingle.test(folded)) return true;
  const items = folded.split(navSeparator).filter((item) => item !== '');
  if (items.length >= 3 && items.every((item) => wordCount(item) <= 4)) return true;
  return navHome.test(folded) && wordCount(folded) <= 15 && !sentenceEnd.test(text);
}

function looksLikeCaption(text: string, folded: string): boolean {
  if (text.length > 250) return false;
  if (captionStart.test(folded) || captionMarker.test(folded) || agencyCredit.test(folded)) return true;
  return captionEnd.test(folded) && text.length <= 200;
}

/**
 * The furniture role of one line or paragraph, or undefined when it may be article text.
 * `position` says where it sits: furniture-like cookie mentions are only trusted at the end.
 */
export function furnitureRole(
  text: string,
  position: 'head' | 'body' | 'tail' = 'body',
): FurnitureRole | undefined {
  const trimmed = text.trim();
  // Long paragraphs are article text; only consent notices run that long.
  if (trimmed === '' || trimmed.length > 400) return undefined;
  if (trimmed.length > 250 && !mentionsCookies.test(trimmed)) return undefined;
  const folded = fold(trimmed);
  if (
    cookieWord.test(folded) &&
    (position === 'tail' || siteSpeaking.test(folded) || consentButton.test(folded))
  ) {
    return 'cookie';
  }
  if (trimmed.length > 250) return undefined;
  if (folded.length <= 60 && relatedHeader.test(folded)) return 'related-header';
  if (folded.length <= 40 && widgetLabel.test(folded)) return 'widget';
  if (folded.length <= 80 && commentPrompt.test(folded)) return 'comments';
  if (readAlsoLine.test(folded) || (trimmed.length <= 200 && readAlsoBare.test(folded))) return 'read-also';
  if (noticeLine.test(folded) && trimmed.length <= 200) return 'notice';
  if (tagList.test(folded)) return 'tags';
  if (trimmed.length <= 200 && mastheadLine.test(folded)) return 'masthead';
  if (folded.length <= 150 && (shareBar.test(folded) || isSharePrompt(folded))) return 'share';
  if (isOpinionDisclaimer(folded)) return 'disclaimer';
  if (isForumFurniture(folded)) return 'forum';
  if (isPosterProfile(folded)) return 'poster';
  if (looksLikeNavigation(trimmed, folded)) return 'nav';
  if (looksLikeCaption(trimmed, folded)) return 'caption';
  return undefined;
}

/** Roles after which a run of short headline-like lines is a list of links, not article text. */
export function opensLinkList(role: string): boolean {
  return role === 'related-header' || role === 'widget';
}

/** A line that could be a linked headline: short, no sentence punctuation at its end. */
export function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 && trimmed.length <= 150 && wordCount(trimmed) <= 22 && !/[.!:؛;]\s*$/u.test(trimmed)
  );
}
