/** Median of the finite values, or null when there are none (a run that measured nothing). */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/**
 * Nearest-rank percentile: always one of the measured values, so a p95 of frame times is a
 * frame that really happened rather than an interpolation between two.
 */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  if (p === 50 && sorted.length % 2 === 0) {
    const upper = sorted.length / 2;
    return (sorted[upper - 1]! + sorted[upper]!) / 2;
  }
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function maximum(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  // A loop, not Math.max(...values): frame logs can outgrow the argument limit.
  let max: number | null = null;
  for (const value of finite) if (max === null || value > max) max = value;
  return max;
}

/** app / reference, or null when either side is missing or the reference is zero. */
export function ratio(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null || reference === 0) return null;
  return value / reference;
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
