import { type Agent, request } from 'node:http';
import { gunzipSync, inflateSync } from 'node:zlib';

/** Where a benchmark posts its JSON bodies. */
export interface Endpoint {
  port: number;
  path: string;
  headers: Record<string, string>;
}

/**
 * Posts a JSON body and resolves with the status and the whole body, decoded when the server
 * compressed it; rejects when the connection stays silent for `timeoutMs`. Plain `node:http` on
 * the caller's kept-alive agent, not `fetch`: the benchmarks' clients share the two cores with the
 * servers they measure, and fetch's extra layers cost several times as much CPU per request.
 */
export function send(
  agent: Agent,
  endpoint: Endpoint,
  body: string,
  timeoutMs = 60_000,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: '127.0.0.1',
        port: endpoint.port,
        path: endpoint.path,
        method: 'POST',
        headers: {
          ...endpoint.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const raw = Buffer.concat(chunks);
            const encoding = response.headers['content-encoding'];
            const decoded =
              encoding === 'gzip' ? gunzipSync(raw) : encoding === 'deflate' ? inflateSync(raw) : raw;
            resolve({ status: response.statusCode!, body: decoded.toString() });
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`silent for ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
