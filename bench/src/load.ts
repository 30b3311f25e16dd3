/**
 * Load: N virtual users of the three portals (70% citizens, 15% company, 15% operators) sending the
 * portals' own operations with a think time, for a duration, against the built API (processes of
 * their own, production mode; by default one per CPU core, the users spread over them round-robin
 * as a load balancer would) on a seeded database of the local PostgreSQL (DATABASE_URL's server).
 * Prints p50/p95/p99 per operation and the errors.
 *
 * With `--each`, instead: each operation alone, its statements per request and its requests/s with
 * `--concurrency` users sending it without pause for `--seconds` (one instance by default, its
 * statements counted by a proxy in front of PostgreSQL).
 *
 *   pnpm bench:load [-- --vus 500 --minutes 10 --think-ms 1000 --instances 2 --pool 10]
 *   pnpm bench:load -- --each [--concurrency 16 --seconds 5 --instances 1 --only CvPage]
 */
import { option, textOption } from './resilience/common.js';
import {
  defaultInstances,
  measureEach,
  prepare,
  report,
  runUsers,
  type Sample,
} from './resilience/workload.js';

const EACH = process.argv.includes('--each');

const VUS = option('vus', 500);
const SECONDS = option('seconds', EACH ? 5 : option('minutes', 10) * 60);
const THINK_MS = option('think-ms', 1000);
const INSTANCES = option('instances', EACH ? 1 : defaultInstances());
const POOL = option('pool', 10);

async function main() {
  const environment = await prepare({
    vus: VUS,
    citizens: Math.max(2000, VUS),
    port: option('api-port', 3201),
    instances: INSTANCES,
    poolSize: POOL,
    countStatements: EACH,
  });
  try {
    if (EACH) {
      await measureEach(environment, {
        concurrency: option('concurrency', 16),
        seconds: SECONDS,
        probes: 20,
        only: textOption('only'),
      });
      return;
    }
    const samples: Sample[] = [];
    const started = Date.now();
    console.log(
      `${VUS} virtual users for ${SECONDS} s (think time ${THINK_MS} ms on average, ramp-up 10 s) ...`,
    );
    const progress = setInterval(() => {
      const recent = samples.filter((s) => s.at > Date.now() - 10_000);
      console.log(
        `  ${((Date.now() - started) / 1000).toFixed(0)} s: ${(recent.length / 10).toFixed(0)} requests/s, ${recent.filter((s) => s.error).length} errors in the last 10 s`,
      );
    }, 10_000);
    await runUsers(environment, {
      until: started + SECONDS * 1000,
      thinkMs: THINK_MS,
      rampMs: 10_000,
      onSample: (sample) => samples.push(sample),
    });
    clearInterval(progress);
    console.log(
      `\n${VUS} virtual users, ${SECONDS} s, ${INSTANCES === 1 ? 'one API process' : `${INSTANCES} API processes`} (pool ${POOL} each) on PostgreSQL:\n`,
    );
    report(samples, (Date.now() - started) / 1000, environment.operations);
  } finally {
    await environment.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
