// Preloaded into the API process by the soak benchmark (`node --import probe.mjs main.js`): every
// interval it sends the parent, over the IPC channel, the process's RSS, heap and event-loop delay.
// Nothing else in the API changes.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const interval = Number(process.env.BENCH_PROBE_INTERVAL_MS || 60_000);
if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    const memory = process.memoryUsage();
    process.send?.({
      at: Date.now(),
      rssMb: memory.rss / 2 ** 20,
      heapUsedMb: memory.heapUsed / 2 ** 20,
      delayP50: histogram.percentile(50) / 1e6,
      delayP99: histogram.percentile(99) / 1e6,
      delayMax: histogram.max / 1e6,
    });
    histogram.reset();
  }, interval);
  timer.unref();
  process.channel?.unref();
}
