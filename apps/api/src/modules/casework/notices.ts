import type { Db, Tx } from '@sportello/db';
import { enqueueEmail } from '../notifications/outbox.js';

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
