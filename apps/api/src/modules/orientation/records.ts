import {
  type Db,
  escoOccupations,
  orientationRecordOccupations,
  orientationRecords,
  users,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import { optionalText, requiredText, violatedConstraint } from '../../lib/validation.js';
import type { AppointmentService } from '../appointments/service.js';
import { recordAudit } from '../audit/service.js';
import type { EscoOccupation } from '../cvs/service.js';

type RecordRow = typeof orientationRecords.$inferSelect;
export type OrientationRecord = RecordRow & { writtenByName: string };
/** A record as one reader sees it: the constraints only when the reader may read them. */
export type OrientationRecordView = OrientationRecord & { constraintsVisible: boolean };

export interface OrientationRecordInput {
  citizenId: string;
  kind: RecordRow['kind'];
  bookingId?: string | null;
  heldOn?: string | null;
  interests: string;
  strengths: string;
  hoursPerWeek?: number | null;
  transport: RecordRow['transport'];
  careDuties: boolean;
  careDutiesNote?: string | null;
  targetOccupationUris: readonly string[];
  summary: string;
}

const MAX_OCCUPATIONS = 5;
const RECORDED = userError('bookingId', 'ALREADY_RECORDED', 'Questo colloquio ha già la sua scheda.');

/** Orientation records: the structured outcome of a colloquio di orientamento or a bilancio di competenze. */
export function createOrientationRecordService(db: Db, deps: { appointments: AppointmentService }) {
  async function select(where: SQL | undefined): Promise<OrientationRecord[]> {
    const rows = await db
      .select({ record: orientationRecords, givenName: users.givenName, familyName: users.familyName })
      .from(orientationRecords)
      .innerJoin(users, eq(users.id, orientationRecords.writtenBy))
      .where(where)
      .orderBy(desc(orientationRecords.heldOn), desc(orientationRecords.createdAt));
    return rows.map((r) => ({ ...r.record, writtenByName: `${r.givenName} ${r.familyName}` }));
  }

  async function validate(
    operator: { sportelloId: string },
    input: OrientationRecordInput,
  ): Promise<UserError[]> {
    const errors: UserError[] = [
      ...requiredText('interests', input.interests, 2, 2000),
      ...requiredText('strengths', input.strengths, 2, 2000),
      ...requiredText('summary', input.summary, 10, 5000),
    ];
    if ((input.heldOn ?? todayInItaly()) > todayInItaly())
      errors.push(userError('heldOn', 'IN_THE_FUTURE', 'La data del colloquio non può essere nel futuro.'));
    if (input.hoursPerWeek != null && (input.hoursPerWeek < 1 || input.hoursPerWeek > 60))
      errors.push(userError('hoursPerWeek', 'OUT_OF_RANGE', 'Le ore settimanali vanno da 1 a 60.'));
    if (input.careDuties) errors.push(...optionalText('careDutiesNote', input.careDutiesNote, 300));
    else if (input.careDutiesNote?.trim())
      errors.push(
        userError(
          'careDutiesNote',
          'NO_CARE_DUTIES',
          'La nota sui carichi di cura si scrive solo se ci sono.',
        ),
      );
    const uris = input.targetOccupationUris;
    if (uris.length > MAX_OCCUPATIONS)
      errors.push(
        userError('targetOccupationUris', 'TOO_MANY', `Al massimo ${MAX_OCCUPATIONS} professioni obiettivo.`),
      );
    else if (new Set(uris).size !== uris.length)
      errors.push(userError('targetOccupationUris', 'DUPLICATE', 'Una professione è indicata due volte.'));
    else if (uris.length) {
      const known = new Set(
        (
          await db
            .select({ uri: escoOccupations.uri })
            .from(escoOccupations)
            .where(inArray(escoOccupations.uri, [...uris]))
        ).map((o) => o.uri),
      );
      uris.forEach((uri, i) => {
        if (!known.has(uri))
          errors.push(
            userError(`targetOccupationUris[${i}]`, 'UNKNOWN_OCCUPATION', 'Professione ESCO sconosciuta.'),
          );
      });
    }
    if (input.bookingId) {
      const found = await deps.appointments.bookingById(input.bookingId);
      const fits =
        found &&
        found.booking.citizenId === input.citizenId &&
        found.slot.sportelloId === operator.sportelloId &&
        found.booking.status !== 'CANCELLED';
      if (!fits)
        errors.push(
          userError(
            'bookingId',
            'NOT_FOUND',
            'Colloquio non trovato tra quelli della persona al tuo sportello.',
          ),
        );
      else if (found.booking.purpose !== input.kind)
        errors.push(
          userError('kind', 'KIND_MISMATCH', 'Il tipo non corrisponde a quello del colloquio prenotato.'),
        );
      else if ((await select(eq(orientationRecords.bookingId, found.booking.id))).length)
        errors.push(RECORDED);
    }
    return errors;
  }

  return {
    /** A citizen's records, the latest first; only those one operator wrote, when `writtenBy` is given. */
    listForCitizen: (citizenId: string, writtenBy?: string) =>
      select(
        and(
          eq(orientationRecords.citizenId, citizenId),
          writtenBy ? eq(orientationRecords.writtenBy, writtenBy) : undefined,
        ),
      ),

    async occupationsOf(recordIds: readonly string[]): Promise<Map<string, EscoOccupation[]>> {
      const rows = recordIds.length
        ? await db
            .select({ recordId: orientationRecordOccupations.recordId, occupation: escoOccupations })
            .from(orientationRecordOccupations)
            .innerJoin(escoOccupations, eq(escoOccupations.uri, orientationRecordOccupations.occupationUri))
            .where(inArray(orientationRecordOccupations.recordId, [...recordIds]))
            .orderBy(asc(orientationRecordOccupations.position))
        : [];
      const grouped = groupByKey(recordIds, rows, (r) => r.recordId);
      return new Map([...grouped].map(([id, list]) => [id, list.map((r) => r.occupation)]));
    },

    /** Audits the reads of records by someone other than the sportello in charge and the citizen. */
    async auditReads(records: readonly OrientationRecord[], reader: { userId: string }) {
      for (const record of records)
        await recordAudit(db, {
          networkId: record.networkId,
          actorUserId: reader.userId,
          action: 'orientation_record.read',
          subjectType: 'citizen',
          subjectId: record.citizenId,
          details: { recordId: record.id },
        });
    },

    async record(
      operator: { userId: string; sportelloId: string },
      citizen: { userId: string; networkId: string },
      input: OrientationRecordInput,
      idempotencyKey: string | null | undefined,
    ): Promise<OrientationRecord> {
      const errors = await validate(operator, input);
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        { actorId: operator.userId, key: idempotencyKey, operation: 'recordOrientation', request: input },
        async (tx) => {
          const [row] = await tx
            .insert(orientationRecords)
            .values({
              networkId: citizen.networkId,
              citizenId: citizen.userId,
              sportelloId: operator.sportelloId,
              writtenBy: operator.userId,
              kind: input.kind,
              bookingId: input.bookingId || null,
              heldOn: input.heldOn ?? todayInItaly(),
              interests: input.interests.trim(),
              strengths: input.strengths.trim(),
              hoursPerWeek: input.hoursPerWeek ?? null,
              transport: input.transport,
              careDuties: input.careDuties,
              careDutiesNote: input.careDuties ? input.careDutiesNote?.trim() || null : null,
              summary: input.summary.trim(),
            })
            .returning({ id: orientationRecords.id });
          if (input.targetOccupationUris.length)
            await tx.insert(orientationRecordOccupations).values(
              input.targetOccupationUris.map((occupationUri, position) => ({
                recordId: row!.id,
                occupationUri,
                position,
              })),
            );
          await recordAudit(tx, {
            networkId: citizen.networkId,
            actorUserId: operator.userId,
            action: 'orientation_record.create',
            subjectType: 'citizen',
            subjectId: citizen.userId,
            details: { recordId: row!.id },
          });
          return row!.id;
        },
      ).catch((error) => {
        if (violatedConstraint(error) === 'orientation_records_booking_idx') throw new UserErrors([RECORDED]);
        throw error;
      });
      return (await select(eq(orientationRecords.id, id)))[0]!;
    },
  };
}

export type OrientationRecordService = ReturnType<typeof createOrientationRecordService>;
