import type { FastifyBaseLogger } from 'fastify';

/**
 * A background job run every `intervalMs` by each API instance; one run at a time per instance, and
 * `run(at)` runs it at once (tests, the development routes). The job itself must be safe when
 * several instances run it together (rows claimed with SKIP LOCKED, or idempotent updates).
 */
export function createPeriodicJob<Result>(options: {
  name: string;
  log: FastifyBaseLogger;
  run: (at?: Date) => Promise<Result>;
}) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<Result> | undefined;

  const run = (at?: Date) => {
    running ??= options.run(at).finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    run,
    start(intervalMs: number) {
      if (intervalMs <= 0 || timer) return;
      timer = setInterval(() => {
        run().catch((error) => options.log.error({ err: error }, `${options.name} failed`));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

export type PeriodicJob<Result = number> = ReturnType<typeof createPeriodicJob<Result>>;
