import {
  builtOncePerSession,
  citizens,
  type Db,
  type ExternalClaims,
  isAnyOf,
  type Tx,
  users,
} from '@sportello/db';
import { normalizeEmail } from '@sportello/domain';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { Page } from '../../lib/pagination.js';
import { type PlannedRead, plannedStatement } from '../../lib/sql-planner/index.js';
import {
  acceptedPrivacy,
  codiceFiscaleField,
  emailField,
  isUuid,
  optionalPhone,
  requiredText,
  violatedConstraint,
} from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { IdentityService, Invitee } from '../identity/service.js';
import type { NetworkService } from '../network/service.js';
import type { ConsentService } from './consents.js';

export interface CitizenProfileInput {
  /** Optional only at the desk: a citizen registered by an operator may have no email. */
  email?: string | null;
  givenName: string;
  familyName: string;
  codiceFiscale: string;
  residenceComuneCode: string;
  phone?: string | null;
}

export const MAX_MOBILITY_RADIUS_KM = 500;

export interface UpdateProfileInput {
  email?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  phone?: string | null;
  domicileComuneCode?: string | null;
  employmentStatus?: (typeof citizens.$inferSelect)['employmentStatus'];
  availability?: {
    fullTime: boolean;
    partTime: boolean;
    shifts: boolean;
    mobilityRadiusKm: number;
    hasOwnVehicle: boolean;
    drivingLicences: string[];
  } | null;
}

export type CitizenRecord = typeof citizens.$inferSelect & { user: typeof users.$inferSelect };

const DUPLICATE_CF = userError(
  'codiceFiscale',
  'CODICE_FISCALE_TAKEN',
  'Questo codice fiscale è già registrato nella rete. Se hai dimenticato la password, reimpostala; altrimenti rivolgiti allo sportello.',
);
const CF_TAKEN_LINK_INSTEAD = userError(
  'codiceFiscale',
  'CODICE_FISCALE_TAKEN',
  'Con questo codice fiscale esiste già un account nella rete. Se è tuo, collegalo a SPID o CIE con la sua email e la sua password; altrimenti rivolgiti allo sportello.',
);
const DUPLICATE_EMAIL = userError('email', 'EMAIL_TAKEN', 'Esiste già un account con questa email.');

const citizensWhere = (db: Db, where: SQL) =>
  db.select().from(citizens).innerJoin(users, eq(users.id, citizens.userId)).where(where);
// A citizen's own requests and every page about one citizen read them by id.
const citizenById = builtOncePerSession((db) =>
  citizensWhere(db, eq(citizens.userId, sql.placeholder('id'))).prepare('citizen_by_id'),
);
const citizensByIds = builtOncePerSession((db) =>
  citizensWhere(db, isAnyOf(citizens.userId, 'ids')).prepare('citizens_by_ids'),
);
const citizenOfNetwork = builtOncePerSession((db) =>
  citizensWhere(
    db,
    and(eq(citizens.userId, sql.placeholder('id')), eq(citizens.networkId, sql.placeholder('networkId')))!,
  ).prepare('citizen_of_network'),
);

