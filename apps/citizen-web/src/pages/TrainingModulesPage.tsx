import { formatTrainingPlace, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { trainingWhen } from '../training';

const OpenModulesQuery = graphql(`
  query TrainingModulesPage_OpenModulesQuery($first: Int!, $after: String) {
    openTrainingModules(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          provider
          hours
          startsOn
          endsOn
          mode
          comune {
            istatCode
            name
          }
          seatsLeft
          skills {
            skill {
              uri
              label
            }
          }
        }
      }
    }
  }
`);

/** "Corsi di formazione": the published modules of the citizen's network, the soonest start first. */
export function TrainingModulesPage() {
  const query = usePagedQuery(['openTrainingModules'], async (after) => {
    const data = await client.request(OpenModulesQuery, { first: PAGE_SIZE, after });
    return data.openTrainingModules;
  });

  return (
    <>
      <PageTitle>Corsi di formazione</PageTitle>
      <p className="sl-lead">
        Corsi brevi proposti dagli sportelli lavoro della rete, per imparare cose utili nel lavoro. Apri un
        corso per leggere di che cosa si tratta e chiedere un posto.
      </p>
      <p>
        <Link to="/iscrizioni">Vedi i corsi a cui sei iscritta/o</Link>
      </p>
      <PagedList
        query={query}
        empty="In questo momento non ci sono corsi aperti. Torna a guardare più avanti, oppure chiedi allo sportello lavoro del tuo comune."
      >
        {(modules) => (
          <ul className="list-unstyled" data-testid="training-module-list">
            {modules.map((m) => (
              <li key={m.id} className="sl-match-card" data-testid="training-module-row">
                <h2 className="h5">
                  <Link to={`/corsi/${m.id}`}>{m.title}</Link>
                </h2>
                <dl className="sl-details sl-details--compact mb-0">
                  <dt>Chi lo organizza</dt>
                  <dd>{m.provider}</dd>
                  <dt>Quando</dt>
                  <dd>{trainingWhen(m)}</dd>
                  <dt>Dove</dt>
                  <dd>{formatTrainingPlace(m)}</dd>
                  <dt>Posti liberi</dt>
                  <dd>{m.seatsLeft > 0 ? m.seatsLeft : 'Nessuno, i posti sono esauriti'}</dd>
                  {m.skills.length ? (
                    <>
                      <dt>Che cosa impari</dt>
                      <dd>{m.skills.map((s) => s.skill.label).join('; ')}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
