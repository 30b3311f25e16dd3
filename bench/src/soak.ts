/**
 * Soak: a moderate load (default 50 virtual users, the load benchmark's mix) for a long time
 * (default 60 minutes) against the built API run as a child process with a preloaded probe
 * (resilience/probe.mjs) that reports its RSS, heap and event-loop delay over IPC every interval.
 * Prints one line per interval and, at the end, the trend (least-squares slope) of RSS and heap
 * after the first interval (warm-up). With `--instances N`, the users are spread over N API
 * processes (round-robin) and the probe's figures are those of the first one.
 *
 *   pnpm bench:soak [-- --minutes 60 --vus 50 --interval-s 60 --instances 1]
 */
import { option, percentile, printTable, slope } from './resilience/common.js';
import { prepare, report, runUsers, type Sample } from './resilience/workload.js';

const VUS = option('vus', 50);
const MINUTES = option('minutes', 60);
const INTERVAL_S = option('interval-s', 60);
const THINK_MS = option('think-ms', 1000);
const INSTANCES = option('instances', 1);

async function main() {
  const environment = await prepare({
    vus: VUS,
    citizens: Math.max(2000, VUS),
    port: option('api-port', 3301),
    instances: INSTANCES,
    probeIntervalMs: INTERVAL_S * 1000,
  });
  try {
    const samples: Sample[] = [];
    const started = Date.now();
    const apiSamples = environment.apis[0]!.samples;
    let printed = 0;
    console.log(
      `${VUS} virtual users for ${MINUTES} min; API RSS and event-loop delay every ${INTERVAL_S} s:\n`,
    );
    const header = [
      't (min)',
      'RSS MB',
      'heap MB',
      'loop delay p50 ms',
      'p99 ms',
      'max ms',
      'requests/s',
      'p95 ms',
      'errors',
    ];
    console.log(header.join('  '));
    let windowStart = started;
    const tick = setInterval(() => {
      while (printed < apiSamples.length) {
        const sample = apiSamples[printed++]!;
        const window = samples.filter((s) => s.at > windowStart && s.at <= sample.at);
        windowStart = sample.at;
        const times = window.map((s) => s.ms).sort((a, b) => a - b);
        console.log(
          [
            ((sample.at - started) / 60_000).toFixed(1).padStart(7),
            sample.rssMb.toFixed(0).padStart(6),
            sample.heapUsedMb.toFixed(0).padStart(7),
            sample.delayP50.toFixed(1).padStart(17),
            sample.delayP99.toFixed(1).padStart(6),
            sample.delayMax.toFixed(0).padStart(6),
            (window.length / INTERVAL_S).toFixed(1).padStart(10),
            percentile(times, 0.95).toFixed(0).padStart(6),
            String(window.filter((s) => s.error).length).padStart(6),
          ].join('  '),
        );
      }
    }, 1000);
    await runUsers(environment, {
      until: started + MINUTES * 60_000,
      thinkMs: THINK_MS,
      rampMs: 10_000,
      onSample: (sample) => samples.push(sample),
    });
    // Let the last interval's sample arrive.
    const last = Date.now();
    while (
      apiSamples.length * INTERVAL_S * 1000 < last - started &&
      Date.now() - last < INTERVAL_S * 1000 + 5000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await new Promise((resolve) => setTimeout(resolve, 1100));
    clearInterval(tick);

    const steady = apiSamples.slice(1);
    const points = (pick: (s: (typeof apiSamples)[number]) => number) =>
      steady.map((s) => [(s.at - started) / 3_600_000, pick(s)] as [number, number]);
    console.log(
      `\nTrend after the first interval (warm-up), least-squares slope over ${steady.length} samples:\n`,
    );
    printTable(
      ['measure', 'first', 'last', 'min', 'max', 'slope per hour'],
      (
        [
          ['RSS (MB)', (s) => s.rssMb],
          ['heap used (MB)', (s) => s.heapUsedMb],
          ['event-loop delay p99 (ms)', (s) => s.delayP99],
        ] as [string, (s: (typeof apiSamples)[number]) => number][]
      ).map(([name, pick]) => {
        const values = steady.map(pick);
        return [
          name,
          values[0]?.toFixed(1) ?? '-',
          values.at(-1)?.toFixed(1) ?? '-',
          values.length ? Math.min(...values).toFixed(1) : '-',
          values.length ? Math.max(...values).toFixed(1) : '-',
          slope(points(pick)).toFixed(1),
        ];
      }),
    );
    console.log('\nRequests over the whole run:\n');
    report(samples, (Date.now() - started) / 1000, environment.operations);
  } finally {
    await environment.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
