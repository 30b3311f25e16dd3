import { companies, companyMembers, type Db, users } from '@sportello/db';
import { parseCompanyTaxCode, parsePartitaIva } from '@sportello/domain';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { Page } from '../../lib/pagination.js';
import {
  acceptedPrivacy,
  emailField,
  isUuid,
  requiredText,
  violatedConstraint,
} from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { IdentityService } from '../identity/service.js';
import type { NetworkService } from '../network/service.js';
import { companyReviewed } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';

export type Company = typeof companies.$inferSelect;
export type CompanyStatus = Company['status'];

export interface RegisterCompanyInput {
  networkSlug: string;
  legalName: string;
  partitaIva: string;
  codiceFiscale?: string | null;
  comuneCode: string;
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  privacyNoticeAccepted: boolean;
}

const PIVA_TAKEN = userError(
  'partitaIva',
  'PARTITA_IVA_TAKEN',
  "Un'azienda con questa partita IVA è già registrata nella rete: chiedi l'accesso al suo referente o allo sportello.",
);
const EMAIL_TAKEN = userError('email', 'EMAIL_TAKEN', 'Esiste già un account con questa email.');

export function createCompanyService(
  db: Db,
  identity: IdentityService,
  network: NetworkService,
  notify: Notify,
) {
  return {
    async register(input: RegisterCompanyInput): Promise<Company> {
      const net = await network.networkBySlug(input.networkSlug);
      if (!net)
        throw new UserErrors([userError('networkSlug', 'NETWORK_NOT_FOUND', 'Rete di comuni non trovata.')]);
      const errors: UserError[] = [...requiredText('legalName', input.legalName, 2, 200)];
      const piva = parsePartitaIva(input.partitaIva);
      if (!piva.ok)
        errors.push(userError('partitaIva', `PARTITA_IVA_${piva.error.code}`, piva.error.message));
      let codiceFiscale = piva.ok ? piva.value.code : null;
      if (input.codiceFiscale?.trim()) {
        const cf = parseCompanyTaxCode(input.codiceFiscale);
        if (cf.ok) codiceFiscale = cf.value.code;
        else errors.push(userError('codiceFiscale', `CODICE_FISCALE_${cf.error.code}`, cf.error.message));
      }
      const email = emailField('email', input.email);
      errors.push(
        ...email.errors,
        ...requiredText('givenName', input.givenName, 1, 80),
        ...requiredText('familyName', input.familyName, 1, 80),
        ...identity.passwordErrors('password', input.password, input.email),
        ...acceptedPrivacy('privacyNoticeAccepted', input.privacyNoticeAccepted),
        ...(await network.requireMemberComune(net.id, input.comuneCode, 'comuneCode')),
      );
      if (email.email && (await identity.emailTaken(email.email))) errors.push(EMAIL_TAKEN);
      if (errors.length || !piva.ok || !email.email || !codiceFiscale) throw new UserErrors(errors);

      const passwordHash = await identity.hashPassword(input.password);
      try {
        const { company, send } = await db.transaction(async (tx) => {
          const [company] = await tx
            .insert(companies)
            .values({
              networkId: net.id,
              legalName: input.legalName.trim(),
              partitaIva: piva.value.code,
              codiceFiscale,
              comuneCode: input.comuneCode,
              email: email.email!,
            })
            .returning();
          const [user] = await tx
            .insert(users)
            .values({
              networkId: net.id,
              kind: 'COMPANY_MEMBER',
              email: email.email!,
              passwordHash,
              givenName: input.givenName.trim(),
              familyName: input.familyName.trim(),
            })
            .returning();
          await tx.insert(companyMembers).values({ userId: user!.id, companyId: company!.id, role: 'OWNER' });
          return {
            company: company!,
            send: await identity.sendEmailVerification({ ...user!, email: email.email! }, '/aziende', tx),
          };
        });
        await send();
        return company;
      } catch (error) {
        const index = violatedConstraint(error);
        if (index === null) throw error;
        throw new UserErrors([index.includes('email') ? EMAIL_TAKEN : PIVA_TAKEN]);
      }
    },

    async list(networkId: string, status: CompanyStatus | null | undefined, page: Page) {
      const where = and(
        eq(companies.networkId, networkId),
        status ? eq(companies.status, status) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(companies)
          .where(where)
          .orderBy(desc(companies.createdAt), desc(companies.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(companies).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async byId(id: string): Promise<Company | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(companies).where(eq(companies.id, id));
      return row;
    },

    async byIds(ids: readonly string[]): Promise<Company[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(companies)
        .where(inArray(companies.id, [...ids]));
    },

    /** Only a pending company can be reviewed; a concurrent second review finds it no longer pending. */
    async review(
      company: Company,
      reviewer: { userId: string; networkId: string },
      decision: { status: 'VERIFIED' } | { status: 'REJECTED'; reason: string },
    ): Promise<Company> {
      const reason = decision.status === 'REJECTED' ? decision.reason.trim() : null;
      if (decision.status === 'REJECTED') {
        const errors = requiredText('reason', decision.reason, 5, 500);
        if (errors.length) throw new UserErrors(errors);
      }
      return db.transaction(async (tx) => {
        const [updated] = await tx
          .update(companies)
          .set({
            status: decision.status,
            reviewedBy: reviewer.userId,
            reviewedAt: sql`now()`,
            rejectionReason: reason,
          })
          .where(and(eq(companies.id, company.id), eq(companies.status, 'PENDING')))
          .returning();
        if (!updated) {
          throw new UserErrors([
            userError(null, 'ALREADY_REVIEWED', "L'azienda è già stata verificata o rifiutata."),
          ]);
        }
        await recordAudit(tx, {
          networkId: reviewer.networkId,
          actorUserId: reviewer.userId,
          action: decision.status === 'VERIFIED' ? 'company.verify' : 'company.reject',
          subjectType: 'company',
          subjectId: company.id,
          reason,
        });
        await notify(tx, await companyReviewed(tx, updated));
        return updated;
      });
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;
