import {
  ateco,
  businessIdeas,
  type Db,
  microcreditPartners,
  microcreditReferralEvents,
  microcreditReferrals,
  type Tx,
} from '@sportello/db';
import { parsePartitaIva } from '@sportello/domain';
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { emailField, isUuid, optionalText, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { NetworkService } from '../network/service.js';
import type { Notify } from '../notifications/service.js';

export type MicrocreditPartner = typeof microcreditPartners.$inferSelect;
export type BusinessIdea = typeof businessIdeas.$inferSelect;
export type MicrocreditReferral = typeof microcreditReferrals.$inferSelect;
export type MicrocreditReferralEvent = typeof microcreditReferralEvents.$inferSelect;
export type ReferralStatus = MicrocreditReferral['status'];

export const BUSINESS_PLAN_STEPS = {
  MARKET_ANALYSIS: 'Analisi del mercato e della concorrenza',
  TARGET_CUSTOMERS: 'Clienti a cui si rivolge l’attività',
  COSTS_AND_PRICES: 'Costi di avvio e prezzi',
  FINANCIAL_PLAN: 'Piano finanziario: quanto serve e come si restituisce',
  LEGAL_FORM: 'Forma giuridica (ditta individuale, società...)',
  PERMITS: 'Permessi, licenze e iscrizioni',
} as const;
export type BusinessPlanStep = keyof typeof BUSINESS_PLAN_STEPS;

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  SENT: 'inviata',
  IN_ASSESSMENT: 'in valutazione',
  GRANTED: 'finanziamento concesso',
  REFUSED: 'finanziamento non concesso',
};

/** Where a referral may go from each status; GRANTED and REFUSED are final. */
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  SENT: ['IN_ASSESSMENT', 'GRANTED', 'REFUSED'],
  IN_ASSESSMENT: ['GRANTED', 'REFUSED'],
  GRANTED: [],
  REFUSED: [],
};

const EUROS = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });

/** The most a microcredit grants: 100,000 euro is well above the legal ceiling (art. 111 TUB). */
const MAX_GRANT_CENTS = 100_000_00;

export interface BusinessIdeaInput {
  title: string;
  description: string;
  atecoCode: string;
  comuneCode: string;
  needs: string;
}

export interface MicrocreditPartnerInput {
  name: string;
  contactEmail?: string | null;
}

export const checklistOf = (idea: BusinessIdea) =>
  (Object.keys(BUSINESS_PLAN_STEPS) as BusinessPlanStep[]).map((step) => ({
    step,
    label: BUSINESS_PLAN_STEPS[step],
    done: idea.checklistDone.includes(step),
  }));

const fail = (field: string, code: string, message: string) =>
  new UserErrors([userError(field, code, message)]);

