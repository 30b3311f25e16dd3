import {
  ErrorSummary,
  type FormErrors,
  formatDate,
  formatPoints,
  hasErrors,
  it,
  Loading,
  MatchComponents,
  matchGaps,
  Notice,
  noErrors,
  PageTitle,
  scoreInWords,
  TextField,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { MatchingVacanciesPage_MatchesQueryQuery } from '../gql/graphql';

const MatchesQuery = graphql(`
  query MatchingVacanciesPage_MatchesQuery($first: Int, $radiusKm: Int) {
    myMatchingVacancies(first: $first, radiusKm: $radiusKm) {
      score
      components {
        component
        points
        maxPoints
        reason
      }
      vacancy {
        id
        title
        companyName
        remote
        expiresOn
        workplaceComune {
          name
          provinceCode
        }
      }
    }
    myApplications(first: 100) {
      edges {
        node {
          id
          status
          vacancy {
            id
          }
        }
      }
    }
  }
`);

type VacancyMatch = MatchingVacanciesPage_MatchesQueryQuery['myMatchingVacancies'][number];

const SHOWN = 30;
const RADIUS_ERROR = 'Scrivi la distanza in km con un numero intero, da 0 a 500.';

function place(vacancy: VacancyMatch['vacancy']): string {
  const comune = vacancy.workplaceComune
    ? `${vacancy.workplaceComune.name} (${vacancy.workplaceComune.provinceCode})`
    : null;
  if (vacancy.remote) return comune ? `${comune}, anche da remoto` : 'Da remoto';
  return comune ?? 'Luogo non indicato';
}

/** "Offerte adatte a te": the published vacancies that match the citizen's CV, best first. */
export function MatchingVacanciesPage() {
  const [radius, setRadius] = useState('');
  const [radiusKm, setRadiusKm] = useState<number | null>(null);
  const [errors, setErrors] = useState<FormErrors<'radiusKm'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['my-matching-vacancies', radiusKm],
    queryFn: () => client.request(MatchesQuery, { first: SHOWN, radiusKm }),
  });
  const applied = new Map(
    (data?.myApplications.edges ?? []).map(({ node }) => [node.vacancy.id, node.status] as const),
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    const text = radius.trim();
    const value = Number(text);
    const next = noErrors<'radiusKm'>();
    if (text && (!Number.isInteger(value) || value < 0 || value > 500)) next.fields.radiusKm = RADIUS_ERROR;
    setErrors(next);
    setSubmits((n) => n + 1);
    if (!hasErrors(next)) setRadiusKm(text ? value : null);
  }

  return (
    <>
      <PageTitle>Offerte adatte a te</PageTitle>
      <p>
        Qui trovi le offerte di lavoro pubblicate nei comuni della rete che corrispondono al tuo curriculum,
        dalla più adatta. Per ogni offerta ti spieghiamo perché è adatta: più punti vuol dire che l’offerta
        corrisponde meglio a quello che sai fare e che cerchi.
      </p>
      <form className="sl-form-box" noValidate onSubmit={apply} data-testid="radius-filter">
        <ErrorSummary errors={errors} labels={{ radiusKm: 'Distanza massima' }} focusKey={submits} />
        <TextField
          id="radiusKm"
          label="Distanza massima da casa, in km"
          hint="Per esempio 20. Lascia vuoto per vedere le offerte entro la distanza indicata nel tuo profilo."
          inputMode="numeric"
          value={radius}
          onChange={setRadius}
          optional
          error={errors.fields.radiusKm}
        />
        <button type="submit" className="btn btn-primary mb-3">
          Mostra le offerte
        </button>
      </form>
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <Notice kind="danger" live="assertive">
          <p>{error?.message ?? it.errors.loadFailed}</p>
          <button type="button" className="btn btn-primary" onClick={() => refetch()}>
            {it.common.retry}
          </button>
        </Notice>
      ) : data.myMatchingVacancies.length === 0 ? (
        <Notice kind="info" testId="matches-empty">
          <p className="mb-0">
            {radiusKm != null
              ? `Nessuna offerta adatta a te entro ${radiusKm} km. Prova con una distanza più grande.`
              : 'Per ora nessuna offerta pubblicata corrisponde al tuo curriculum. Lo sportello lavoro del tuo comune può aiutarti a completarlo: tornando qui vedrai le offerte adatte.'}
          </p>
        </Notice>
      ) : (
        <>
          <p aria-live="polite" data-testid="matches-count">
            {data.myMatchingVacancies.length === 1
              ? 'Abbiamo trovato 1 offerta adatta a te.'
              : `Abbiamo trovato ${data.myMatchingVacancies.length} offerte adatte a te.`}
          </p>
          <ol className="list-unstyled" data-testid="matches-list">
            {data.myMatchingVacancies.map((match) => (
              <li key={match.vacancy.id} className="sl-match-card" data-testid="match-card">
                <h2 className="h4">{match.vacancy.title}</h2>
                <p className="mb-2">
                  {match.vacancy.companyName} · {place(match.vacancy)}
                  <br />
                  Puoi candidarti fino al {formatDate(match.vacancy.expiresOn)}.
                </p>
                <p className="sl-match-score" data-testid="match-score">
                  {scoreInWords(match.score)} per te: {formatPoints(match.score)} punti su 100
                </p>
                <p data-testid="match-gaps">{matchGaps(match.components)}</p>
                <p className="mb-1">Ecco come abbiamo calcolato i punti:</p>
                <MatchComponents components={match.components} testId="match-components" />
                {applied.has(match.vacancy.id) ? (
                  <p className="mb-0" data-testid="match-applied">
                    <strong>
                      {applied.get(match.vacancy.id) === 'PROPOSED'
                        ? 'Lo sportello ti ha proposto per questa offerta: trovi la proposta nella tua area.'
                        : 'Hai già inviato la candidatura per questa offerta.'}
                    </strong>
                  </p>
                ) : (
                  <Link className="btn btn-primary" to={`/candidatura/${match.vacancy.id}`}>
                    Candidati<span className="visually-hidden"> per «{match.vacancy.title}»</span>
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
