import { createDb, sportelli } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO, DEMO_NETWORK_SLUG, otherNetworkTokens, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { planOf } from './query-plans.js';
import {
  countsSeenBy,
  currentSettings,
  refusedByPolicy,
  tenantTables,
} from './row-level-security-fixtures.js';

// The reads of every role of one network against another's data, through the API, are in
// authorization-matrix.test.ts (after its operations have written to most tables).

let t: TestApp;
let demoNetworkId: string;
let otherNetworkId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ networkId: otherNetworkId } = await seedOtherNetwork(t));
  await otherNetworkTokens(t, otherNetworkId);
  const [demo] = await t.query<{ id: string }>(
    sql`select id from networks where slug = ${DEMO_NETWORK_SLUG}`,
  );
  demoNetworkId = demo!.id;
});

afterAll(() => t?.close());

describe('row-level security by network', () => {
  it('covers every table with a network_id column with the network policy', async () => {
    const tables = await tenantTables(t);
    expect(tables.length).toBeGreaterThan(50);
    const covered = await t.query<{ table_name: string }>(
      sql`select c.relname as table_name from pg_class c
          join pg_policies p on p.schemaname = 'public' and p.tablename = c.relname
          where c.relrowsecurity and p.policyname = c.relname || '_network'
            and p.qual like '%sportello.network_id%' and p.with_check like '%sportello.network_id%'
          order by 1`,
    );
    expect(covered.map((row) => row.table_name)).toEqual(tables);
  });

  // PGlite has one connection, not scoped by network (see DatabaseHandle.forNetwork).
  describe.skipIf(!process.env.DATABASE_URL)('on PostgreSQL', () => {
    it('connects a network’s requests as the tenant role, with the network set', async () => {
      expect(await currentSettings(t.database.forNetwork(otherNetworkId))).toEqual({
        role: 'sportello_tenant',
        network: otherNetworkId,
        bypass: false,
      });
    });

    it('shows a network none of another network’s rows in any tenant table, even unfiltered', async () => {
      const seen = await countsSeenBy(t, otherNetworkId, demoNetworkId);
      for (const [table, counts] of Object.entries(seen)) {
        expect(counts.tenant, table).toBe(0);
        expect(counts.unfiltered, table).toBe(counts.own);
      }
      // The demo seed's rows were there to hide.
      expect(Object.values(seen).filter((counts) => counts.owner > 0).length).toBeGreaterThan(20);
    });

    it('keeps a bounded number of network pools; one let go still serves the requests holding it', async () => {
      const database = await createDb({ databaseUrl: t.database.url!, poolSize: 1, networkPools: 1 });
      try {
        const demo = database.forNetwork(demoNetworkId);
        expect(database.forNetwork(demoNetworkId)).toBe(demo);
        const other = database.forNetwork(otherNetworkId);
        expect((await currentSettings(demo))?.network).toBe(demoNetworkId);
        expect((await currentSettings(other))?.network).toBe(otherNetworkId);
        expect(database.forNetwork(demoNetworkId)).not.toBe(demo);
      } finally {
        await database.close();
      }
    });

    it('refuses writing another network’s rows, and finds none to change or delete', async () => {
      const tenant = t.database.forNetwork(otherNetworkId);
      const sportello = {
        networkId: demoNetworkId,
        comuneCode: DEMO.legnano,
        name: 'Sportello abusivo',
        address: 'Via Nessuna 1',
      };
      expect(await refusedByPolicy(tenant.insert(sportelli).values(sportello))).toMatch(
        /row-level security policy/,
      );
      const [own] = await tenant.select().from(sportelli).where(eq(sportelli.networkId, otherNetworkId));
      expect(
        await refusedByPolicy(
          tenant.update(sportelli).set({ networkId: demoNetworkId }).where(eq(sportelli.id, own!.id)),
        ),
      ).toMatch(/row-level security policy/);
      const ofDemo = eq(sportelli.networkId, demoNetworkId);
      expect(await tenant.update(sportelli).set({ name: 'Cambiato' }).where(ofDemo).returning()).toEqual([]);
      expect(await tenant.delete(sportelli).where(ofDemo).returning()).toEqual([]);
      expect((await t.db.select().from(sportelli).where(ofDemo)).length).toBeGreaterThan(0);
    });

    it('counts a vacancy’s candidatures from the index alone, the policy’s network included', async () => {
      const [vacancy] = await t.query<{ id: string }>(sql`select vacancy_id as id from applications limit 1`);
      // The scans that read the table off: if the index lacked the network the policy filters on,
      // the plan would read each candidature's row to check it (an index scan).
      const plan = await planOf(
        t.database.forNetwork(demoNetworkId),
        sql`select count(*) from applications where vacancy_id = ${vacancy!.id}`,
        ['enable_seqscan', 'enable_bitmapscan'],
      );
      expect(plan).toContain('Index Only Scan using applications_vacancy_recent_idx');
      expect(plan).toMatch(/Index Cond: .*network_id = /);
    });

    it('runs every statement of a network actor’s request on the network’s connections, files included', async () => {
      const { accessToken } = await t.login(DEMO.operator);
      const [giulia] = await t.query<{ id: string }>(sql`select id from users where email = ${DEMO.citizen}`);
      const onTenant: string[] = [];
      const tenants = await createDb({ databaseUrl: t.database.url!, onQuery: (q) => onTenant.push(q) });
      const forNetwork = vi
        .spyOn(t.database, 'forNetwork')
        .mockImplementation((networkId) => tenants.forNetwork(networkId));
      try {
        const onOwner = t.statements.length;
        const [pdf, read] = await Promise.all([
          t.app.inject({
            method: 'GET',
            url: `/api/cv/${giulia!.id}.pdf`,
            headers: { authorization: `Bearer ${accessToken}` },
          }),
          t.gql(`{ citizen(id: "${giulia!.id}") { givenName cv { headline } } }`, {}, accessToken),
        ]);
        expect(pdf.statusCode).toBe(200);
        expect(read.data?.citizen.givenName).toBe('Giulia');
        expect(t.statements.length).toBe(onOwner);
        expect(onTenant.filter((statement) => statement.includes('"cvs"')).length).toBeGreaterThanOrEqual(2);
      } finally {
        forNetwork.mockRestore();
        await tenants.close();
      }
    });

    it('runs the requests of a network’s actors on that network’s connections', async () => {
      const forNetwork = vi.spyOn(t.database, 'forNetwork');
      try {
        const { accessToken } = await t.login(DEMO.operator);
        forNetwork.mockClear();
        const response = await t.gql('{ me { id } }', {}, accessToken);
        expect(response.errors).toBeUndefined();
        expect(forNetwork.mock.calls).toEqual([[demoNetworkId]]);
        forNetwork.mockClear();
        await t.gql('{ networks { slug } }');
        expect(forNetwork).not.toHaveBeenCalled();
      } finally {
        forNetwork.mockRestore();
      }
    });
  });
});
