import { type Db, frontDeskContactCorrections, frontDeskContacts, users } from '@sportello/db';
import { dayInItaly, todayInItaly } from '@sportello/domain';
import { and, count, desc, eq, gte, isNull, lte, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { badInput, type UserError, UserErrors, userError } from '../../lib/errors.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid, optionalText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { NetworkService } from '../network/service.js';

type ContactRow = typeof frontDeskContacts.$inferSelect;
export type FrontDeskContact = ContactRow & { recordedByName: string; enteredInError: boolean };
export type ContactChannel = ContactRow['channel'];
export type ContactTopic = ContactRow['topic'];
export type ContactOutcome = ContactRow['outcome'];

export interface FrontDeskContactInput {
  contactedOn?: string | null;
  channel: ContactChannel;
  topic: ContactTopic;
  comuneCode: string;
  outcome: ContactOutcome;
  citizenId?: string | null;
  note?: string | null;
}

export type ComuneCount = { comuneCode: string; count: number };
export type SportelloCount = { sportelloId: string; count: number };

export interface FrontDeskCounts {
  from: string;
  to: string;
  total: number;
  anonymous: number;
  byChannel: { channel: ContactChannel; count: number }[];
  byTopic: { topic: ContactTopic; count: number }[];
  byOutcome: { outcome: ContactOutcome; count: number }[];
  byComune: ComuneCount[];
  bySportello: SportelloCount[];
}

const CHANNELS: ContactChannel[] = ['DESK', 'PHONE', 'EMAIL', 'VIDEO'];
const TOPICS: ContactTopic[] = ['INFORMATION', 'CV_HELP', 'ORIENTATION', 'COMPANY', 'OTHER'];
const OUTCOMES: ContactOutcome[] = [
  'INFORMATION_GIVEN',
  'APPOINTMENT_BOOKED',
  'REGISTERED',
  'TAKEN_IN_CHARGE',
];
/** How far back a contact may be recorded late. */
const MAX_DAYS_BACK = 30;
const MAX_NOTE = 500;
const MAX_PERIOD_DAYS = 366;

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const notInError = isNull(frontDeskContactCorrections.contactId);

/** Accoglienza: first contacts at the desk, counted per sportello and period. */
export function createFrontDeskService(db: Db, deps: { network: NetworkService }) {
  const contactColumns = {
    contact: frontDeskContacts,
    givenName: users.givenName,
    familyName: users.familyName,
    markedAt: frontDeskContactCorrections.markedAt,
  };

  async function select(where: SQL | undefined, page?: Page): Promise<FrontDeskContact[]> {
    const query = db
      .select(contactColumns)
      .from(frontDeskContacts)
      .innerJoin(users, eq(users.id, frontDeskContacts.recordedBy))
      .leftJoin(frontDeskContactCorrections, eq(frontDeskContactCorrections.contactId, frontDeskContacts.id))
      .where(where)
      .orderBy(desc(frontDeskContacts.createdAt), desc(frontDeskContacts.id));
    const rows = page ? await query.limit(page.limit + 1).offset(page.offset) : await query;
    return rows.map((r) => ({
      ...r.contact,
      recordedByName: `${r.givenName} ${r.familyName}`,
      enteredInError: r.markedAt !== null,
    }));
  }

  async function byId(id: string): Promise<FrontDeskContact | undefined> {
    if (!isUuid(id)) return undefined;
    return (await select(eq(frontDeskContacts.id, id)))[0];
  }

  async function validate(
    networkId: string,
    input: FrontDeskContactInput,
    citizenInNetwork: (id: string) => Promise<boolean>,
  ): Promise<UserError[]> {
    const errors: UserError[] = [];
    const today = todayInItaly();
    const on = input.contactedOn ?? today;
    if (on > today)
      errors.push(userError('contactedOn', 'IN_THE_FUTURE', 'La data non può essere nel futuro.'));
    else if (on < dayInItaly(-MAX_DAYS_BACK))
      errors.push(
        userError('contactedOn', 'TOO_OLD', `Si registrano i contatti degli ultimi ${MAX_DAYS_BACK} giorni.`),
      );
    errors.push(
      ...(await deps.network.requireMemberComune(networkId, input.comuneCode.trim(), 'comuneCode')),
    );
    if (input.citizenId) {
      if (!(await citizenInNetwork(input.citizenId)))
        errors.push(userError('citizenId', 'NOT_FOUND', 'Persona non trovata nella rete.'));
      errors.push(...optionalText('note', input.note, MAX_NOTE));
    } else if (input.note?.trim()) {
      errors.push(
        userError(
          'note',
          'ANONYMOUS_NO_NOTE',
          'Un contatto anonimo non ha note: non si scrivono dati personali. Togli la nota o indica la persona registrata.',
        ),
      );
    }
    if (input.outcome === 'TAKEN_IN_CHARGE' && !input.citizenId)
      errors.push(
        userError('citizenId', 'REQUIRED', 'Per una presa in carico indica la persona registrata.'),
      );
    return errors;
  }

  /** Counts grouped by one column, over the contacts of the period not entered by mistake. */
  function grouped(column: SQLWrapper, where: SQL | undefined) {
    return db
      .select({ key: sql<string>`${column}`, n: count() })
      .from(frontDeskContacts)
      .leftJoin(frontDeskContactCorrections, eq(frontDeskContactCorrections.contactId, frontDeskContacts.id))
      .where(where)
      .groupBy(sql`${column}`);
  }

  return {
    byId,

    /** A sportello's contacts of one day, the latest first, those entered by mistake included. */
    async listForDay(sportelloId: string, on: string, page: Page) {
      const where = and(
        eq(frontDeskContacts.sportelloId, sportelloId),
        eq(frontDeskContacts.contactedOn, on),
      );
      const [rows, [total]] = await Promise.all([
        select(where, page),
        db.select({ n: count() }).from(frontDeskContacts).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async record(
      operator: { userId: string; networkId: string; sportelloId: string },
      input: FrontDeskContactInput,
      idempotencyKey: string | null | undefined,
      citizenInNetwork: (id: string) => Promise<boolean>,
    ): Promise<FrontDeskContact> {
      const errors = await validate(operator.networkId, input, citizenInNetwork);
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: operator.userId,
          key: idempotencyKey,
          operation: 'recordFrontDeskContact',
          request: input,
        },
        async (tx) => {
          const [row] = await tx
            .insert(frontDeskContacts)
            .values({
              networkId: operator.networkId,
              sportelloId: operator.sportelloId,
              recordedBy: operator.userId,
              contactedOn: input.contactedOn ?? todayInItaly(),
              channel: input.channel,
              topic: input.topic,
              comuneCode: input.comuneCode.trim(),
              outcome: input.outcome,
              citizenId: input.citizenId || null,
              note: input.citizenId ? input.note?.trim() || null : null,
            })
            .returning({ id: frontDeskContacts.id });
          return row!.id;
        },
      );
      return (await byId(id))!;
    },

    /** Idempotent: marking again changes nothing and writes no second audit entry. */
    async markInError(contact: FrontDeskContact, operatorId: string): Promise<FrontDeskContact> {
      await db.transaction(async (tx) => {
        const marked = await tx
          .insert(frontDeskContactCorrections)
          .values({ contactId: contact.id, markedBy: operatorId })
          .onConflictDoNothing()
          .returning({ contactId: frontDeskContactCorrections.contactId });
        if (marked.length === 0) return;
        await recordAudit(tx, {
          networkId: contact.networkId,
          actorUserId: operatorId,
          action: 'front_desk.mark_in_error',
          subjectType: 'front_desk_contact',
          subjectId: contact.id,
        });
      });
      return (await byId(contact.id))!;
    },

    /** Counts of the contacts in the period, of one sportello or of the whole network. */
    async counts(
      scope: { networkId: string; sportelloId: string | null },
      from: string,
      to: string,
    ): Promise<FrontDeskCounts> {
      if (to < from) throw badInput('La data finale viene prima di quella iniziale.');
      if (daysBetween(from, to) >= MAX_PERIOD_DAYS)
        throw badInput(`Il periodo è al massimo di ${MAX_PERIOD_DAYS} giorni.`);
      const where = and(
        eq(frontDeskContacts.networkId, scope.networkId),
        scope.sportelloId ? eq(frontDeskContacts.sportelloId, scope.sportelloId) : undefined,
        gte(frontDeskContacts.contactedOn, from),
        lte(frontDeskContacts.contactedOn, to),
        notInError,
      );
      const [channels, topics, outcomes, comuni, sportelli, anonymous] = await Promise.all([
        grouped(frontDeskContacts.channel, where),
        grouped(frontDeskContacts.topic, where),
        grouped(frontDeskContacts.outcome, where),
        grouped(frontDeskContacts.comuneCode, where),
        grouped(frontDeskContacts.sportelloId, where),
        grouped(sql`${frontDeskContacts.citizenId} is null`, where),
      ]);
      const of = (rows: { key: string; n: number }[]) => new Map(rows.map((r) => [String(r.key), r.n]));
      const mostFirst = (rows: { key: string; n: number }[]) =>
        [...rows].sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
      const channelCounts = of(channels);
      const topicCounts = of(topics);
      const outcomeCounts = of(outcomes);
      return {
        from,
        to,
        total: channels.reduce((sum, r) => sum + r.n, 0),
        anonymous: anonymous.find((r) => String(r.key) === 'true')?.n ?? 0,
        byChannel: CHANNELS.map((channel) => ({ channel, count: channelCounts.get(channel) ?? 0 })),
        byTopic: TOPICS.map((topic) => ({ topic, count: topicCounts.get(topic) ?? 0 })),
        byOutcome: OUTCOMES.map((outcome) => ({ outcome, count: outcomeCounts.get(outcome) ?? 0 })),
        byComune: mostFirst(comuni).map((r) => ({ comuneCode: r.key, count: r.n })),
        bySportello: mostFirst(sportelli).map((r) => ({ sportelloId: r.key, count: r.n })),
      };
    },
  };
}

export type FrontDeskService = ReturnType<typeof createFrontDeskService>;
