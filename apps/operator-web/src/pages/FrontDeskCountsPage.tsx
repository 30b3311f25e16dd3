import { dayInItaly, todayInItaly } from '@sportello/domain';
import { DataTable, formatDate, LoadError, Loading, PageTitle, SelectField, TextField } from '@sportello/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { sportelliQuery } from '../colloqui-slots';
import { labels } from '../format';
import { graphql } from '../gql';

const CountsQuery = graphql(`
  query FrontDeskCountsPage_CountsQuery($from: Date!, $to: Date!, $sportelloId: ID) {
    frontDeskCounts(from: $from, to: $to, sportelloId: $sportelloId) {
      from
      to
      total
      anonymous
      byChannel {
        channel
        count
      }
      byTopic {
        topic
        count
      }
      byOutcome {
        outcome
        count
      }
      byComune {
        comune {
          istatCode
          name
        }
        count
      }
      bySportello {
        sportello {
          id
          name
        }
        count
      }
    }
  }
`);

const DEFAULT_DAYS = 30;

/** "Accoglienza in cifre": how many first contacts, by channel, topic, outcome, comune and sportello. */
export function FrontDeskCountsPage() {
  const me = useMe().data?.me;
  const isAdmin = me?.kind === 'NETWORK_ADMIN';
  const [from, setFrom] = useState(() => dayInItaly(-DEFAULT_DAYS + 1));
  const [to, setTo] = useState(() => todayInItaly());
  const [sportelloId, setSportelloId] = useState('');
  const sportelli = useQuery({ ...sportelliQuery, enabled: isAdmin });
  const validPeriod = from !== '' && to !== '' && from <= to;
  const counts = useQuery({
    queryKey: ['frontDesk', 'counts', from, to, sportelloId],
    queryFn: () => client.request(CountsQuery, { from, to, sportelloId: sportelloId || null }),
    enabled: me !== undefined && validPeriod,
    placeholderData: keepPreviousData,
  });
  const data = counts.data?.frontDeskCounts;

  return (
    <>
      <PageTitle>Accoglienza in cifre</PageTitle>
      <p className="sl-lead">
        Quanti primi contatti {isAdmin ? 'hanno avuto gli sportelli della rete' : 'ha avuto il tuo sportello'}{' '}
        nel periodo, senza quelli segnati come inseriti per errore. Solo numeri: nessun dato delle persone.{' '}
        {isAdmin ? null : <Link to="/accoglienza">Torna all’accoglienza</Link>}
      </p>
      <form className="row" onSubmit={(event) => event.preventDefault()} aria-label="Periodo">
        <div className="col-md-4">
          <TextField
            id="counts-from"
            label="Dal"
            type="date"
            value={from}
            max={to}
            onChange={setFrom}
            error={validPeriod ? undefined : 'La data iniziale deve venire prima di quella finale.'}
          />
        </div>
        <div className="col-md-4">
          <TextField id="counts-to" label="Al" type="date" value={to} min={from} onChange={setTo} />
        </div>
        {isAdmin ? (
          <div className="col-md-4">
            <SelectField
              id="counts-sportello"
              label="Sportello"
              value={sportelloId}
              onChange={setSportelloId}
              options={(sportelli.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              placeholder="Tutti gli sportelli della rete"
              optional
            />
          </div>
        ) : null}
      </form>
      {counts.error ? (
        <LoadError error={counts.error} retry={counts.refetch} />
      ) : !data ? (
        validPeriod ? (
          <Loading />
        ) : null
      ) : (
        <div data-testid="front-desk-counts" aria-live="polite">
          <p data-testid="counts-total">
            Dal {formatDate(data.from)} al {formatDate(data.to)}: <strong>{data.total}</strong>{' '}
            {data.total === 1 ? 'contatto' : 'contatti'}, di cui {data.anonymous} anonimi.
          </p>
          <div className="row">
            <div className="col-lg-6">
              <DataTable
                caption="Per sportello"
                testId="counts-by-sportello"
                rows={data.bySportello}
                rowKey={(r) => r.sportello.id}
                columns={[
                  { header: 'Sportello', cell: (r) => r.sportello.name },
                  { header: 'Contatti', cell: (r) => r.count },
                ]}
              />
              <DataTable
                caption="Per canale"
                testId="counts-by-channel"
                rows={data.byChannel}
                rowKey={(r) => r.channel}
                columns={[
                  { header: 'Canale', cell: (r) => labels.contactChannel[r.channel] },
                  { header: 'Contatti', cell: (r) => r.count },
                ]}
              />
              <DataTable
                caption="Per argomento"
                testId="counts-by-topic"
                rows={data.byTopic}
                rowKey={(r) => r.topic}
                columns={[
                  { header: 'Argomento', cell: (r) => labels.contactTopic[r.topic] },
                  { header: 'Contatti', cell: (r) => r.count },
                ]}
              />
            </div>
            <div className="col-lg-6">
              <DataTable
                caption="Per esito"
                testId="counts-by-outcome"
                rows={data.byOutcome}
                rowKey={(r) => r.outcome}
                columns={[
                  { header: 'Esito', cell: (r) => labels.contactOutcome[r.outcome] },
                  { header: 'Contatti', cell: (r) => r.count },
                ]}
              />
              <DataTable
                caption="Per comune di provenienza"
                testId="counts-by-comune"
                rows={data.byComune}
                rowKey={(r) => r.comune.istatCode}
                columns={[
                  { header: 'Comune', cell: (r) => r.comune.name },
                  { header: 'Contatti', cell: (r) => r.count },
                ]}
              />
            </div>
          </div>
        </div>
      )}
    </>
  );
}
