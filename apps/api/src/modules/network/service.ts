import {
  citizens,
  comuni,
  type Db,
  membershipFees,
  memberships,
  networks,
  operators,
  sportelli,
  type Tx,
  users,
} from '@sportello/db';
import { normalizeEmail } from '@sportello/domain';
import { and, asc, count, eq, gte, ilike, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { escapeLike } from '../../lib/like.js';
import type { ReadOnce } from '../../lib/reference-data.js';
import { emailField, isUuid, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { IdentityService } from '../identity/service.js';

export type Comune = typeof comuni.$inferSelect;
export type Network = typeof networks.$inferSelect;
export type SportelloRecord = typeof sportelli.$inferSelect;
/** A year's fee, with how many residents of the comune had registered by the end of that year. */
export type MembershipFeeRecord = typeof membershipFees.$inferSelect & { registeredResidents: number };
export type MembershipRecord = typeof memberships.$inferSelect & { fees: MembershipFeeRecord[] };
export type OperatorRecord = { user: typeof users.$inferSelect; sportelloId: string };

const today = () => sql`current_date`;

/** Membership in force today. */
const activeMembership = and(
  lte(memberships.startsOn, today()),
  or(isNull(memberships.endsOn), gte(memberships.endsOn, today())),
);

export function createNetworkService(
  db: Db,
  identity: IdentityService,
  comuniRead: ReadOnce<Map<string, Comune>>,
) {
  // A few thousand rows, read once: every lookup after is a map's.
  const allComuni = (executor: Db | Tx) =>
    comuniRead(() =>
      executor
        .select()
        .from(comuni)
        .then((rows) => new Map(rows.map((comune) => [comune.istatCode, comune]))),
    );

  /** Today's member comuni of each network, in one statement for any number of networks. */
  async function memberComuniOf(networkIds: readonly string[]): Promise<Map<string, Comune[]>> {
    const rows = networkIds.length
      ? await db
          .select({ networkId: memberships.networkId, comune: comuni })
          .from(memberships)
          .innerJoin(comuni, eq(comuni.istatCode, memberships.comuneCode))
          .where(and(inArray(memberships.networkId, [...networkIds]), activeMembership))
          .orderBy(asc(comuni.name))
      : [];
    const byNetwork = new Map<string, Comune[]>(networkIds.map((id) => [id, []]));
    for (const row of rows) byNetwork.get(row.networkId)?.push(row.comune);
    return byNetwork;
  }

  const memberComuni = async (networkId: string) => (await memberComuniOf([networkId])).get(networkId) ?? [];

  async function isMember(networkId: string, comuneCode: string): Promise<boolean> {
    const [row] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(eq(memberships.networkId, networkId), eq(memberships.comuneCode, comuneCode), activeMembership),
      );
    return Boolean(row);
  }

  return {
    memberComuniOf,
    isMember,

    listNetworks: () => db.select().from(networks).orderBy(asc(networks.name)),

    async networkBySlug(slug: string): Promise<Network | undefined> {
      const [row] = await db.select().from(networks).where(eq(networks.slug, slug));
      return row;
    },

    /** Audited: what the privacy notice says is a statement of the network. */
    async updatePrivacy(
      networkId: string,
      input: { privacyController: string; dpoEmail: string },
      actorUserId: string,
    ): Promise<Network> {
      const dpo = emailField('dpoEmail', input.dpoEmail.trim());
      const errors = [...requiredText('privacyController', input.privacyController, 3, 300), ...dpo.errors];
      if (errors.length || !dpo.email) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(networks)
          .set({ privacyController: input.privacyController.trim(), dpoEmail: dpo.email })
          .where(eq(networks.id, networkId))
          .returning();
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'network.privacy_updated',
          subjectType: 'network',
          subjectId: networkId,
        });
        return row!;
      });
    },

    /** Audited. */
    async setCompanyResponseDays(networkId: string, days: number, actorUserId: string) {
      if (!Number.isInteger(days) || days < 1 || days > 60) {
        throw new UserErrors([userError('days', 'OUT_OF_RANGE', 'Indica un numero di giorni tra 1 e 60.')]);
      }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(networks)
          .set({ companyResponseDays: days })
          .where(eq(networks.id, networkId))
          .returning({ days: networks.companyResponseDays });
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'network.company_response_days_changed',
          subjectType: 'network',
          subjectId: networkId,
          details: { days },
        });
        return row!.days;
      });
    },

    /** Audited. */
    async setVacancyPayRequired(networkId: string, required: boolean, actorUserId: string) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(networks)
          .set({ vacancyPayRequired: required })
          .where(eq(networks.id, networkId))
          .returning({ required: networks.vacancyPayRequired });
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'network.vacancy_pay_rule_changed',
          subjectType: 'network',
          subjectId: networkId,
          details: { required },
        });
        return row!.required;
      });
    },

    /**
     * Audited. Turning the requirement on asks the admin to have a second factor first, so that
     * whoever sets the rule is not the first one it stops.
     */
    async setStaffTwoFactorRequired(networkId: string, required: boolean, actorUserId: string) {
      if (required) {
        const admin = await identity.userById(actorUserId);
        const status = admin ? await identity.twoFactorStatus(admin) : null;
        if (!status?.enabled) {
          throw new UserErrors([
            userError(
              'required',
              'TWO_FACTOR_NOT_ENABLED',
              'Prima attiva la verifica in due passaggi sul tuo account, da «Sicurezza dell’account».',
            ),
          ]);
        }
      }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(networks)
          .set({ staffTwoFactorRequired: required })
          .where(eq(networks.id, networkId))
          .returning({ required: networks.staffTwoFactorRequired });
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'network.staff_two_factor_required_changed',
          subjectType: 'network',
          subjectId: networkId,
          details: { required },
        });
        return row!.required;
      });
    },

    async networkById(id: string): Promise<Network | undefined> {
      const [row] = await db.select().from(networks).where(eq(networks.id, id));
      return row;
    },

    /** Each known code's comune once; the first read runs on the caller's transaction when there is one. */
    async comuniByCodes(codes: readonly string[], executor: Db | Tx = db): Promise<Comune[]> {
      if (codes.length === 0) return [];
      const known = await allComuni(executor);
      return [...new Set(codes)].flatMap((code) => known.get(code) ?? []);
    },

    async searchComuni(text: string, limit: number): Promise<Comune[]> {
      const term = text.trim();
      if (term.length < 2) return [];
      const escaped = escapeLike(term);
      return db
        .select()
        .from(comuni)
        .where(ilike(comuni.name, `%${escaped}%`))
        .orderBy(sql`${comuni.name} not ilike ${`${escaped}%`}`, asc(comuni.name))
        .limit(limit);
    },

    /**
     * A comune outside the network gets an error that lists the member comuni, so the person knows
     * where the service is available.
     */
    async requireMemberComune(networkId: string, comuneCode: string, field: string): Promise<UserError[]> {
      if (await isMember(networkId, comuneCode)) return [];
      const names = (await memberComuni(networkId)).map((c) => c.name).join(', ');
      return [
        userError(
          field,
          'COMUNE_NOT_IN_NETWORK',
          `Il servizio è riservato ai comuni della rete: ${names}. Il comune indicato non ne fa parte.`,
        ),
      ];
    },

    /** A sportello of the network, else NOT_FOUND on the field. */
    async requireNetworkSportello(
      networkId: string,
      sportelloId: string,
      field: string,
    ): Promise<UserError[]> {
      const [sportello] = isUuid(sportelloId)
        ? await db.select().from(sportelli).where(eq(sportelli.id, sportelloId))
        : [];
      return sportello?.networkId === networkId
        ? []
        : [userError(field, 'NOT_FOUND', 'Sportello non trovato nella rete.')];
    },

    async listMemberships(networkId: string): Promise<MembershipRecord[]> {
      const rows = await db
        .select()
        .from(memberships)
        .where(eq(memberships.networkId, networkId))
        .orderBy(asc(memberships.startsOn));
      // One statement: each fee with the residents of its comune registered before the next 1 January.
      const fees = rows.length
        ? await db
            .select({ fee: membershipFees, registeredResidents: count(citizens.userId) })
            .from(membershipFees)
            .innerJoin(memberships, eq(memberships.id, membershipFees.membershipId))
            .leftJoin(
              citizens,
              and(
                eq(citizens.networkId, memberships.networkId),
                eq(citizens.residenceComuneCode, memberships.comuneCode),
                lt(
                  citizens.createdAt,
                  sql`make_timestamptz(${membershipFees.year} + 1, 1, 1, 0, 0, 0, 'Europe/Rome')`,
                ),
              ),
            )
            .where(
              inArray(
                membershipFees.membershipId,
                rows.map((r) => r.id),
              ),
            )
            .groupBy(
              membershipFees.membershipId,
              membershipFees.year,
              membershipFees.networkId,
              membershipFees.amountCents,
              membershipFees.status,
              membershipFees.paidOn,
            )
            .orderBy(asc(membershipFees.year))
            .then((found) => found.map(({ fee, registeredResidents }) => ({ ...fee, registeredResidents })))
        : [];
      return rows.map((row) => ({ ...row, fees: fees.filter((fee) => fee.membershipId === row.id) }));
    },

    listSportelli: (networkId: string) =>
      db.select().from(sportelli).where(eq(sportelli.networkId, networkId)).orderBy(asc(sportelli.name)),

    /** Runs on the caller's transaction when there is one: PGlite has a single connection. */
    async sportelliByIds(ids: readonly string[], executor: Db | Tx = db) {
      if (ids.length === 0) return [];
      return executor
        .select()
        .from(sportelli)
        .where(inArray(sportelli.id, [...ids]));
    },

    async operatorsByIds(ids: readonly string[]): Promise<OperatorRecord[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return db
        .select({ user: users, sportelloId: operators.sportelloId })
        .from(operators)
        .innerJoin(users, eq(users.id, operators.userId))
        .where(inArray(operators.userId, valid));
    },

    /** Where a sportello's notices go: its own address and its active operators'. */
    async sportelloMailboxes(sportelloId: string, executor: Db | Tx = db): Promise<string[]> {
      const [sportello] = await executor
        .select({ email: sportelli.email })
        .from(sportelli)
        .where(eq(sportelli.id, sportelloId));
      const staff = await executor
        .select({ email: users.email })
        .from(operators)
        .innerJoin(users, eq(users.id, operators.userId))
        .where(and(eq(operators.sportelloId, sportelloId), isNull(users.disabledAt)));
      return [...new Set([sportello?.email, ...staff.map((s) => s.email)].filter((e): e is string => !!e))];
    },

    async listOperators(networkId: string): Promise<OperatorRecord[]> {
      return db
        .select({ user: users, sportelloId: operators.sportelloId })
        .from(operators)
        .innerJoin(users, eq(users.id, operators.userId))
        .where(eq(operators.networkId, networkId))
        .orderBy(asc(users.familyName), asc(users.givenName));
    },

    async createSportello(
      networkId: string,
      input: {
        comuneCode: string;
        name: string;
        address: string;
        email?: string | null;
        phone?: string | null;
      },
    ) {
      const errors: UserError[] = [
        ...requiredText('name', input.name, 2, 120),
        ...requiredText('address', input.address, 3, 200),
        ...(await this.requireMemberComune(networkId, input.comuneCode, 'comuneCode')),
      ];
      const email = input.email ? normalizeEmail(input.email) : null;
      if (input.email && !email)
        errors.push(userError('email', 'INVALID_EMAIL', 'Indirizzo email non valido.'));
      if (errors.length) throw new UserErrors(errors);
      const [row] = await db
        .insert(sportelli)
        .values({
          networkId,
          comuneCode: input.comuneCode,
          name: input.name.trim(),
          address: input.address.trim(),
          email,
          phone: input.phone?.trim() || null,
        })
        .returning();
      return row!;
    },

    async createOperator(
      networkId: string,
      input: { sportelloId: string; email: string; givenName: string; familyName: string },
    ) {
      const errors: UserError[] = [
        ...requiredText('givenName', input.givenName, 1, 80),
        ...requiredText('familyName', input.familyName, 1, 80),
      ];
      const email = normalizeEmail(input.email);
      if (!email) errors.push(userError('email', 'INVALID_EMAIL', 'Indirizzo email non valido.'));
      const [sportello] = isUuid(input.sportelloId)
        ? await db
            .select()
            .from(sportelli)
            .where(and(eq(sportelli.id, input.sportelloId), eq(sportelli.networkId, networkId)))
        : [];
      if (!sportello) errors.push(userError('sportelloId', 'NOT_FOUND', 'Sportello non trovato.'));
      if (email && (await identity.emailTaken(email))) {
        errors.push(userError('email', 'EMAIL_TAKEN', 'Esiste già un account con questa email.'));
      }
      if (errors.length || !email || !sportello) throw new UserErrors(errors);
      const { user, send } = await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({
            networkId,
            kind: 'OPERATOR',
            email,
            givenName: input.givenName.trim(),
            familyName: input.familyName.trim(),
          })
          .returning();
        await tx.insert(operators).values({ userId: user!.id, networkId, sportelloId: sportello.id });
        const send = await identity.sendInvitation({ ...user!, email }, '/operatori', tx);
        return { user: user!, send };
      });
      await send();
      return { user, sportelloId: sportello.id };
    },
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
