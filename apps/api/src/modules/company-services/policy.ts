import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

/** Services to companies are the network's desk work: its operators and admins read and record them. */
export const canServeCompany = (actor: Actor, company: { networkId: string }) =>
  isStaffOf(actor, company.networkId);
