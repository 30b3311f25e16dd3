import { LoadError, Loading, OrientationRecordView } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { Orientation_RecordsQueryDocument } from '../gql/graphql';

/** The orientation records the operator may read: all, at the sportello in charge; else their own. */
export function useOrientationRecords(citizenId: string) {
  return useQuery({
    queryKey: ['citizen', citizenId, 'orientationRecords'],
    queryFn: async () =>
      (await client.request(Orientation_RecordsQueryDocument, { citizenId })).orientationRecords,
  });
}

export function CitizenOrientation({
  citizen,
}: {
  citizen: { id: string; inChargeAt: { id: string } | null };
}) {
  const me = useMe().data?.me;
  const records = useOrientationRecords(citizen.id);
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
      {inChargeHere ? (
        <p>
          <Link
            className="btn btn-primary"
            to={`/colloqui/nuovo?cittadino=${citizen.id}&tipo=ORIENTATION_INTERVIEW`}
          >
            Prenota un colloquio di orientamento
          </Link>{' '}
          <Link className="btn btn-outline-primary" to={`/cittadini/${citizen.id}/orientamento/nuovo`}>
            Scrivi una scheda di orientamento
          </Link>{' '}
          Per un colloquio prenotato, apri la scheda dall’elenco dei <Link to="/colloqui">colloqui</Link>.
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
