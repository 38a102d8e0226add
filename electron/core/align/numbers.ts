/**
 * Numbers survive translation better than anything else in a paragraph, but Arabic writes them
 * with its own digits and separators. These helpers bring both languages to one spelling.
 */

const arabicIndicZero = 0x0660;
const extendedIndicZero = 0x06f0;

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to ASCII; other text unchanged. */
export function normaliseDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= extendedIndicZero ? extendedIndicZero : arabicIndicZero;
    return String(code - zero);
  });
}

// Digits with thousands groups (ASCII comma or the Arabic sign ٬ U+066C, always before exactly
// three digits) and a decimal part (ASCII point or the Arabic sign ٫ U+066B). "1.500.000"
// writes groups with points, as much of the Arab press does.
const numberPattern = /\d+(?:[,\u066C]\d{3}(?!\d))*(?:[.\u066B]\d+)*/g;

/**
 * The numbers a text mentions, each as a canonical string: group separators dropped, the
 * decimal mark made a point, leading zeros removed. "1,500", "١٬٥٠٠" and "1500" all give
 * "1500"; "٣٫٥" and "3.5" give "3.5".
 */
export function extractNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of normaliseDigits(text).matchAll(numberPattern)) {
    found.push(canonicalNumber(match[0]));
  }
  return found;
}

function canonicalNumber(raw: string): string {
  let text = raw.replace(/[,\u066C]/g, '').replace(/\u066B/g, '.');
  const points = text.split('.').length - 1;
  if (points > 1 && /^\d+(?:\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  return text.replace(/^0+(?=\d)/, '');
}