export function createSelfEmploymentService(db: Db, deps: { network: NetworkService; notify: Notify }) {
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0];

  async function tellCitizen(tx: Tx, idea: BusinessIdea, title: string, body: string) {
    await deps.notify(tx, {
      kind: 'MICROCREDIT',
      networkId: idea.networkId,
      recipients: [idea.citizenId],
      portal: 'CITIZEN',
      path: '/autoimpiego',
      subjectId: idea.id,
      title,
      body,
    });
  }

  async function audit(tx: Tx, idea: BusinessIdea, actorUserId: string, action: string) {
    await recordAudit(tx, {
      networkId: idea.networkId,
      actorUserId,
      action,
      subjectType: 'business_idea',
      subjectId: idea.id,
    });
  }

  return {
    partnerById: (id: string) =>
      one(db.select().from(microcreditPartners).where(eq(microcreditPartners.id, id))),
    ideaById: (id: string) => one(db.select().from(businessIdeas).where(eq(businessIdeas.id, id))),
    referralById: (id: string) =>
      one(db.select().from(microcreditReferrals).where(eq(microcreditReferrals.id, id))),

    partnersOf: (networkId: string) =>
      db
        .select()
        .from(microcreditPartners)
        .where(eq(microcreditPartners.networkId, networkId))
        .orderBy(asc(microcreditPartners.name), asc(microcreditPartners.id)),

    partnersByIds: (ids: readonly string[]) =>
      ids.length
        ? db
            .select()
            .from(microcreditPartners)
            .where(inArray(microcreditPartners.id, [...ids]))
        : [],

    async listIdeas(networkId: string, citizenId: string | null | undefined, page: Page) {
      const where = and(
        eq(businessIdeas.networkId, networkId),
        citizenId ? eq(businessIdeas.citizenId, citizenId) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(businessIdeas)
          .where(where)
          .orderBy(desc(businessIdeas.createdAt), asc(businessIdeas.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(businessIdeas).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    ideasOfCitizen: (citizenId: string) =>
      db
        .select()
        .from(businessIdeas)
        .where(eq(businessIdeas.citizenId, citizenId))
        .orderBy(desc(businessIdeas.createdAt), asc(businessIdeas.id)),

    referralsOf: (ideaId: string) =>
      db
        .select()
        .from(microcreditReferrals)
        .where(eq(microcreditReferrals.ideaId, ideaId))
        .orderBy(desc(microcreditReferrals.createdAt), asc(microcreditReferrals.id)),

    historyOf: (referralId: string) =>
      db
        .select()
        .from(microcreditReferralEvents)
        .where(eq(microcreditReferralEvents.referralId, referralId))
        .orderBy(asc(microcreditReferralEvents.at), asc(microcreditReferralEvents.id)),

    async registerPartner(
      networkId: string,
      actorUserId: string,
      input: MicrocreditPartnerInput,
      idempotencyKey?: string | null,
    ): Promise<MicrocreditPartner> {
      const errors: UserError[] = requiredText('input.name', input.name, 2, 200);
      let email: string | null = null;
      if (input.contactEmail?.trim()) {
        const parsed = emailField('input.contactEmail', input.contactEmail.trim());
        errors.push(...parsed.errors);
        email = parsed.email;
      }
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: actorUserId,
          key: idempotencyKey,
          operation: 'registerMicrocreditPartner',
          request: input,
        },
        async (tx) => {
          const [row] = await tx
            .insert(microcreditPartners)
            .values({ networkId, name: input.name.trim(), contactEmail: email, createdBy: actorUserId })
            .returning({ id: microcreditPartners.id });
          await recordAudit(tx, {
            networkId,
            actorUserId,
            action: 'self_employment.register_partner',
            subjectType: 'microcredit_partner',
            subjectId: row!.id,
          });
          return row!.id;
        },
      );
      return (await this.partnerById(id))!;
    },

    async submitIdea(
      citizen: CitizenRecord,
      actorUserId: string,
      input: BusinessIdeaInput,
      idempotencyKey?: string | null,
    ): Promise<BusinessIdea> {
      const errors: UserError[] = [
        ...requiredText('input.title', input.title, 3, 200),
        ...requiredText('input.description', input.description, 10, 5000),
        ...requiredText('input.needs', input.needs, 3, 2000),
      ];
      const [known] = await db
        .select({ code: ateco.code })
        .from(ateco)
        .where(eq(ateco.code, input.atecoCode));
      if (!known)
        errors.push(
          userError('input.atecoCode', 'UNKNOWN_ATECO', 'Codice ATECO non trovato: sceglilo dalla lista.'),
        );
      errors.push(
        ...(await deps.network.requireMemberComune(citizen.networkId, input.comuneCode, 'input.comuneCode')),
      );
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: actorUserId,
          key: idempotencyKey,
          operation: 'submitBusinessIdea',
          request: { ...input, citizenId: citizen.userId },
        },
        async (tx) => {
          const [row] = await tx
            .insert(businessIdeas)
            .values({
              networkId: citizen.networkId,
              citizenId: citizen.userId,
              title: input.title.trim(),
              description: input.description.trim(),
              atecoCode: input.atecoCode,
              comuneCode: input.comuneCode,
              needs: input.needs.trim(),
              submittedBy: actorUserId,
            })
            .returning();
          await audit(tx, row!, actorUserId, 'self_employment.submit_idea');
          return row!.id;
        },
      );
      return (await this.ideaById(id))!;
    },

    async setStep(idea: BusinessIdea, actorUserId: string, step: BusinessPlanStep, done: boolean) {
      if (!(step in BUSINESS_PLAN_STEPS)) throw fail('step', 'UNKNOWN_STEP', 'Passo del piano non previsto.');
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(businessIdeas)
          .where(eq(businessIdeas.id, idea.id))
          .for('update');
        const steps = new Set(current!.checklistDone);
        if (done) steps.add(step);
        else steps.delete(step);
        const ordered = (Object.keys(BUSINESS_PLAN_STEPS) as BusinessPlanStep[]).filter((s) => steps.has(s));
        const [updated] = await tx
          .update(businessIdeas)
          .set({ checklistDone: ordered })
          .where(eq(businessIdeas.id, idea.id))
          .returning();
        await audit(tx, idea, actorUserId, 'self_employment.checklist');
        return updated!;
      });
    },

    async refer(
      idea: BusinessIdea,
      partnerId: string,
      actorUserId: string,
      idempotencyKey?: string | null,
    ): Promise<BusinessIdea> {
      const partner = isUuid(partnerId) ? await this.partnerById(partnerId) : undefined;
      if (!partner || partner.networkId !== idea.networkId)
        throw fail('partnerId', 'UNKNOWN_PARTNER', 'Scegli un partner della rete.');
      await createOnce(
        db,
        {
          actorId: actorUserId,
          key: idempotencyKey,
          operation: 'referBusinessIdea',
          request: { ideaId: idea.id, partnerId: partner.id },
        },
        async (tx) => {
          const [locked] = await tx
            .select()
            .from(businessIdeas)
            .where(eq(businessIdeas.id, idea.id))
            .for('update');
          if (locked!.businessStartedOn)
            throw fail(
              'ideaId',
              'BUSINESS_STARTED',
              'L’impresa è già avviata: non serve un’altra segnalazione.',
            );
          const open = await tx
            .select({ id: microcreditReferrals.id })
            .from(microcreditReferrals)
            .where(
              and(
                eq(microcreditReferrals.ideaId, idea.id),
                inArray(microcreditReferrals.status, ['SENT', 'IN_ASSESSMENT', 'GRANTED']),
              ),
            );
          if (open.length)
            throw fail(
              'partnerId',
              'ALREADY_REFERRED',
              'L’idea è già segnalata a un partner: aspetta la sua risposta prima di segnalarla a un altro.',
            );
          const [row] = await tx
            .insert(microcreditReferrals)
            .values({
              networkId: idea.networkId,
              ideaId: idea.id,
              partnerId: partner.id,
              createdBy: actorUserId,
            })
            .returning({ id: microcreditReferrals.id });
          await tx.insert(microcreditReferralEvents).values({
            networkId: idea.networkId,
            referralId: row!.id,
            status: 'SENT',
            byUserId: actorUserId,
          });
          await audit(tx, idea, actorUserId, 'self_employment.refer');
          await tellCitizen(
            tx,
            idea,
            'La tua idea d’impresa è stata segnalata per un microcredito',
            `Lo sportello lavoro ha segnalato la tua idea «${idea.title}» a ${partner.name} per un microcredito. Ti diremo quando risponde.`,
          );
          return row!.id;
        },
      );
      return (await this.ideaById(idea.id))!;
    },

    async updateReferral(
      referral: MicrocreditReferral,
      actorUserId: string,
      status: ReferralStatus,
      grantedAmountCents: number | null | undefined,
      note: string | null | undefined,
    ): Promise<BusinessIdea> {
      const errors: UserError[] = optionalText('note', note, 2000);
      if (status === 'GRANTED') {
        if (
          grantedAmountCents == null ||
          !Number.isSafeInteger(grantedAmountCents) ||
          grantedAmountCents < 1 ||
          grantedAmountCents > MAX_GRANT_CENTS
        )
          errors.push(
            userError(
              'grantedAmountCents',
              'OUT_OF_RANGE',
              'Indica l’importo concesso in centesimi di euro, da 1 a 10.000.000 (100.000 euro).',
            ),
          );
      } else if (grantedAmountCents != null)
        errors.push(
          userError(
            'grantedAmountCents',
            'NOT_GRANTED',
            'L’importo si indica solo quando il finanziamento è concesso.',
          ),
        );
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(microcreditReferrals)
          .where(eq(microcreditReferrals.id, referral.id))
          .for('update');
        if (!NEXT[current!.status].includes(status))
          throw fail(
            'status',
            'INVALID_TRANSITION',
            `La segnalazione è «${REFERRAL_STATUS_LABELS[current!.status]}»: non può diventare «${REFERRAL_STATUS_LABELS[status]}».`,
          );
        const amount = status === 'GRANTED' ? grantedAmountCents! : null;
        await tx
          .update(microcreditReferrals)
          .set({ status, grantedAmountCents: amount })
          .where(eq(microcreditReferrals.id, referral.id));
        await tx.insert(microcreditReferralEvents).values({
          networkId: referral.networkId,
          referralId: referral.id,
          status,
          grantedAmountCents: amount,
          note: note?.trim() || null,
          byUserId: actorUserId,
        });
        const [idea] = await tx.select().from(businessIdeas).where(eq(businessIdeas.id, referral.ideaId));
        const [partner] = await tx
          .select()
          .from(microcreditPartners)
          .where(eq(microcreditPartners.id, referral.partnerId));
        await audit(tx, idea!, actorUserId, 'self_employment.update_referral');
        const euro = amount ? ` di ${EUROS.format(amount / 100)}` : '';
        await tellCitizen(
          tx,
          idea!,
          `Microcredito: ${REFERRAL_STATUS_LABELS[status]}`,
          status === 'GRANTED'
            ? `${partner!.name} ha concesso un microcredito${euro} per la tua idea «${idea!.title}».`
            : status === 'REFUSED'
              ? `${partner!.name} non ha concesso il microcredito per la tua idea «${idea!.title}». Lo sportello lavoro ti aiuta a valutare altre strade.`
              : `${partner!.name} sta valutando la tua idea «${idea!.title}».`,
        );
        return idea!;
      });
    },

    async recordStarted(
      idea: BusinessIdea,
      actorUserId: string,
      partitaIva: string,
      startedOn: string,
      today: string,
      then: (tx: Tx, started: BusinessIdea & { businessStartedOn: string }) => Promise<void>,
    ): Promise<BusinessIdea> {
      const errors: UserError[] = [];
      const piva = parsePartitaIva(partitaIva);
      if (!piva.ok)
        errors.push(userError('partitaIva', `PARTITA_IVA_${piva.error.code}`, piva.error.message));
      if (startedOn > today)
        errors.push(userError('startedOn', 'IN_THE_FUTURE', 'La data di avvio non può essere nel futuro.'));
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [updated] = await tx
          .update(businessIdeas)
          .set({ businessStartedOn: startedOn, partitaIva: piva.ok ? piva.value.code : null })
          .where(and(eq(businessIdeas.id, idea.id), isNull(businessIdeas.businessStartedOn)))
          .returning();
        if (!updated)
          throw fail('ideaId', 'BUSINESS_STARTED', 'L’avvio dell’impresa è già stato registrato.');
        await audit(tx, updated!, actorUserId, 'self_employment.business_started');
        await then(tx, { ...updated!, businessStartedOn: startedOn });
        await tellCitizen(
          tx,
          updated!,
          'La tua impresa è avviata',
          `Lo sportello lavoro ha registrato l’avvio della tua impresa «${idea.title}» (partita IVA ${updated!.partitaIva}). Buon lavoro!`,
        );
        return updated!;
      });
    },
  };
}

export type SelfEmploymentService = ReturnType<typeof createSelfEmploymentService>;
