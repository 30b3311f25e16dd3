import { Agent } from 'node:http';
import { type Endpoint, send } from '../http-post.js';

/** One server's way of asking one question: the bodies rotate over the vacancies. */
export interface Target extends Endpoint {
  bodies: string[];
}

export interface LoadResult {
  requests: number;
  rps: number;
  /** Each request's time, ms. */
  latencies: number[];
  bytes: number;
}

/** `concurrency` clients on kept-alive connections, each sending its next request as the last returns. */
export async function load(target: Target, concurrency: number, durationMs: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const body = target.bodies[next++ % target.bodies.length]!;
      const sent = performance.now();
      const response = await send(agent, target, body);
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${response.body.slice(0, 300)}`);
      latencies.push(performance.now() - sent);
      bytes += Buffer.byteLength(response.body);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = performance.now() - started;
  agent.destroy();
  return { requests: latencies.length, rps: (latencies.length * 1000) / elapsed, latencies, bytes };
}
