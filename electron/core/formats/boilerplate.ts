/**
 * Recognises page furniture that scrapers leave at the end of an article ("you may also like",
 * cookie notices, share prompts). Such lines are set aside, never deleted.
 */

// Short lines that only announce more links.
const moreLinksLine =
  /^(?:قد\s+يعجبك\s+(?:أيضا|ايضا|أيضاً|ايضاً)|(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|ايضا|أيضاً|ايضاً|المزيد)|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|المزيد\s+من\s+\S+|شارك(?:\s+\S+)?|تابعونا(?:\s+\S+)?|you\s+may\s+also\s+like|related\s+(?:articles|posts|stories|news)|read\s+(?:more|also)|more\s+from\s+\S+|share(?:\s+this)?|follow\s+us)\s*[:：.…]*$/iu;

// Consent notices, recognisable by what they speak of.
const cookieNotice = /ملفات\s+تعريف\s+الارتباط|الكوكيز|\bcookies?\b/iu;

const maxFurnitureLength = 400;

export function isTrailingBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length === 0) return false;
  if (text.length <= 60 && moreLinksLine.test(text)) return true;
  return text.length <= maxFurnitureLength && cookieNotice.test(text);
}

/**
 * Splits a list of paragraphs into the body and the run of boilerplate at its end.
 * The body always keeps at least one paragraph: when in doubt, keep the text.
 */
export function splitTrailingBoilerplate(paragraphs: string[]): { body: string[]; trailing: string[] } {
  let end = paragraphs.length;
  while (end > 1 && isTrailingBoilerplate(paragraphs[end - 1]!)) end--;
  return { body: paragraphs.slice(0, end), trailing: paragraphs.slice(end) };
}
