import {
  formatPoints,
  LoadError,
  Loading,
  MatchComponents,
  matchGaps,
  Notice,
  scoreInWords,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';

const MatchesQuery = graphql(`
  query SuggestedCandidates_MatchesQuery($id: ID!, $first: Int) {
    vacancy(id: $id) {
      id
      matches(first: $first) {
        score
        components {
          component
          points
          maxPoints
          reason
        }
        citizen {
          id
          givenName
          familyName
        }
        pseudonymousCandidate {
          ...PseudonymousProfileFields
        }
        application {
          id
          status
        }
      }
    }
  }
`);

const SHOWN = 20;

/**
 * "Candidati suggeriti": the people of the network who share their CV, best first, without their
 * identity; the sportello proposes them to the company. A vacancy reserved under law 68/1999 has
 * none for the company: all its matches are people on the lists, so the sportello proposes.
 */
export function SuggestedCandidates({
  vacancyId,
  law68Reserved,
}: {
  vacancyId: string;
  law68Reserved: boolean;
}) {
  const query = useQuery({
    queryKey: ['vacancy', vacancyId, 'matches'],
    queryFn: () => client.request(MatchesQuery, { id: vacancyId, first: SHOWN }),
    enabled: !law68Reserved,
  });
  if (law68Reserved)
    return (
      <section className="sl-section" aria-labelledby="matches">
        <h2 id="matches">Candidati suggeriti</h2>
        <Notice kind="info" testId="matches-reserved">
          <p>
            Questa offerta è riservata alle persone iscritte alle liste del collocamento mirato (legge
            68/1999). Per proteggere i loro dati sulla salute, qui non vedi i candidati suggeriti: è lo
            sportello a scegliere e proporti le persone adatte.
          </p>
          <p className="mb-0">
            Le persone proposte compaiono tra le candidature con un codice. Vedi nome, contatti e CV quando la
            persona accetta la proposta.
          </p>
        </Notice>
      </section>
    );
  const matches = query.data?.vacancy?.matches ?? [];

  return (
    <section className="sl-section" aria-labelledby="matches">
      <h2 id="matches">Candidati suggeriti</h2>
      <p>
        Le persone della rete che condividono il CV con le aziende, dalla più adatta all’offerta. Vedi chi
        sono solo dopo che si candidano o accettano una proposta: se una ti interessa, chiedi allo sportello
        di proporle l’offerta. Il punteggio va da 0 a 100 ed è la somma dei punti di ogni voce; età, genere,
        nazionalità e disabilità non contano.
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <LoadError error={query.error} retry={() => query.refetch()} />
      ) : matches.length === 0 ? (
        <Notice kind="info" testId="matches-empty">
          <p className="mb-0">
            Per ora nessuna persona della rete che condivide il CV è adatta a questa offerta.
          </p>
        </Notice>
      ) : (
        <ol className="list-unstyled" data-testid="matches-list">
          {matches.map((match) => {
            const candidate = match.pseudonymousCandidate;
            return (
              <li key={candidate.alias} className="sl-match-card" data-testid="match-card">
                <h3 className="h5">
                  {match.citizen ? `${match.citizen.givenName} ${match.citizen.familyName}` : candidate.alias}
                </h3>
                <p className="sl-status-line">
                  <span className="sl-match-score" data-testid="match-score">
                    Punteggio {formatPoints(match.score)} su 100
                  </span>{' '}
                  <span className="sl-tag">{scoreInWords(match.score)}</span>{' '}
                  {match.application ? (
                    <span className="sl-tag" data-testid="match-application">
                      {labels.applicationStatus[match.application.status]}
                    </span>
                  ) : null}
                </p>
                <p>
                  {candidate.ageBand}, provincia di {candidate.province}.{' '}
                  {candidate.soughtOccupations.length
                    ? `Cerca lavoro come: ${candidate.soughtOccupations.map((o) => o.label).join(', ')}.`
                    : ''}
                </p>
                <p className="mb-1">{matchGaps(match.components)}</p>
                <MatchComponents components={match.components} testId="match-components" />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
