/** The value at percentile `p` (0–100) of ascending numbers; undefined when there are none. */
export const percentile = (sorted: readonly number[], p: number): number | undefined => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
