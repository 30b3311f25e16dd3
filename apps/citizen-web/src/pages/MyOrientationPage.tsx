import { LoadError, Loading, OrientationRecordView, PageTitle } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { Orientation_RecordsQueryDocument } from '../gql/graphql';

/** "Il mio orientamento": what the citizen and the sportello said in the orientation colloqui. */
export function MyOrientationPage() {
  const records = useQuery({
    queryKey: ['orientationRecords'],
    queryFn: async () => (await client.request(Orientation_RecordsQueryDocument, {})).orientationRecords,
  });
  return (
    <>
      <PageTitle>Il mio orientamento</PageTitle>
      <p className="sl-lead">
        Qui trovi quello che hai detto allo sportello nei colloqui di orientamento: cosa ti interessa, cosa
        sai fare, i tuoi impegni e i lavori a cui puntare. Lo vedono solo lo sportello che ti segue e tu. Se
        qualcosa non è giusto, dillo al tuo operatore.
      </p>
      {records.error ? (
        <LoadError error={records.error} retry={records.refetch} />
      ) : !records.data ? (
        <Loading />
      ) : records.data.length === 0 ? (
        <p data-testid="no-orientation-records">
          Non hai ancora fatto un colloquio di orientamento. Puoi prenotarlo in{' '}
          <Link to="/colloqui">I miei colloqui</Link>.
        </p>
      ) : (
        records.data.map((record) => (
          <OrientationRecordView key={record.id} record={record} audience="citizen" />
        ))
      )}
    </>
  );
}
