import { auditLog, type Db, type Tx } from '@sportello/db';

export interface AuditEntry {
  networkId: string | null;
  actorUserId?: string | null;
  actorClientId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** Writes inside the caller's transaction, so the record exists exactly when the change does. */
export async function recordAudit(tx: Db | Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(entry);
}

/** Several entries in one statement, e.g. one per person whose data a page of results shows. */
export async function recordAudits(tx: Db | Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.insert(auditLog).values(entries);
}
