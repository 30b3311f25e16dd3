import { formatDateTime, LoadError, Loading, OrientationRecordView } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';
import { Orientation_RecordsQueryDocument, type OrientationPurpose } from '../gql/graphql';

const CitizenBookingsQuery = graphql(`
  query CitizenOrientation_BookingsQuery($citizenId: ID!) {
    bookings(citizenId: $citizenId, first: 50) {
      edges {
        node {
          id
          status
          startsAt
          purpose
          slot {
            id
            sportello {
              id
            }
          }
        }
      }
    }
  }
`);

/** The orientation records the operator may read: all, at the sportello in charge; else their own. */
export function useOrientationRecords(citizenId: string) {
  return useQuery({
    queryKey: ['citizen', citizenId, 'orientationRecords'],
    queryFn: async () =>
      (await client.request(Orientation_RecordsQueryDocument, { citizenId })).orientationRecords,
  });
}

export interface OrientationBooking {
  id: string;
  startsAt: string;
  purpose: OrientationPurpose;
}

/**
 * The person's colloqui di orientamento and bilanci booked at the operator's sportello whose record
 * is still to write, the soonest first.
 */
export function useOrientationBookingsToRecord(citizenId: string): OrientationBooking[] | undefined {
  const me = useMe().data?.me;
  const records = useOrientationRecords(citizenId).data;
  const bookings = useQuery({
    queryKey: ['citizen', citizenId, 'bookings'],
    queryFn: () => client.request(CitizenBookingsQuery, { citizenId }),
    enabled: me?.kind === 'OPERATOR',
  }).data;
  if (!records || !bookings || me?.kind !== 'OPERATOR') return undefined;
  const recorded = new Set(records.map((r) => r.bookingId));
  return bookings.bookings.edges.flatMap(({ node: b }) =>
    b.purpose &&
    (b.status === 'BOOKED' || b.status === 'ATTENDED') &&
    b.slot.sportello.id === me.sportello?.id &&
    !recorded.has(b.id)
      ? [{ id: b.id, startsAt: b.startsAt, purpose: b.purpose }]
      : [],
  );
}

/** Where the operator writes the record of a booked colloquio. */
export const recordPath = (citizenId: string, booking: OrientationBooking) =>
  `/cittadini/${citizenId}/orientamento/nuovo?prenotazione=${booking.id}&tipo=${booking.purpose}`;

export function CitizenOrientation({
  citizen,
}: {
  citizen: { id: string; inChargeAt: { id: string } | null };
}) {
  const me = useMe().data?.me;
  const records = useOrientationRecords(citizen.id);
  const toRecord = useOrientationBookingsToRecord(citizen.id) ?? [];
  const inChargeHere = me?.kind === 'OPERATOR' && citizen.inChargeAt?.id === me.sportello?.id;
  return (
    <section className="sl-section" aria-labelledby="orientamento" id="orientamento">
      <h2 id="orientamento">Orientamento</h2>
      <p>
        Le schede dei colloqui di orientamento e dei bilanci di competenze.{' '}
        {inChargeHere
          ? 'La persona le legge nel suo portale.'
          : 'Le legge solo lo sportello che ha in carico la persona (e chi le ha scritte).'}
      </p>
      {inChargeHere && toRecord.length > 0 ? (
        <>
          <h3 className="h5">Colloqui prenotati, con la scheda da scrivere</h3>
          <ul data-testid="orientation-bookings">
            {toRecord.map((b) => (
              <li key={b.id}>
                {labels.orientationPurpose[b.purpose]}, {formatDateTime(b.startsAt)}:{' '}
                <Link to={recordPath(citizen.id, b)}>
                  scrivi la scheda
                  <span className="visually-hidden">
                    {' '}
                    ({labels.orientationPurpose[b.purpose].toLowerCase()}, {formatDateTime(b.startsAt)})
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {inChargeHere ? (
        <p>
          <Link
            className="btn btn-primary"
            to={`/colloqui/nuovo?cittadino=${citizen.id}&tipo=ORIENTATION_INTERVIEW`}
          >
            Prenota un colloquio di orientamento
          </Link>{' '}
          <Link className="btn btn-outline-primary" to={`/cittadini/${citizen.id}/orientamento/nuovo`}>
            Scrivi una scheda senza colloquio prenotato
          </Link>
        </p>
      ) : null}
      {records.error ? (
        <LoadError error={records.error} retry={records.refetch} />
      ) : !records.data ? (
        <Loading />
      ) : records.data.length === 0 ? (
        <p data-testid="no-orientation-records">Nessuna scheda di orientamento.</p>
      ) : (
        records.data.map((record) => (
          <OrientationRecordView key={record.id} record={record} audience="operator" />
        ))
      )}
    </section>
  );
}
