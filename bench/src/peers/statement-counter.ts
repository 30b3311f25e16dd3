import { createConnection, createServer, type Server } from 'node:net';

const EXECUTE = 0x45; // 'E': runs a prepared or unnamed statement (extended protocol)
const QUERY = 0x51; // 'Q': a simple query

/**
 * A TCP proxy in front of PostgreSQL that counts the statements its clients run, reading the
 * frontend messages of the wire protocol. Only for the counting pass: it costs a hop per message.
 */
export async function statementCounter(target: { host: string; port: number }) {
  let statements = 0;
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    // The startup message has no type byte; every message after it has one.
    let started = false;
    let header = Buffer.alloc(0);
    let skip = 0;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      let at = 0;
      while (at < chunk.length) {
        if (skip > 0) {
          const skipped = Math.min(skip, chunk.length - at);
          skip -= skipped;
          at += skipped;
          continue;
        }
        const size = started ? 5 : 4;
        const taken = chunk.subarray(at, at + size - header.length);
        header = Buffer.concat([header, taken]);
        at += taken.length;
        if (header.length < size) break;
        if (started) {
          if (header[0] === EXECUTE || header[0] === QUERY) statements++;
          skip = header.readInt32BE(1) - 4;
        } else {
          skip = header.readInt32BE(0) - 4;
          started = true;
        }
        header = Buffer.alloc(0);
      }
    });
    client.on('end', () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    statements: () => statements,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
