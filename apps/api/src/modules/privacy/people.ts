import {
  type auditLog,
  companies,
  companyMembers,
  type Db,
  operators,
  sportelli,
  users,
} from '@sportello/db';
import { eq, inArray } from 'drizzle-orm';

export const ROLE_LABELS = {
  CITIZEN: 'Cittadino',
  COMPANY_MEMBER: 'Azienda',
  OPERATOR: 'Operatore dello sportello',
  NETWORK_ADMIN: 'Amministratore della rete',
  PLATFORM_ADMIN: 'Amministratore della piattaforma',
} as const;

export type Role = keyof typeof ROLE_LABELS;

/** Someone a record names (who wrote, moved, read): the name and the role they acted in. */
export interface Person {
  id: string;
  name: string;
  role: Role;
  /** The sportello of an operator, the company of a company member. */
  organisation: string | null;
}

/**
 * Records name people by id; the export lists each of them once (`people`), with a name and the
 * role they acted in, so that "who read my data" has an answer. Emails and other details of these
 * people stay out: they are not the subject's data.
 */
export function peopleCollector(db: Db) {
  const ids = new Set<string>();
  const ref = (id: string | null | undefined): string | null => {
    if (id) ids.add(id);
    return id ?? null;
  };
  async function load(): Promise<Person[]> {
    if (ids.size === 0) return [];
    const rows = await db
      .select({
        id: users.id,
        givenName: users.givenName,
        familyName: users.familyName,
        kind: users.kind,
        sportello: sportelli.name,
        company: companies.legalName,
      })
      .from(users)
      .leftJoin(operators, eq(operators.userId, users.id))
      .leftJoin(sportelli, eq(sportelli.id, operators.sportelloId))
      .leftJoin(companyMembers, eq(companyMembers.userId, users.id))
      .leftJoin(companies, eq(companies.id, companyMembers.companyId))
      .where(inArray(users.id, [...ids]))
      .orderBy(users.familyName, users.givenName, users.id);
    return rows.map((r) => ({
      id: r.id,
      name: `${r.givenName} ${r.familyName}`,
      role: r.kind,
      organisation: r.sportello ?? r.company ?? null,
    }));
  }
  return { ref, load };
}

/** An audit row as the access log of an export shows it, its actor named through `ref`. */
export function accessLogEntry(a: typeof auditLog.$inferSelect, ref: (id: string | null) => string | null) {
  return {
    id: a.id,
    at: a.at,
    action: a.action,
    subjectType: a.subjectType,
    subjectId: a.subjectId,
    by: ref(a.actorUserId),
    byIntegration: a.actorClientId,
    reason: a.reason,
  };
}

/** The row without the named columns (secrets, internal keys, ids a nested object replaces). */
export function omit<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const left = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !left.has(key))) as Omit<T, K>;
}
