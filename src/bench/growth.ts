/**
 * How a figure grows with the corpus. `growth` is figure ÷ base figure ÷ scale
 * factor: 1 for a figure that grows linearly, below 1 where a fixed cost (the
 * bundler, the search runtime) dominates, above 1 for faster than linear.
 * A fixed cost can hide a quadratic term in that ratio, so `marginal` compares
 * what each added copy costs between the last two scales with what it cost
 * between the base and the scale before: about 1 for linear, above for faster.
 */

export type Point = { scale: number; value: number };

export type Growth = {
  scale: number;
  value: number;
  /** value ÷ base value ÷ (scale ÷ base scale). */
  growth: number;
  /** Cost per added copy from the previous scale ÷ cost per added copy from the base to the previous scale; NaN where undefined. */
  marginal: number;
  superLinear: boolean;
};

/** Above this, a ratio counts as faster than linear (runs vary by some 10–20 %). */
export const SUPER_LINEAR = 1.25;

export function growthOf(points: readonly Point[], threshold: number = SUPER_LINEAR): Growth[] {
  const sorted = [...points].sort((a, b) => a.scale - b.scale);
  const base = sorted[0];
  if (!base) return [];
  return sorted.map((p, i) => {
    const growth = base.value === 0 ? Number.NaN : p.value / base.value / (p.scale / base.scale);
    let marginal = Number.NaN;
    const prev = sorted[i - 1];
    if (i >= 2 && prev) {
      const before = (prev.value - base.value) / (prev.scale - base.scale);
      const now = (p.value - prev.value) / (p.scale - prev.scale);
      marginal = before > 0 ? now / before : Number.NaN;
    }
    const superLinear =
      (Number.isFinite(growth) && growth > threshold) || (Number.isFinite(marginal) && marginal > threshold);
    return { scale: p.scale, value: p.value, growth, marginal, superLinear };
  });
}
