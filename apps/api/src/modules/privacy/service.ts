import { companyMembers, type Db, sportelli } from '@sportello/db';
import { eq } from 'drizzle-orm';
import type { UserActor } from '../../context.js';
import { formatItalianDateTime } from '../../lib/format.js';
import { recordAudit } from '../audit/service.js';
import type { CaseworkService } from '../casework/service.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { Notify } from '../notifications/service.js';
import { type CitizenExport, citizenExport } from './citizen-export.js';
import { type CompanyExport, companyExport } from './company-export.js';
import { exportScope } from './policy.js';

export type { CitizenExport, CompanyExport };

export type ExportFormat = 'json' | 'pdf';

/** The reason written with the special-category read an export by the staff makes. */
export const EXPORT_READ_REASON = 'Copia dei dati chiesta dal cittadino allo sportello (art. 15 GDPR)';

/**
 * Right of access and portability (art. 15 and 20 GDPR): the data held about a citizen or a
 * company, as a versioned JSON document and a readable PDF. Every export is audited; one made by
 * the staff is also told to the citizen, in the transaction that audits it.
 */
export function createPrivacyService(db: Db, deps: { casework: CaseworkService; notify: Notify }) {
  return {
    async exportCitizen(
      citizen: CitizenRecord,
      actor: UserActor,
      format: ExportFormat,
      now = new Date(),
    ): Promise<CitizenExport> {
      const inChargeAt =
        (await deps.casework.openAssignments([citizen.userId])).get(citizen.userId)?.sportelloId ?? null;
      const scope = exportScope(actor, citizen, inChargeAt);
      const byStaff = actor.userId !== citizen.userId;
      const document = (await citizenExport(db, {
        citizenId: citizen.userId,
        networkId: citizen.networkId,
        requester: { userId: actor.userId, role: actor.kind },
        scope,
        now,
      }))!;
      await db.transaction(async (tx) => {
        await recordAudit(tx, {
          networkId: citizen.networkId,
          actorUserId: actor.userId,
          action: 'privacy.export',
          subjectType: 'citizen',
          subjectId: citizen.userId,
          reason: byStaff ? EXPORT_READ_REASON : null,
          details: {
            format,
            schemaVersion: document.schemaVersion,
            withheld: document.withheld.map((w) => w.section),
          },
        });
        if (byStaff && scope.specialCategories) {
          await recordAudit(tx, {
            networkId: citizen.networkId,
            actorUserId: actor.userId,
            action: 'special_categories.read',
            subjectType: 'citizen',
            subjectId: citizen.userId,
            reason: EXPORT_READ_REASON,
          });
        }
        if (byStaff) {
          const [desk] = actor.sportelloId
            ? await tx
                .select({ name: sportelli.name })
                .from(sportelli)
                .where(eq(sportelli.id, actor.sportelloId))
            : [];
          const who = document.people.find((p) => p.id === actor.userId);
          await deps.notify(tx, {
            kind: 'DATA_EXPORT',
            networkId: citizen.networkId,
            recipients: [citizen.userId],
            portal: 'CITIZEN',
            path: '/profilo',
            title: 'Lo sportello ha scaricato una copia dei tuoi dati',
            body: `${who?.name ?? 'Un operatore'}${desk ? ` (${desk.name})` : ''} ha scaricato ${formatItalianDateTime(now)} una copia in ${format.toUpperCase()} dei dati che Sportello Lavoro ha su di te, come si fa quando la chiedi allo sportello. Se non l’hai chiesta tu, scrivi al responsabile della protezione dei dati${document.controller.dpoEmail ? ` (${document.controller.dpoEmail})` : ''}. Nel tuo profilo puoi scaricare la stessa copia quando vuoi.`,
          });
        }
      });
      return document;
    },

    async exportCompany(
      companyId: string,
      actor: UserActor & { networkId: string },
      format: ExportFormat,
      now = new Date(),
    ): Promise<CompanyExport | undefined> {
      const document = await companyExport(db, {
        companyId,
        networkId: actor.networkId,
        requester: { userId: actor.userId, role: actor.kind },
        now,
      });
      if (!document) return undefined;
      const byStaff = actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN';
      await db.transaction(async (tx) => {
        await recordAudit(tx, {
          networkId: actor.networkId,
          actorUserId: actor.userId,
          action: 'privacy.export',
          subjectType: 'company',
          subjectId: companyId,
          details: { format, schemaVersion: document.schemaVersion },
        });
        if (!byStaff) return;
        const members = await tx
          .select({ userId: companyMembers.userId })
          .from(companyMembers)
          .where(eq(companyMembers.companyId, companyId));
        const who = document.people.find((p) => p.id === actor.userId);
        await deps.notify(tx, {
          kind: 'DATA_EXPORT',
          networkId: actor.networkId,
          recipients: members.map((m) => m.userId),
          portal: 'COMPANY',
          path: '/area-riservata',
          title: 'Lo sportello ha scaricato una copia dei dati dell’azienda',
          body: `${who?.name ?? 'Un operatore'} ha scaricato ${formatItalianDateTime(now)} una copia in ${format.toUpperCase()} dei dati che Sportello Lavoro ha sulla vostra azienda. Se non l’avete chiesta voi, scrivete al responsabile della protezione dei dati${document.controller.dpoEmail ? ` (${document.controller.dpoEmail})` : ''}. Nella vostra area riservata potete scaricare la stessa copia quando volete.`,
        });
      });
      return document;
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
