import type { Db } from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { sql } from 'drizzle-orm';
import { rawRows } from '../../lib/raw-rows.js';
import { announce } from './events.js';

/** Actions overdue for longer than this when first seen (e.g. at the first start) are not announced. */
const ANNOUNCE_DAYS_BACK = 7;

interface OverdueAction {
  id: string;
  due_on: string;
  citizen_id: string;
  sportello_id: string;
  network_id: string;
}

/**
 * Tells each sportello, once, of the actions of its patti that went past their due date. The claim
 * is one UPDATE: when several instances run it together, a row goes to the first and the others
 * find it already announced.
 */
export async function announceOverdueActions(db: Db, at = new Date()): Promise<number> {
  const today = todayInItaly(at);
  return db.transaction(async (tx) => {
    const due = await rawRows<OverdueAction>(
      tx,
      sql`
      update patto_actions a set overdue_announced_at = now()
      from cases c
      where c.id = a.case_id
        and a.version_id = c.patto_version_id
        and c.closed_at is null
        and a.status = 'TODO'
        and a.due_on < ${today}::date
        and a.due_on >= ${today}::date - ${ANNOUNCE_DAYS_BACK}::int
        and a.overdue_announced_at is null
      returning a.id, a.due_on::text, c.citizen_id, c.sportello_id, c.network_id`,
    );
    for (const action of due) {
      const [year, month, day] = action.due_on.split('-');
      await announce(tx, {
        kind: 'ACTION_OVERDUE',
        networkId: action.network_id,
        sportelloIds: [action.sportello_id],
        userIds: [],
        subjectId: action.id,
        title: `Un’azione del patto è scaduta il ${day}/${month}/${year}`,
        path: `/cittadini/${action.citizen_id}`,
      });
    }
    return due.length;
  });
}
