import { randomBytes } from 'node:crypto';
import { type Tx, users } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { rawRows } from '../../lib/raw-rows.js';
import { recordAudit } from '../audit/service.js';
import type { RevocationList } from '../identity/revocations.js';
import { enqueueEmail } from '../notifications/outbox.js';

/** Stands in for free text the staff wrote about the person, where the record itself is kept. */
export const ERASED_TEXT = '(testo cancellato su richiesta dell’interessato)';
const ERASED_MARK = '[dato cancellato]';

export type ErasureOrigin = 'CITIZEN' | 'RETENTION' | 'DESK';

/**
 * A random name for what stays (placements, tirocini, attendance, audit): drawn afresh, never
 * derived from the person's data, so nothing leads back to them.
 */
const pseudonym = () => randomBytes(4).toString('hex').toUpperCase();

/**
 * Erases a citizen (art. 17 GDPR) in the caller's transaction: deletes what only served the
 * person (CV, letters, consents, special categories, orientation records, notifications, job
 * alert, sessions, devices, email links, emails waiting for them) and blanks the personal data of
 * the records the law or the accounts require to keep (placements, tirocini, candidatures the
 * companies handled, the case with its patto and diary, colloqui, attendance, outplacement outcomes), which stay under a
 * random pseudonym. The audit log keeps only ids. Returns false when the person was already erased.
 */
