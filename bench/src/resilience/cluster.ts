/**
 * A replicated PostgreSQL on this machine, managed by pg_auto_failover (Debian's
 * postgresql-15-auto-failover): a monitor and two nodes (primary and synchronous standby), each a
 * `pg_autoctl` process of its own run as the `postgres` user, data under a temporary directory.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chownSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from './common.js';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const PACKAGES = ['postgresql-15-auto-failover', 'pg-auto-failover-cli'];

/** Installs pg_auto_failover from Debian when `pg_autoctl` is missing. */
export function ensurePgAutoFailover() {
  try {
    execFileSync('pg_autoctl', ['--version'], { stdio: 'ignore' });
    return;
  } catch {}
  console.log(`Installing ${PACKAGES.join(' ')} (apt-get)...`);
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    execFileSync(root ? args[0]! : 'sudo', root ? args.slice(1) : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    run(['apt-get', 'install', '-y', ...PACKAGES]);
  } catch {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', ...PACKAGES]);
  }
}

export interface NodeState {
  name: string;
  port: number;
  current: string;
  assigned: string;
  healthy: boolean;
}

interface Member {
  name: string;
  port: number;
  pgdata: string;
  process?: ChildProcess;
}

export class Cluster {
  readonly dir: string;
  private readonly uid: number;
  private readonly gid: number;
  private readonly monitor: Member;
  readonly nodes: Member[];
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly ports = { monitor: 6000, nodes: [6001, 6002] },
    readonly dbname = 'sportello',
  ) {
    const ids = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    this.uid = ids('-u');
    this.gid = ids('-g');
    this.dir = mkdtempSync(join(tmpdir(), 'sportello-failover-'));
    chownSync(this.dir, this.uid, this.gid);
    this.env = {
      PATH: `${PG_BIN}:${process.env.PATH}`,
      HOME: this.dir,
      XDG_CONFIG_HOME: join(this.dir, 'config'),
      XDG_DATA_HOME: join(this.dir, 'share'),
      XDG_RUNTIME_DIR: join(this.dir, 'run'),
      PG_CONFIG: `${PG_BIN}/pg_config`,
      LANG: 'C.UTF-8',
    };
    this.monitor = { name: 'monitor', port: ports.monitor, pgdata: join(this.dir, 'monitor') };
    this.nodes = ports.nodes.map((port, i) => ({
      name: `node_${i + 1}`,
      port,
      pgdata: join(this.dir, `node${i + 1}`),
    }));
  }

  /**
   * The application's connection string: every node, and the pool opens connections only to the
   * one that accepts writes. pg_auto_failover keeps a node that must not take writes (a promoted
   * standby whose old primary may not be demoted yet) out of `read-write` sessions with
   * default_transaction_read_only. postgres.js is patched (patches/postgres@3.4.9.patch) to read
   * `read-write` as libpq does, also excluding a hot standby, which PostgreSQL 15 reports with
   * default_transaction_read_only off (https://github.com/hapostgres/pg_auto_failover/issues/970).
   */
  get url(): string {
    const hosts = this.nodes.map((node) => `127.0.0.1:${node.port}`).join(',');
    return `postgres://postgres@${hosts}/${this.dbname}?target_session_attrs=${this.sessionAttrs}`;
  }

  sessionAttrs = process.env.BENCH_TARGET_SESSION_ATTRS ?? 'read-write';

  private monitorUri() {
    return `postgres://autoctl_node@127.0.0.1:${this.ports.monitor}/pg_auto_failover?sslmode=disable`;
  }

  /** A pg_autoctl command run to completion as the postgres user. */
  private autoctl(args: string[]): string {
    return execFileSync('pg_autoctl', args, {
      uid: this.uid,
      gid: this.gid,
      env: this.env,
      cwd: this.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  }

  /** A long-running pg_autoctl (the service of one member), in a process group of its own. */
  private service(member: Member, args: string[]) {
    const log = createWriteStream(join(this.dir, `${member.name}.log`), { flags: 'a' });
    const child = spawn('pg_autoctl', args, {
      uid: this.uid,
      gid: this.gid,
      env: this.env,
      cwd: this.dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    member.process = child;
  }

  psql(port: number, sql: string, dbname = this.dbname): string {
    return execFileSync(
      `${PG_BIN}/psql`,
      ['-h', '/var/run/postgresql', '-p', String(port), '-d', dbname, '-Atc', sql],
      {
        uid: this.uid,
        gid: this.gid,
        cwd: this.dir,
        env: { ...this.env, PGCONNECT_TIMEOUT: '3' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
      .toString()
      .trim();
  }

  async start() {
    for (const dir of ['config', 'share', 'run']) {
      mkdirSync(join(this.dir, dir));
      chownSync(join(this.dir, dir), this.uid, this.gid);
    }
    const common = ['--hostname', '127.0.0.1', '--auth', 'trust', '--no-ssl'];
    this.autoctl([
      'create',
      'monitor',
      '--pgdata',
      this.monitor.pgdata,
      '--pgport',
      String(this.monitor.port),
      ...common,
    ]);
    this.service(this.monitor, ['run', '--pgdata', this.monitor.pgdata]);
    await this.waitFor(
      'the monitor',
      () => this.psql(this.monitor.port, 'select 1', 'pg_auto_failover') === '1',
      60_000,
    );
    // Failure detection in about 1.5 s, and a dead primary counted as demoted after 1 s (defaults:
    // 20 s and 30 s). The short demotion wait is safe because replication is synchronous to the
    // only standby: once the standby stops replicating, an old primary still alive can commit
    // nothing more.
    for (const [setting, value] of Object.entries({
      health_check_period: 500,
      health_check_timeout: 1000,
      health_check_max_retries: 1,
      health_check_retry_delay: 250,
      node_considered_unhealthy_timeout: 1500,
      primary_demote_timeout: 1000,
    })) {
      this.psql(
        this.monitor.port,
        `alter system set pgautofailover.${setting} = ${value}`,
        'pg_auto_failover',
      );
    }
    this.psql(this.monitor.port, 'select pg_reload_conf()', 'pg_auto_failover');

    for (const [index, node] of this.nodes.entries()) {
      this.service(node, [
        'create',
        'postgres',
        '--pgdata',
        node.pgdata,
        '--pgport',
        String(node.port),
        '--name',
        node.name,
        '--dbname',
        this.dbname,
        '--monitor',
        this.monitorUri(),
        '--replication-quorum',
        'true',
        ...common,
        '--run',
      ]);
      if (index === 0)
        await this.waitFor(
          'the first node',
          async () => (await this.states()).some((s) => s.current === 'single'),
          120_000,
        );
    }
    await this.waitHealthy(300_000);
    // pg_autoctl checkpoints right after a promotion and waits for it: a restartpoint every 30 s
    // (instead of 5 min) bounds what that checkpoint writes, the seed included.
    for (const node of this.nodes) {
      this.psql(node.port, "alter system set checkpoint_timeout = '30s'");
      this.psql(node.port, 'select pg_reload_conf()');
    }
  }

  async states(): Promise<NodeState[]> {
    try {
      const json = this.autoctl(['show', 'state', '--pgdata', this.monitor.pgdata, '--json']);
      return (
        JSON.parse(json) as {
          nodename: string;
          nodeport: number;
          current_group_state: string;
          assigned_group_state: string;
          health: number;
        }[]
      ).map((row) => ({
        name: row.nodename,
        port: row.nodeport,
        current: row.current_group_state,
        assigned: row.assigned_group_state,
        healthy: row.health === 1,
      }));
    } catch {
      return [];
    }
  }

  /** Primary and secondary both settled, and the primary commits only once the standby has the WAL. */
  async waitHealthy(timeoutMs: number) {
    await this.waitFor(
      'a primary with a synchronous standby',
      async () => {
        const states = await this.states();
        const primary = states.find((s) => s.current === 'primary' && s.assigned === 'primary');
        const secondary = states.find((s) => s.current === 'secondary' && s.assigned === 'secondary');
        if (!primary || !secondary) {
          // A new standby's base backup waits for a checkpoint: ask for it at once.
          const source = states.find((s) => ['wait_primary', 'primary', 'single'].includes(s.current));
          if (source && states.some((s) => ['wait_standby', 'catchingup'].includes(s.current))) {
            try {
              this.psql(source.port, 'checkpoint');
            } catch {}
          }
          return false;
        }
        const sync = this.psql(
          primary.port,
          "select count(*) from pg_stat_replication where sync_state in ('sync', 'quorum')",
        );
        return sync === '1' && this.psql(primary.port, 'show synchronous_standby_names') !== '';
      },
      timeoutMs,
    );
  }

  async primary(): Promise<Member> {
    const states = await this.states();
    const primary = states.find((s) => s.current === 'primary');
    const member = this.nodes.find((node) => node.name === primary?.name);
    if (!member) throw new Error(`no primary: ${JSON.stringify(states)}`);
    return member;
  }

  /**
   * A checkpoint on the primary, then a restartpoint on the standby: what a cluster that has run
   * for a while has done since a bulk write (the seed) by the time a primary dies.
   */
  async checkpoint() {
    const primary = await this.primary();
    this.psql(primary.port, 'checkpoint');
    for (const node of this.nodes) if (node !== primary) this.psql(node.port, 'checkpoint');
  }

  /** Kills a node as a crash would: its pg_autoctl, its postmaster and every backend, with SIGKILL. */
  kill(member: Member) {
    const pid = member.process?.pid;
    if (pid) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {}
    }
    try {
      const postmaster = Number(readFileSync(join(member.pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (postmaster) process.kill(postmaster, 'SIGKILL');
    } catch {}
    member.process = undefined;
  }

  /** Starts a killed node again: it rejoins as a standby of the new primary (pg_rewind if needed). */
  restart(member: Member) {
    this.service(member, ['run', '--pgdata', member.pgdata]);
  }

  /** The first node that answers a write: the new primary seen from outside, as the application sees it. */
  writable(): number | undefined {
    for (const node of this.nodes) {
      try {
        if (
          this.psql(
            node.port,
            "select not pg_is_in_recovery() and not current_setting('transaction_read_only')::boolean",
          ) === 't'
        )
          return node.port;
      } catch {}
    }
    return undefined;
  }

  /** Stops everything and removes the data; the logs (`*.log`) stay in the directory. */
  async stop() {
    for (const member of [...this.nodes, this.monitor]) this.kill(member);
    await sleep(500);
    for (const entry of readdirSync(this.dir)) {
      if (!entry.endsWith('.log')) rmSync(join(this.dir, entry), { recursive: true, force: true });
    }
  }

  private async waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) {
    const started = Date.now();
    for (;;) {
      let ok = false;
      try {
        ok = await check();
      } catch {}
      if (ok) return;
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `timed out waiting for ${what}: ${JSON.stringify(await this.states())} (logs in ${this.dir})`,
        );
      }
      await sleep(500);
    }
  }
}
