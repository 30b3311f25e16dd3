import { type ReactNode, useState } from 'react';
import { formatDateTime, minutesBetween } from './date-time';
import { PagedList, usePagedQuery } from './paged-list';

export type AppointmentKindValue = 'ORIENTATION' | 'COUNSELLING';
export type AppointmentModeValue = 'IN_PERSON' | 'ONLINE';
export type BookingStatusValue = 'BOOKED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW';

export const appointmentKindLabels: Record<AppointmentKindValue, string> = {
  ORIENTATION: 'Orientamento',
  COUNSELLING: 'Consulenza',
};

export const appointmentModeLabels: Record<AppointmentModeValue, string> = {
  IN_PERSON: 'In presenza',
  ONLINE: 'Online',
};

export const bookingStatusLabels: Record<BookingStatusValue, string> = {
  BOOKED: 'Prenotato',
  CANCELLED: 'Annullato',
  ATTENDED: 'Svolto',
  NO_SHOW: 'Persona assente',
};

export const bookingStatusClass: Record<BookingStatusValue, string> = {
  BOOKED: 'sl-status--pending',
  ATTENDED: 'sl-status--verified',
  CANCELLED: 'sl-status--rejected',
  NO_SHOW: 'sl-status--rejected',
};

export interface SlotLike {
  id: string;
  kind: AppointmentKindValue;
  mode: AppointmentModeValue;
  startsAt: string;
  endsAt: string;
  sportello: { id: string; name: string; address: string };
}

/** "Orientamento, in presenza, 45 minuti". */
export const slotSummary = (slot: Pick<SlotLike, 'kind' | 'mode' | 'startsAt' | 'endsAt'>) =>
  `${appointmentKindLabels[slot.kind]}, ${appointmentModeLabels[slot.mode].toLowerCase()}, ${minutesBetween(slot.startsAt, slot.endsAt)} minuti`;

export interface SlotFilter {
  sportelloId: string | null;
  mode: AppointmentModeValue | null;
  /** YYYY-MM-DD or null. */
  from: string | null;
}

interface SlotConnection<S> {
  edges: readonly { node: S }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

const ALL = '';

/**
 * Free slots of the network with filters by sportello, mode and day, soonest first; each slot shows
 * when and where, and the portal's action for it (book, move a booking here, book for a citizen).
 */
export function SlotFinder<S extends SlotLike>({
  id,
  sportelli,
  fetchSlots,
  queryKey,
  action,
}: {
  /** Prefix of the filter fields' ids, unique in the page. */
  id: string;
  sportelli: readonly { id: string; name: string }[];
  fetchSlots: (filter: SlotFilter, after: string | null) => Promise<SlotConnection<S>>;
  queryKey: readonly unknown[];
  action: (slot: S) => ReactNode;
}) {
  const [sportelloId, setSportelloId] = useState(ALL);
  const [mode, setMode] = useState<AppointmentModeValue | ''>('');
  const [from, setFrom] = useState('');
  const filter: SlotFilter = {
    sportelloId: sportelloId || null,
    mode: mode || null,
    from: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : null,
  };
  const query = usePagedQuery([...queryKey, filter], (after) => fetchSlots(filter, after));

  return (
    <div className="sl-slot-finder">
      <fieldset className="sl-slot-filters">
        <legend className="h6">Cerca tra gli orari liberi</legend>
        <div>
          <label htmlFor={`${id}-sportello`}>Sportello</label>
          <select
            id={`${id}-sportello`}
            className="form-select"
            value={sportelloId}
            onChange={(event) => setSportelloId(event.target.value)}
          >
            <option value={ALL}>Tutti gli sportelli</option>
            {sportelli.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-mode`}>Come</label>
          <select
            id={`${id}-mode`}
            className="form-select"
            value={mode}
            onChange={(event) => setMode(event.target.value as AppointmentModeValue | '')}
          >
            <option value={ALL}>In presenza oppure online</option>
            <option value="IN_PERSON">In presenza, allo sportello</option>
            <option value="ONLINE">Online, in videochiamata</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-from`}>A partire dal giorno</label>
          <input
            id={`${id}-from`}
            type="date"
            className="form-control"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
      </fieldset>
      <PagedList
        query={query}
        empty="Nessun orario libero con queste scelte. Prova un altro sportello, un’altra modalità o un altro giorno."
      >
        {(slots) => (
          <ul className="list-unstyled" data-testid="slot-list">
            {slots.map((slot) => (
              <li key={slot.id} className="sl-match-card" data-testid="slot-row">
                <h3 className="h6 mb-1">{formatDateTime(slot.startsAt)}</h3>
                <p className="mb-1">{slotSummary(slot)}.</p>
                <p className="mb-2">
                  {slot.mode === 'ONLINE'
                    ? `Con ${slot.sportello.name}: riceverai il link della videochiamata.`
                    : `${slot.sportello.name}, ${slot.sportello.address}.`}
                </p>
                {action(slot)}
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
