import { DataTable, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { formatDateTime, labels, minutesBetween } from '../format';
import { graphql } from '../gql';
import type { BookingStatus } from '../gql/graphql';

const BookingsQuery = graphql(`
  query BookingsPage_BookingsQuery($first: Int!, $after: String) {
    bookings(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          startsAt
          endsAt
          slot {
            id
            kind
            mode
            sportello {
              id
              name
            }
          }
          citizen {
            id
            givenName
            familyName
          }
          company {
            id
            legalName
          }
        }
      }
    }
  }
`);

const statusClass: Record<BookingStatus, string> = {
  BOOKED: 'sl-status--pending',
  ATTENDED: 'sl-status--verified',
  CANCELLED: 'sl-status--rejected',
  NO_SHOW: 'sl-status--rejected',
};

export function BookingsPage() {
  const me = useMe().data?.me;
  const query = usePagedQuery(['bookings'], async (after) => {
    const { bookings } = await client.request(BookingsQuery, { first: PAGE_SIZE, after });
    return bookings;
  });
  const where = me?.sportello ? `presso ${me.sportello.name}` : 'negli sportelli della rete';
  return (
    <>
      <PageTitle>Colloqui</PageTitle>
      <p className="sl-lead">
        I colloqui prenotati {where}, dal più vicino. Gli orari sono quelli italiani. Per offrire nuovi orari
        vai a <Link to="/orari">Orari disponibili</Link>.
      </p>
      <PagedList query={query} empty="Nessun colloquio prenotato.">
        {(bookings) => (
          <DataTable
            caption={`Colloqui ${where}`}
            testId="bookings-table"
            rows={bookings}
            rowKey={(booking) => booking.id}
            columns={[
              { header: 'Data e ora', cell: (b) => formatDateTime(b.startsAt) },
              { header: 'Durata', cell: (b) => `${minutesBetween(b.startsAt, b.endsAt)} minuti` },
              { header: 'Tipo', cell: (b) => labels.appointmentKind[b.slot.kind] },
              { header: 'Modalità', cell: (b) => labels.appointmentMode[b.slot.mode] },
              {
                header: 'Con chi',
                cell: (b) =>
                  b.citizen ? (
                    <Link to={`/cittadini/${b.citizen.id}`}>
                      {b.citizen.givenName} {b.citizen.familyName}
                    </Link>
                  ) : (
                    (b.company?.legalName ?? '—')
                  ),
              },
              { header: 'Sportello', cell: (b) => b.slot.sportello.name },
              {
                header: 'Stato',
                cell: (b) => (
                  <span className={`sl-status ${statusClass[b.status]}`}>
                    {labels.bookingStatus[b.status]}
                  </span>
                ),
              },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
