/**
 * How much the process's resident memory grows while `work` runs: sampled every few milliseconds on the main thread
 * (the importer works on a worker thread, whose memory is part of the same process), peak minus the start.
 */
export async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number; ms: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
  const timer = setInterval(sample, 2);
  const began = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - began;
    sample();
    return { result, growthMb: (peak - start) / 1024 / 1024, ms };
  } finally {
    clearInterval(timer);
  }
}
