import type { Db, Tx } from '@sportello/db';
import { enqueueEmail } from '../notifications/outbox.js';
import type { NotificationEvent } from '../notifications/service.js';

export interface CaseTakenNotice {
  networkId: string;
  citizen: { userId: string; email: string | null; givenName: string; familyName: string };
  sportello: { name: string };
  /** The sportello that had the case, on a transfer. */
  previous: { name: string; mailboxes: readonly string[] } | null;
  reason: string;
}

/**
 * Tells the citizen that a sportello now follows them (and may read what they declared), and on a
 * transfer tells the sportello that had the case, so that a transfer nobody agreed to is noticed.
 * Written in the caller's transaction: the notices exist exactly when the change does.
 */
export async function noticeCaseTaken(tx: Db | Tx, notice: CaseTakenNotice): Promise<void> {
  const { citizen, sportello, previous, reason } = notice;
  const fullName = `${citizen.givenName} ${citizen.familyName}`;
  const before = previous ? `\n\nPrima ti seguiva ${previous.name}.` : '';
  // A citizen without an email is at the desk when taken in charge.
  if (citizen.email)
    await enqueueEmail(tx, {
      kind: 'case_taken',
      networkId: notice.networkId,
      subjectId: citizen.userId,
      mail: {
        to: citizen.email,
        subject: `${sportello.name} ti ha preso in carico`,
        text: `Ciao ${citizen.givenName},\n\n${sportello.name} ti ha preso in carico: da ora segue il tuo percorso e può leggere i dati che hai dato allo sportello, anche quelli su disabilità e difficoltà economiche, se li hai indicati.${before}\n\nMotivo scritto dall'operatore: ${reason}\n\nSe non sei d'accordo, rivolgiti a uno sportello della rete.`,
      },
    });
  for (const mailbox of previous?.mailboxes ?? []) {
    await enqueueEmail(tx, {
      kind: 'case_transferred',
      networkId: notice.networkId,
      subjectId: citizen.userId,
      mail: {
        to: mailbox,
        subject: `Presa in carico di ${fullName} passata a ${sportello.name}`,
        text: `La presa in carico di ${fullName} è passata da ${previous!.name} a ${sportello.name}, che ora può leggerne i dati.\n\nMotivo scritto dall'operatore: ${reason}\n\nSe il trasferimento non era concordato, avvisa l'amministratore della rete: è nel registro degli accessi.`,
      },
    });
  }
}

/**
 * Asks the citizen to read and accept a new version of their patto: a service message, since the
 * patto binds them. A walk-in without email finds it in the portal, or accepts at the desk.
 */
export function pattoAwaitingAcceptance(
  target: { networkId: string; citizenId: string; id: string },
  version: { version: number },
): NotificationEvent {
  const again = version.version > 1;
  return {
    kind: 'PATTO',
    networkId: target.networkId,
    recipients: [target.citizenId],
    portal: 'CITIZEN',
    path: '/percorso',
    subjectId: target.id,
    title: again
      ? 'Il tuo patto di servizio è cambiato: leggilo e accettalo'
      : 'Il tuo patto di servizio è pronto',
    body: again
      ? `Lo sportello ha aggiornato il tuo patto di servizio (versione ${version.version}). Leggi che cosa è cambiato e, se sei d'accordo, premi «Accetto il patto». Puoi anche accettarlo allo sportello.`
      : `Lo sportello ha scritto con te il tuo patto di servizio: gli obiettivi e le azioni del tuo percorso. Leggilo e, se sei d'accordo, premi «Accetto il patto». Puoi anche accettarlo allo sportello.`,
  };
}