export function createCitizenService(
  db: Db,
  identity: IdentityService,
  network: NetworkService,
  consents: ConsentService,
) {
  async function byId(networkId: string, id: string): Promise<CitizenRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await citizenOfNetwork(db).execute({ id, networkId });
    return row ? { ...row.citizens, user: row.users } : undefined;
  }

  /** Names that SPID or CIE gave are the provider's: nobody changes them here. */
  async function lockedNames(citizen: CitizenRecord, input: UpdateProfileInput): Promise<UserError[]> {
    const changed = (['givenName', 'familyName'] as const).filter(
      (field) => input[field] != null && input[field].trim() !== citizen.user[field],
    );
    if (changed.length === 0 || !(await identity.externalIdentity(citizen.userId))) return [];
    return changed.map((field) =>
      userError(
        field,
        'IDENTITY_LOCKED',
        'Nome e cognome vengono da SPID o CIE e non si possono cambiare. Se sono sbagliati, rivolgiti al gestore della tua identità digitale.',
      ),
    );
  }

  async function codiceFiscaleTaken(networkId: string, code: string) {
    const [row] = await db
      .select({ id: citizens.userId })
      .from(citizens)
      .where(and(eq(citizens.networkId, networkId), eq(citizens.codiceFiscale, code)));
    return Boolean(row);
  }

  async function validateProfile(networkId: string, input: CitizenProfileInput, emailRequired: boolean) {
    const email =
      emailRequired || input.email?.trim()
        ? emailField('email', input.email?.trim() ?? '')
        : { email: null, errors: [] };
    const cf = codiceFiscaleField('codiceFiscale', input.codiceFiscale);
    const errors: UserError[] = [
      ...email.errors,
      ...requiredText('givenName', input.givenName, 1, 80),
      ...requiredText('familyName', input.familyName, 1, 80),
      ...cf.errors,
      ...optionalPhone('phone', input.phone),
      ...(await network.requireMemberComune(networkId, input.residenceComuneCode, 'residenceComuneCode')),
    ];
    if (email.email && (await identity.emailTaken(email.email))) errors.push(DUPLICATE_EMAIL);
    return { errors, email: email.email, cf: cf.value };
  }

  /** Creates user and citizen in one transaction; the returned callback sends the email after commit. */
  async function create(
    networkId: string,
    input: CitizenProfileInput,
    options: { passwordHash: string | null; registeredBy: string | null; emailVerified?: boolean },
    email: string | null,
    cf: { code: string; birthDate: string },
    /** Runs in the transaction; returns what sends the email after commit. */
    sendMail: (user: Invitee, tx: Tx) => Promise<() => Promise<void>>,
  ) {
    try {
      const { record, send } = await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({
            networkId,
            kind: 'CITIZEN',
            email,
            passwordHash: options.passwordHash,
            emailVerifiedAt: options.emailVerified ? new Date() : null,
            givenName: input.givenName.trim(),
            familyName: input.familyName.trim(),
          })
          .returning();
        const [citizen] = await tx
          .insert(citizens)
          .values({
            userId: user!.id,
            networkId,
            codiceFiscale: cf.code,
            birthDate: cf.birthDate,
            residenceComuneCode: input.residenceComuneCode,
            phone: input.phone?.trim() || null,
            registeredBy: options.registeredBy,
          })
          .returning();
        // Registering (online, or at the desk on paper) means acknowledging the privacy notice.
        await consents.record(tx, { userId: user!.id, networkId }, 'PRIVACY_NOTICE');
        const send = email ? await sendMail({ ...user!, email }, tx) : async () => {};
        return { record: { ...citizen!, user: user! }, send };
      });
      await send();
      return record;
    } catch (error) {
      const index = violatedConstraint(error);
      if (index === null || !/email|_cf_/.test(index)) throw error;
      throw new UserErrors([index.includes('email') ? DUPLICATE_EMAIL : DUPLICATE_CF]);
    }
  }

  /** The email staff give to a citizen still to be activated; the citizen's own address is theirs to keep. */
  async function emailForInvitation(citizen: CitizenRecord, value: string, editorId: string) {
    if (editorId === citizen.userId)
      return {
        email: null,
        errors: [
          userError('email', 'EMAIL_CHANGE_AT_DESK', "Per cambiare l'email rivolgiti allo sportello."),
        ],
      };
    if (citizen.user.passwordHash !== null)
      return {
        email: null,
        errors: [
          userError(
            'email',
            'ACCOUNT_ACTIVE',
            "La persona ha già attivato l'account: l'email resta quella con cui accede.",
          ),
        ],
      };
    const field = emailField('email', value.trim());
    if (field.email && field.email !== citizen.user.email && (await identity.emailTaken(field.email)))
      return { email: null, errors: [DUPLICATE_EMAIL] };
    return field;
  }

  return {
    async register(
      input: CitizenProfileInput & { networkSlug: string; password: string; privacyNoticeAccepted: boolean },
    ) {
      const net = await network.networkBySlug(input.networkSlug);
      if (!net)
        throw new UserErrors([userError('networkSlug', 'NETWORK_NOT_FOUND', 'Rete di comuni non trovata.')]);
      const { errors, email, cf } = await validateProfile(net.id, input, true);
      errors.push(...identity.passwordErrors('password', input.password, email));
      errors.push(...acceptedPrivacy('privacyNoticeAccepted', input.privacyNoticeAccepted));
      if (errors.length || !email || !cf) throw new UserErrors(errors);
      const passwordHash = await identity.hashPassword(input.password);
      return create(net.id, input, { passwordHash, registeredBy: null }, email, cf, (user, tx) =>
        identity.sendEmailVerification(user, '/cittadini', tx),
      );
    },

    /**
     * Registration of a resident who logged in with SPID or CIE: names, codice fiscale and birth
     * date are the provider's, the same residence check applies. `link` ties the identity to the
     * new account in its transaction. An email the provider verified needs no confirmation.
     */
    async registerWithIdentity(
      input: {
        networkSlug: string;
        email: string;
        residenceComuneCode: string;
        phone?: string | null;
        privacyNoticeAccepted: boolean;
      },
      claims: ExternalClaims,
      link: (user: { id: string; networkId: string }, tx: Tx) => Promise<void>,
    ) {
      const net = await network.networkBySlug(input.networkSlug);
      if (!net)
        throw new UserErrors([userError('networkSlug', 'NETWORK_NOT_FOUND', 'Rete di comuni non trovata.')]);
      const profile: CitizenProfileInput = {
        email: input.email,
        givenName: claims.givenName,
        familyName: claims.familyName,
        codiceFiscale: claims.codiceFiscale,
        residenceComuneCode: input.residenceComuneCode,
        phone: input.phone,
      };
      const { errors, email, cf } = await validateProfile(net.id, profile, true);
      errors.push(...acceptedPrivacy('privacyNoticeAccepted', input.privacyNoticeAccepted));
      if (cf && (await codiceFiscaleTaken(net.id, cf.code))) errors.push(CF_TAKEN_LINK_INSTEAD);
      if (errors.length || !email || !cf) throw new UserErrors(errors);
      const emailVerified = claims.email !== null && normalizeEmail(claims.email) === email;
      return create(
        net.id,
        profile,
        { passwordHash: null, registeredBy: null, emailVerified },
        email,
        { code: cf.code, birthDate: claims.birthDate },
        async (user, tx) => {
          await link({ id: user.id, networkId: net.id }, tx);
          return emailVerified ? async () => {} : identity.sendEmailVerification(user, '/cittadini', tx);
        },
      );
    },

    /** After linking SPID or CIE: the provider's names and birth date replace what the account had. */
    async adoptIdentity(tx: Tx, userId: string, claims: ExternalClaims) {
      await tx
        .update(users)
        .set({ givenName: claims.givenName, familyName: claims.familyName })
        .where(eq(users.id, userId));
      await tx.update(citizens).set({ birthDate: claims.birthDate }).where(eq(citizens.userId, userId));
    },

    async registerByOperator(networkId: string, operatorId: string, input: CitizenProfileInput) {
      const { errors, email, cf } = await validateProfile(networkId, input, false);
      if (errors.length || !cf) throw new UserErrors(errors);
      return create(
        networkId,
        input,
        { passwordHash: null, registeredBy: operatorId },
        email,
        cf,
        (user, tx) => identity.sendInvitation(user, '/cittadini', tx),
      );
    },

    /**
     * Staff updating the profile on the citizen's behalf leave a trace in the audit log. Staff may
     * give an email to a citizen who has not activated the account yet: the invitation goes there.
     */
    async updateProfile(
      citizen: CitizenRecord,
      input: UpdateProfileInput,
      editorId: string,
    ): Promise<CitizenRecord> {
      const newEmail = input.email != null ? await emailForInvitation(citizen, input.email, editorId) : null;
      const errors: UserError[] = [
        ...(newEmail?.errors ?? []),
        ...(input.givenName != null ? requiredText('givenName', input.givenName, 1, 80) : []),
        ...(input.familyName != null ? requiredText('familyName', input.familyName, 1, 80) : []),
        ...optionalPhone('phone', input.phone),
        ...(await lockedNames(citizen, input)),
      ];
      if (
        input.domicileComuneCode &&
        (await network.comuniByCodes([input.domicileComuneCode])).length === 0
      ) {
        errors.push(
          userError('domicileComuneCode', 'UNKNOWN_COMUNE', 'Comune non trovato: scegli dalla lista.'),
        );
      }
      const radius = input.availability?.mobilityRadiusKm;
      if (radius != null && (!Number.isInteger(radius) || radius < 0 || radius > MAX_MOBILITY_RADIUS_KM)) {
        errors.push(
          userError(
            'availability.mobilityRadiusKm',
            'OUT_OF_RANGE',
            `La distanza deve essere tra 0 e ${MAX_MOBILITY_RADIUS_KM} km.`,
          ),
        );
      }
      if (errors.length) throw new UserErrors(errors);
      const { availability } = input;
      const sendInvitation = await db
        .transaction(async (tx) => {
          if (editorId !== citizen.userId) {
            await recordAudit(tx, {
              networkId: citizen.networkId,
              actorUserId: editorId,
              action: 'citizen.profile_updated_on_behalf',
              subjectType: 'citizen',
              subjectId: citizen.userId,
            });
          }
          if (input.givenName != null || input.familyName != null || newEmail?.email) {
            await tx
              .update(users)
              .set({
                ...(input.givenName != null ? { givenName: input.givenName.trim() } : {}),
                ...(input.familyName != null ? { familyName: input.familyName.trim() } : {}),
                ...(newEmail?.email ? { email: newEmail.email, emailVerifiedAt: null } : {}),
              })
              .where(eq(users.id, citizen.userId));
          }
          const changes = {
            ...(input.phone !== undefined ? { phone: input.phone?.trim() || null } : {}),
            ...(input.domicileComuneCode !== undefined
              ? { domicileComuneCode: input.domicileComuneCode || null }
              : {}),
            ...(input.employmentStatus !== undefined ? { employmentStatus: input.employmentStatus } : {}),
            ...(availability
              ? {
                  availableFullTime: availability.fullTime,
                  availablePartTime: availability.partTime,
                  availableForShifts: availability.shifts,
                  mobilityRadiusKm: availability.mobilityRadiusKm,
                  hasOwnVehicle: availability.hasOwnVehicle,
                  drivingLicences: [...new Set(availability.drivingLicences)],
                }
              : {}),
          };
          // An input with only the name (or nothing) leaves this row alone.
          if (Object.keys(changes).length > 0)
            await tx.update(citizens).set(changes).where(eq(citizens.userId, citizen.userId));
          if (!newEmail?.email) return null;
          const givenName = input.givenName?.trim() || citizen.user.givenName;
          return identity.sendInvitation(
            { id: citizen.userId, email: newEmail.email, givenName },
            '/cittadini',
            tx,
          );
        })
        .catch((error: unknown) => {
          if (violatedConstraint(error)?.includes('email')) throw new UserErrors([DUPLICATE_EMAIL]);
          throw error;
        });
      await sendInvitation?.();
      return (await this.byIds([citizen.userId]))[0]!;
    },

    async list(networkId: string, page: Page) {
      const where = eq(citizens.networkId, networkId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(citizens)
          .innerJoin(users, eq(users.id, citizens.userId))
          .where(where)
          .orderBy(desc(citizens.createdAt), desc(citizens.userId))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(citizens).where(where),
      ]);
      return { rows: rows.map((r) => ({ ...r.citizens, user: r.users })), total: total?.n ?? 0 };
    },

    async byIds(ids: readonly string[]): Promise<CitizenRecord[]> {
      if (ids.length === 0) return [];
      const rows =
        ids.length === 1
          ? await citizenById(db).execute({ id: ids[0] })
          : await citizensByIds(db).execute({ ids });
      return rows.map((r) => ({ ...r.citizens, user: r.users }));
    },

    byId,

    /** The citizen of the network, its fields and nested objects as the client asked: one statement. */
    async read(networkId: string, id: string, planned: PlannedRead<CitizenRecord>) {
      if (!isUuid(id)) return undefined;
      const statement = plannedStatement(db, planned, 'by id', () =>
        db
          .select({ doc: planned.document })
          .from(citizens)
          .where(
            and(
              eq(citizens.userId, sql.placeholder('id')),
              eq(citizens.networkId, sql.placeholder('network')),
            ),
          )
          .prepare('planned_citizen'),
      );
      const rows = await statement.execute({ id, network: networkId });
      return planned.decode(rows.map((row) => row.doc))[0];
    },

    /** The citizens of the network with these (normalised) codici fiscali. */
    async byCodiciFiscali(networkId: string, codes: readonly string[]): Promise<CitizenRecord[]> {
      if (codes.length === 0) return [];
      const rows = await db
        .select()
        .from(citizens)
        .innerJoin(users, eq(users.id, citizens.userId))
        .where(and(eq(citizens.networkId, networkId), inArray(citizens.codiceFiscale, [...codes])));
      return rows.map((r) => ({ ...r.citizens, user: r.users }));
    },

    /** The citizen an operator names (e.g. to enrol them), else NOT_FOUND on the field. */
    async requireInNetwork(networkId: string, id: string | null | undefined, field: string) {
      const citizen = id ? await byId(networkId, id) : undefined;
      if (!citizen) throw new UserErrors([userError(field, 'NOT_FOUND', 'Persona non trovata nella rete.')]);
      return citizen;
    },
  };
}

export type CitizenService = ReturnType<typeof createCitizenService>;
