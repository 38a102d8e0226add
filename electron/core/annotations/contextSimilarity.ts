/**
 * How closely stored context matches the text beside a candidate match, from 0 (nothing in
 * common) to 1 (identical). The context must touch the match: a prefix is aligned so that it
 * ends where the candidate starts, a suffix so that it starts where the candidate ends; extra
 * text further away is free. Scoring an unanchored search instead would reward context found
 * anywhere nearby and blur which of several repeated passages was meant.
 */

/** Edit distance between `pattern` and the best prefix of `text` (read forwards). */
function leadingDistance(pattern: string, text: string): number {
  return boundedDistance(
    pattern.length,
    text.length,
    (i) => pattern.charCodeAt(i),
    (j) => text.charCodeAt(j),
  );
}

/** Edit distance between `pattern` and the best suffix of `text` (both read backwards). */
function trailingDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  return boundedDistance(
    m,
    n,
    (i) => pattern.charCodeAt(m - 1 - i),
    (j) => text.charCodeAt(n - 1 - j),
  );
}

/**
 * Levenshtein distance of the whole pattern against text[0..j) for the best j. One row of the
 * table is kept; patterns here are short (tens of characters), so this stays cheap.
 */
function boundedDistance(m: number, n: number, p: (i: number) => number, t: (j: number) => number): number {
  // previous[j]: distance of pattern[0..i) to text[0..j).
  let previous = new Uint32Array(n + 1);
  let current = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const pc = p(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitution = previous[j - 1]! + (t(j - 1) === pc ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (previous[j]! < best) best = previous[j]!;
  return best;
}

/** Similarity of a stored prefix to the text that ends where a candidate starts. */
export function prefixSimilarity(prefix: string, textBefore: string): number {
  if (prefix.length === 0) return textBefore.length === 0 ? 1 : 0.5;
  return 1 - trailingDistance(prefix, textBefore) / prefix.length;
}

/** Similarity of a stored suffix to the text that starts where a candidate ends. */
export function suffixSimilarity(suffix: string, textAfter: string): number {
  if (suffix.length === 0) return textAfter.length === 0 ? 1 : 0.5;
  return 1 - leadingDistance(suffix, textAfter) / suffix.length;
}
