import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { DEMO } from './fixtures.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sportello-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts the server the way `pnpm start` does, from source, on the embedded database. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH, PGLITE_DATA_DIR: join(dataDir, 'pglite'), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  );
  return { child, exited, output: () => output };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitReady(base: string, child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('server exited during start');
    const ok = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server not ready in time');
}

describe('configuration', () => {
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'tremila' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'tremila' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a@h1:5432,/db' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a@h 1:5432/db' })).toThrow(/DATABASE_URL/);
    // A replicated cluster: every host, and the pool connects to the one that accepts writes.
    const cluster = 'postgres://app@10.0.0.1:5432,10.0.0.2:5433/db?target_session_attrs=read-write';
    expect(loadConfig({ DATABASE_URL: cluster }).DATABASE_URL).toBe(cluster);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_PRIVATE_KEY/);
    expect(loadConfig({}).PORT).toBe(3000);
  });

  it('stops the process with a message before touching anything', async () => {
    const server = startServer({ PORT: '99999' });
    const { code, output } = await server.exited;
    expect(code).toBe(1);
    expect(output).toMatch(/Invalid configuration:\s+PORT:/);
  });
});

describe('graceful shutdown', () => {
  it('lets in-flight requests finish, refuses new ones, and exits promptly on SIGTERM', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = startServer({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    await waitReady(base, server.child);

    // Each login sends its headers and half its body, then waits: the server has the request in hand
    // (it logs it on arrival) but cannot answer before the rest comes. The signal goes once every one
    // has arrived, and only then do the bodies complete, so all are in flight whatever the load.
    const accounts = [DEMO.operator, DEMO.operatorVarese, DEMO.admin, DEMO.citizen];
    const halfSent = accounts.map((email) => {
      const body = JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }',
        variables: { i: { email, password: 'sportello-demo-2026' } },
      });
      const request = httpRequest(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
        request.on('error', reject);
        request.on('response', (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        });
      });
      const half = Math.floor(body.length / 2);
      request.write(body.slice(0, half));
      return { response, finish: () => request.end(body.slice(half)) };
    });
    const received = () => server.output().match(/"url":"\/graphql".*"incoming request"/g)?.length ?? 0;
    while (received() < accounts.length) await new Promise((r) => setTimeout(r, 5));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    for (const login of halfSent) login.finish();

    const results = await Promise.all(halfSent.map((login) => login.response));
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.body.data.login.session.accessToken).toBeTruthy();
    }
    const late = await fetch(`${base}/health/live`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);

    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
  });
});
