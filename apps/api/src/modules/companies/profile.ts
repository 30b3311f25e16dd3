import { ateco, companies, companyMembers, companySites, comuni, type Db, users } from '@sportello/db';
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { escapeLike } from '../../lib/like.js';
import { emailField, isUuid, requiredText, violatedConstraint } from '../../lib/validation.js';
import type { IdentityService } from '../identity/service.js';
import type { Company } from './service.js';

export type CompanySite = typeof companySites.$inferSelect;
export type Ateco = typeof ateco.$inferSelect;
export type CompanyRole = (typeof companyMembers.$inferSelect)['role'];
export type CompanyMember = typeof users.$inferSelect & { role: CompanyRole };

/** The company's profile beyond registration: activity, size, sites, members. */
export function createCompanyProfileService(db: Db, identity: IdentityService) {
  return {
    async roleOf(userId: string): Promise<CompanyRole | null> {
      const [row] = await db
        .select({ role: companyMembers.role })
        .from(companyMembers)
        .where(eq(companyMembers.userId, userId));
      return row?.role ?? null;
    },

    async update(
      company: Company,
      input: { atecoCode?: string | null; size?: Company['size'] },
    ): Promise<Company> {
      if (input.atecoCode) {
        const [found] = await db
          .select({ code: ateco.code })
          .from(ateco)
          .where(eq(ateco.code, input.atecoCode));
        if (!found)
          throw new UserErrors([
            userError('atecoCode', 'UNKNOWN_ATECO', 'Codice ATECO non trovato: sceglilo dalla lista.'),
          ]);
      }
      const changes = {
        ...(input.atecoCode !== undefined ? { atecoCode: input.atecoCode || null } : {}),
        ...(input.size !== undefined ? { size: input.size } : {}),
      };
      // Nothing to change is a no-op, not an UPDATE without columns.
      if (Object.keys(changes).length === 0) return company;
      const [row] = await db.update(companies).set(changes).where(eq(companies.id, company.id)).returning();
      return row!;
    },

    async addSite(company: Company, input: { comuneCode: string; address: string }): Promise<void> {
      const errors: UserError[] = requiredText('address', input.address, 3, 200);
      const [comune] = await db
        .select({ code: comuni.istatCode })
        .from(comuni)
        .where(eq(comuni.istatCode, input.comuneCode));
      if (!comune)
        errors.push(userError('comuneCode', 'UNKNOWN_COMUNE', 'Comune non trovato: scegli dalla lista.'));
      if (errors.length) throw new UserErrors(errors);
      await db
        .insert(companySites)
        .values({ companyId: company.id, comuneCode: input.comuneCode, address: input.address.trim() });
    },

    async removeSite(company: Company, siteId: string): Promise<void> {
      const removed = isUuid(siteId)
        ? await db
            .delete(companySites)
            .where(and(eq(companySites.id, siteId), eq(companySites.companyId, company.id)))
            .returning({ id: companySites.id })
        : [];
      if (removed.length === 0) throw new UserErrors([userError('id', 'NOT_FOUND', 'Sede non trovata.')]);
    },

    async sitesOf(companyIds: readonly string[]): Promise<Map<string, CompanySite[]>> {
      const rows = companyIds.length
        ? await db
            .select()
            .from(companySites)
            .where(inArray(companySites.companyId, [...companyIds]))
            .orderBy(asc(companySites.createdAt))
        : [];
      return groupByKey(companyIds, rows, (row) => row.companyId);
    },

    async membersOf(companyIds: readonly string[]): Promise<Map<string, CompanyMember[]>> {
      const rows = companyIds.length
        ? await db
            .select({ user: users, role: companyMembers.role, companyId: companyMembers.companyId })
            .from(companyMembers)
            .innerJoin(users, eq(users.id, companyMembers.userId))
            .where(inArray(companyMembers.companyId, [...companyIds]))
            .orderBy(asc(users.familyName), asc(users.givenName))
        : [];
      const members = rows.map((row) => ({ ...row.user, role: row.role, companyId: row.companyId }));
      return groupByKey(companyIds, members, (member) => member.companyId);
    },

    async atecoByCodes(codes: readonly string[]): Promise<Map<string, Ateco>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select()
        .from(ateco)
        .where(inArray(ateco.code, [...codes]));
      return new Map(rows.map((row) => [row.code, row]));
    },

    async searchAteco(text: string, limit: number): Promise<Ateco[]> {
      const term = text.trim();
      if (term.length < 2) return [];
      const pattern = `%${escapeLike(term)}%`;
      return db
        .select()
        .from(ateco)
        .where(or(ilike(ateco.titleIt, pattern), ilike(ateco.code, `${term}%`)))
        .orderBy(sql`length(${ateco.code})`, asc(ateco.code))
        .limit(limit);
    },

    async invite(
      company: Company,
      input: { email: string; givenName: string; familyName: string; role: CompanyRole },
    ): Promise<CompanyMember> {
      const email = emailField('email', input.email);
      const errors: UserError[] = [
        ...email.errors,
        ...requiredText('givenName', input.givenName, 1, 80),
        ...requiredText('familyName', input.familyName, 1, 80),
      ];
      if (email.email && (await identity.emailTaken(email.email))) {
        errors.push(userError('email', 'EMAIL_TAKEN', 'Esiste già un account con questa email.'));
      }
      if (errors.length || !email.email) throw new UserErrors(errors);
      try {
        const { member, send } = await db.transaction(async (tx) => {
          const [user] = await tx
            .insert(users)
            .values({
              networkId: company.networkId,
              kind: 'COMPANY_MEMBER',
              email: email.email!,
              givenName: input.givenName.trim(),
              familyName: input.familyName.trim(),
            })
            .returning();
          await tx
            .insert(companyMembers)
            .values({ userId: user!.id, companyId: company.id, role: input.role });
          return {
            member: { ...user!, role: input.role },
            send: await identity.sendInvitation({ ...user!, email: email.email! }, '/aziende', tx),
          };
        });
        await send();
        return member;
      } catch (error) {
        if (violatedConstraint(error) !== 'users_email_idx') throw error;
        throw new UserErrors([userError('email', 'EMAIL_TAKEN', 'Esiste già un account con questa email.')]);
      }
    },
  };
}

export type CompanyProfileService = ReturnType<typeof createCompanyProfileService>;
