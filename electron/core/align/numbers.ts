/**
 * Numbers survive translation better than anything else in a paragraph, but Arabic writes them
 * with its own digits and separators. These helpers bring both languages to one spelling.
 */

const arabicIndicZero = 0x0660;
const extendedIndicZero = 0x06f0;
const arabicDigit = /[\u0660-\u0669\u06F0-\u06F9]/;
const arabicDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Any digit, ASCII or Arabic: a paragraph without one mentions no number.
const anyDigit = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to ASCII; other text unchanged. */
export function normaliseDigits(text: string): string {
  // Most text has no Arabic digits; a test without a callback is cheaper than a replace with one.
  if (!arabicDigit.test(text)) return text;
  return text.replace(arabicDigits, (digit) => {
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
  if (!anyDigit.test(text)) return found;
  const digits = normaliseDigits(text);
  numberPattern.lastIndex = 0;
  for (let match = numberPattern.exec(digits); match !== null; match = numberPattern.exec(digits)) {
    found.push(canonicalNumber(match[0]));
  }
  return found;
}

/** Plain digits without a leading zero, the usual case, are canonical as they stand. */
function isPlainNumber(raw: string): boolean {
  if (raw.length > 1 && raw.charCodeAt(0) === 0x30) return false;
  for (let k = 0; k < raw.length; k++) {
    const code = raw.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function canonicalNumber(raw: string): string {
  if (isPlainNumber(raw)) return raw;
  let text = raw.replace(/[,\u066C]/g, '').replace(/\u066B/g, '.');
  const points = text.split('.').length - 1;
  if (points > 1 && /^\d+(?:\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  return text.replace(/^0+(?=\d)/, '');
}