export async function eraseCitizen(
  tx: Tx,
  deps: { revocations: RevocationList; publicUrl: string },
  subject: { citizenId: string; networkId: string; origin: ErasureOrigin; executedBy: string | null },
): Promise<boolean> {
  const { citizenId: id } = subject;
  // The row lock makes concurrent executions wait here, then find the work done.
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!user || user.erasedAt || user.kind !== 'CITIZEN') return false;
  const [citizen] = await rawRows<{ codiceFiscale: string; phone: string | null }>(
    tx,
    sql`select codice_fiscale as "codiceFiscale", phone from citizens where user_id = ${id}`,
  );
  const alias = pseudonym();
  const fullName = `${user.givenName} ${user.familyName}`;
  const replacement = `Persona cancellata ${alias}`;

  // Sessions end now, on every instance, before their tokens are deleted.
  const families = await rawRows<{ familyId: string }>(
    tx,
    sql`select distinct family_id as "familyId" from refresh_tokens where user_id = ${id} and revoked_at is null`,
  );
  await deps.revocations.revoke(
    tx,
    families.map((f) => `session:${f.familyId}`),
  );

  const statements = [
    sql`delete from refresh_tokens where user_id = ${id}`,
    sql`delete from known_devices where user_id = ${id}`,
    sql`delete from one_time_tokens where user_id = ${id}`,
    sql`delete from notifications where user_id = ${id}`,
    sql`delete from notification_preferences where user_id = ${id}`,
    sql`delete from job_alerts where citizen_id = ${id}`,
    sql`delete from retention_notices where citizen_id = ${id}`,
    sql`delete from consents where citizen_id = ${id}`,
    sql`delete from citizen_special_categories where citizen_id = ${id}`,
    sql`delete from orientation_record_occupations where record_id in (select id from orientation_records where citizen_id = ${id})`,
    sql`delete from orientation_records where citizen_id = ${id}`,
    sql`update applications set cover_letter = null, proposal_note = null, cover_letter_id = null where citizen_id = ${id}`,
    sql`delete from cover_letters where citizen_id = ${id}`,
    sql`delete from cv_sought_occupations where citizen_id = ${id}`,
    sql`delete from cv_experiences where citizen_id = ${id}`,
    sql`delete from cv_education where citizen_id = ${id}`,
    sql`delete from cv_languages where citizen_id = ${id}`,
    sql`delete from cv_certifications where citizen_id = ${id}`,
    sql`delete from cv_skills where citizen_id = ${id}`,
    sql`delete from cvs where citizen_id = ${id}`,
    sql`update application_events set reason = null where application_id in (select id from applications where citizen_id = ${id})`,
    sql`update interviews set message = null, response_note = null where application_id in (select id from applications where citizen_id = ${id})`,
    sql`update bookings set outcome_notes = null, status = case when status = 'BOOKED' then 'CANCELLED'::booking_status else status end where citizen_id = ${id}`,
    sql`update internships set status_reason = null, evaluation_judgement = null where citizen_id = ${id}`,
    sql`update internship_status_events set reason = null where internship_id in (select id from internships where citizen_id = ${id})`,
    sql`update internship_monitoring_entries set note = ${ERASED_TEXT} where internship_id in (select id from internships where citizen_id = ${id})`,
    sql`update front_desk_contacts set note = null where citizen_id = ${id}`,
    sql`update outplacement_worker_events set note = null where worker_id in (select id from outplacement_workers where citizen_id = ${id})`,
    sql`update case_diary_entries set body = ${ERASED_TEXT} where case_id in (select id from cases where citizen_id = ${id})`,
    sql`update patto_versions set objectives = ${ERASED_TEXT} where case_id in (select id from cases where citizen_id = ${id})`,
    sql`update patto_actions set description = ${ERASED_TEXT} where case_id in (select id from cases where citizen_id = ${id})`,
    sql`update cases set close_note = null where citizen_id = ${id}`,
    sql`update cases set closed_at = now(), closed_by = ${subject.executedBy}, close_reason = 'OTHER' where citizen_id = ${id} and closed_at is null`,
    sql`update case_assignments set ended_at = now() where citizen_id = ${id} and ended_at is null`,
    sql`update citizens set codice_fiscale = ${`CANCELLATO-${alias}-${randomBytes(6).toString('hex')}`}, phone = null,
          domicile_comune_code = null, driving_licences = '{}',
          birth_date = make_date(extract(year from birth_date)::int, 1, 1)
        where user_id = ${id}`,
  ];
  for (const statement of statements) await tx.execute(statement);

  // What others were told about the person (a company's "new candidature from ...") keeps the
  // event, under the pseudonym; emails waiting for the person are dropped.
  const traces = [
    [fullName, replacement],
    [user.email, ERASED_MARK],
    [citizen?.codiceFiscale, ERASED_MARK],
    [citizen?.phone, ERASED_MARK],
  ].filter((pair): pair is [string, string] => Boolean(pair[0]));
  if (user.email)
    await tx.execute(sql`delete from outbox where lower(payload->>'to') = lower(${user.email})`);
  for (const [text, by] of traces) {
    const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
    await tx.execute(
      sql`update notifications set title = replace(title, ${text}, ${by}), body = replace(body, ${text}, ${by})
          where network_id = ${subject.networkId} and (title ilike ${pattern} or body ilike ${pattern})`,
    );
    await tx.execute(
      sql`update outbox set payload = replace(payload::text, ${JSON.stringify(text).slice(1, -1)}, ${by})::jsonb
          where network_id = ${subject.networkId} and payload::text ilike ${pattern}`,
    );
  }

  if (user.email) {
    await enqueueEmail(tx, {
      kind: 'privacy.erased',
      networkId: subject.networkId,
      forgetOnSend: true,
      mail: {
        to: user.email,
        subject: 'I tuoi dati sono stati cancellati',
        text: `Ciao ${user.givenName},\n\n${
          subject.origin === 'RETENTION'
            ? 'non usavi Sportello Lavoro da molto tempo e, come ti avevamo scritto, abbiamo cancellato il tuo account e i tuoi dati.'
            : 'come hai chiesto, abbiamo cancellato il tuo account e i tuoi dati da Sportello Lavoro.'
        }\n\nAbbiamo tenuto, senza il tuo nome, solo quello che la legge ci chiede di conservare: gli inserimenti lavorativi e i tirocini (servono ai conti dei programmi pubblici che li pagano) e il registro delle operazioni. Non ci sono più il tuo nome, i tuoi contatti, il codice fiscale, il curriculum e le note.\n\nQuesta è l’ultima email che ricevi da noi. Se vuoi usare di nuovo il servizio puoi registrarti da capo: ${deps.publicUrl}/cittadini/registrati`,
      },
    });
  }

  await tx
    .update(users)
    .set({
      email: null,
      passwordHash: null,
      givenName: 'Persona cancellata',
      familyName: alias,
      emailVerifiedAt: null,
      lastLoginAt: null,
      disabledAt: sql`coalesce(${users.disabledAt}, now())`,
      erasedAt: sql`now()`,
    })
    .where(eq(users.id, id));
  await recordAudit(tx, {
    networkId: subject.networkId,
    actorUserId: subject.executedBy,
    action: 'privacy.erasure',
    subjectType: 'citizen',
    subjectId: id,
    details: { origin: subject.origin },
  });
  return true;
}
