import { foldedRegex } from './fold';

/**
 * Recognises the chrome forum software (vBulletin, phpBB, MyBB and their Arabic translations)
 * prints around a post: the poster's rank and counts, post buttons, edit notes, the signature
 * rule. Each test takes a whole short line, so a post that talks about a forum stays.
 */

// Buttons and labels that stand alone on their line.
const forumButton = foldedRegex(
  '^(?:رد مع اقتباس|اقتباس|اقتباس متعدد|رد|الرد السريع|رد سريع|إضافة رد|اضافة رد|أضف ردا?|رد على الموضوع|موضوع جديد|مشاركة جديدة|إبلاغ عن مشاركة|إبلاغ|تبليغ|أدوات الموضوع|طريقة عرض الموضوع|أنواع عرض الموضوع|الانتقال السريع|الموضوع السابق|الموضوع التالي|عرض الملف الشخصي|مشاهدة ملفه الشخصي|زيارة موقعه|إرسال رسالة خاصة|رسالة خاصة|البحث عن المشاركات|غير متواجد(?: حاليا)?|متواجد(?: حاليا)?|غير متصل|متصل(?: الآن)?|التوقيع|reply with quote|quote|multi-?quote|quick reply|post reply|report post|offline|online)\\s*[:：!]?$',
);

// "المشاركات: 2,418", "تاريخ التسجيل: 12-03-2015", "الإقامة: الرياض": a poster's profile fields,
// each with a short value.
const profileCount = foldedRegex(
  '^(?:المشاركات|مشاركات|عدد المشاركات|المواضيع|عدد المواضيع|الردود|عدد الردود|المشاهدات|عدد المشاهدات|النقاط|السمعة|قوة السمعة|التقييم|معدل تقييم المستوى|شكرا|الشكر|شكر|posts|threads|replies|views|reputation|points|thanks)\\s*[:：]?\\s*[\\d,.٬]+$',
);
const profileField = foldedRegex(
  '^(?:تاريخ التسجيل|تاريخ الانضمام|تاريخ الاشتراك|الإقامة|مكان الإقامة|الجنس|join date|joined|registered|location|gender)\\s*[:：]\\s*\\S+(?: \\S+){0,3}$',
);

// A poster's rank under the name: "عضو ذهبي", "مشرفة قسم الطبخ", "مراقب عام".
const memberRank = foldedRegex(
  '^(?:عضو|عضوة)(?: (?:جديد|جديدة|ذهبي|ذهبية|فضي|فضية|برونزي|برونزية|ماسي|ماسية|بلاتيني|مميز|مميزة|متميز|متميزة|نشيط|نشيطة|نشط|نشطة|فعال|فعالة|محترف|محترفة|مبتدئ|مبتدئة|قدير|قديرة|شرف|مشارك|مشاركة|vip))+$|^(?:مشرف|مشرفة|مراقب|مراقبة)(?: عام| عامة| قسم(?: \\S+){0,2})?$',
);

// "التعديل الأخير تم بواسطة … ; 12-10-2023", "عدل سابقا من قبل … في …": the edit note always
// carries its date, which keeps "عُدّل القانون من قبل البرلمان" in the body.
const editNote = foldedRegex(
  '^(?:التعديل الأخير(?: تم)?|آخر تعديل|اخر تعديل|عدل سابقا|تم تعديل (?:هذه )?المشاركة|تم تعديله|تم تعديلها|last edited) (?:بواسطة|من قبل|من طرف|by)\\s+\\S.*\\d',
);

// The quoted post's attribution: "اقتباس: المشاركة الأصلية كتبت بواسطة …".
const quoteHeader = foldedRegex(
  '^(?:اقتباس\\s*[:：]?\\s*)?(?:المشاركة الأصلية|المشاركه الاصليه)(?: كتبت)? (?:بواسطة|من قبل)\\s+\\S|^(?:originally posted by|quote originally posted by)\\s+\\S',
);

/** True when a short line is a forum's chrome around a post: buttons, edit notes, quote headers. */
export function isForumFurniture(folded: string): boolean {
  if (folded.length > 160) return false;
  if (editNote.test(folded) || quoteHeader.test(folded)) return true;
  return folded.length <= 60 && (forumButton.test(folded) || isSignatureRule(folded));
}

/** True when a short line is part of the poster's profile beside a post: rank, counts, join date. */
export function isPosterProfile(folded: string): boolean {
  return (
    folded.length <= 60 && (profileCount.test(folded) || profileField.test(folded) || memberRank.test(folded))
  );
}

/** The rule vBulletin and its kin draw between a post and the poster's signature. */
export function isSignatureRule(line: string): boolean {
  return /^_{5,}$/u.test(line.trim());
}
