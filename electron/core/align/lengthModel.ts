/**
 * How long a translation runs compared with its source, after Gale & Church (1993): English
 * length is modelled as normal around `ratio` × Arabic length, with variance growing in
 * proportion to the length. Both numbers come from the document at hand, because Arabic is much
 * shorter than English in characters and the gap differs by writer, register and vowelling.
 */
export interface LengthModel {
  /** English characters per Arabic character. */
  ratio: number;
  /** Variance of English length per unit of (mean) length, in English characters. */
  variance: number;
}

/**
 * Relative spread assumed before the document says otherwise: the variance of an English
 * paragraph's length is taken as this × ratio² × its length. Gale & Church measured 6.8 for
 * European pairs counted with c = 1; the bundled sample article (Arabic news and its English)
 * measures 2.9.
 */
export const priorRelativeVariance = 3;

/**
 * How many rows the prior weighs as: a short article's own spread is a noisy estimate (a
 * dozen paragraphs), so it is pulled toward the prior; a long one speaks for itself.
 */
const priorWeight = 10;

/** Refitting needs this many one-to-one rows to say anything about the ratio. */
const minimumRowsToRefit = 8;

/** A floor keeping near-identical test texts from making every small difference look impossible. */
const minimumRelativeVariance = 1;

export function initialModel(arTotal: number, enTotal: number): LengthModel {
  const ratio = arTotal > 0 && enTotal > 0 ? enTotal / arTotal : 1;
  return { ratio, variance: priorRelativeVariance * ratio * ratio };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Standardised gap between the English length and the length the model expects. */
function residual(arLength: number, enLength: number, model: LengthModel): number {
  const mean = (arLength + enLength / model.ratio) / 2;
  return (model.ratio * arLength - enLength) / Math.sqrt(mean);
}

/**
 * Re-estimates the model from rows believed to be one-to-one. The ratio is robust: rows whose
 * log-ratio sits more than three robust deviations from the median (merges or mistranslations
 * the first pass took for one-to-one) are left out. The variance is NOT a median-based one:
 * translation lengths have heavy tails, and a spread fitted to the typical row alone makes
 * every loosely translated paragraph look impossible. It is the mean square of the residuals,
 * leaving out only gross outliers, then pulled toward the prior in proportion to the rows.
 * A ratio known beforehand is kept, and the spread measured around it.
 * Returns null when there are too few rows to say anything.
 */
export function refitModel(
  pairs: ReadonlyArray<readonly [ar: number, en: number]>,
  knownRatio?: number,
): LengthModel | null {
  const usable = pairs.filter(([ar, en]) => ar > 0 && en > 0);
  if (usable.length < minimumRowsToRefit) return null;
  const logRatios = usable.map(([ar, en]) => Math.log(en / ar));
  const centre = median(logRatios);
  const spread = 1.4826 * median(logRatios.map((value) => Math.abs(value - centre)));
  let arSum = 0;
  let enSum = 0;
  usable.forEach(([ar, en], k) => {
    if (Math.abs(logRatios[k]! - centre) <= 3 * spread + 1e-9) {
      arSum += ar;
      enSum += en;
    }
  });
  const ratio = knownRatio ?? enSum / arSum;
  const unit: LengthModel = { ratio, variance: 1 };
  const residuals = usable.map(([ar, en]) => residual(ar, en, unit));
  const typical = Math.max(
    1.4826 * median(residuals.map(Math.abs)),
    Math.sqrt(minimumRelativeVariance) * ratio,
  );
  let squares = 0;
  let kept = 0;
  for (const r of residuals) {
    if (Math.abs(r) > 5 * typical) continue;
    squares += r * r;
    kept++;
  }
  const prior = priorRelativeVariance * ratio * ratio;
  const variance = (priorWeight * prior + squares) / (priorWeight + kept);
  return { ratio, variance: Math.max(variance, minimumRelativeVariance * ratio * ratio) };
}

/**
 * −log of the two-tailed probability of a length gap at least this large, the length term of a
 * bead's cost. Computed in log space from the Numerical Recipes erfc approximation (fractional
 * error below 1.2e-7), so gaps of many deviations still give finite, ordered costs.
 */
export function lengthCost(arLength: number, enLength: number, model: LengthModel): number {
  const mean = (arLength + enLength / model.ratio) / 2;
  if (mean <= 0) return 0;
  const z = Math.abs(model.ratio * arLength - enLength) / Math.sqrt(model.variance * mean);
  // erfc(x) with x = z/√2, since 2·(1 − Φ(z)) = erfc(z/√2).
  const x = z * Math.SQRT1_2;
  const t = 1 / (1 + 0.5 * x);
  const polynomial =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const logErfc = Math.log(t) - x * x + polynomial;
  return Math.max(0, -logErfc);
}
