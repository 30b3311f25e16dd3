import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  formatPoints,
  hasErrors,
  it,
  LoadError,
  Loading,
  MatchComponents,
  mapUserErrors,
  Notice,
  noErrors,
  scoreInWords,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { labels, statusClass } from '../format';
import { graphql } from '../gql';
import type {
  CandidateMatches_MatchesQueryQuery,
  CandidateMatchFilter,
  TargetGroup,
  VacancyStatus,
} from '../gql/graphql';

const MatchesQuery = graphql(`
  query CandidateMatches_MatchesQuery($id: ID!, $first: Int, $filter: CandidateMatchFilter) {
    vacancy(id: $id) {
      id
      matches(first: $first, filter: $filter) {
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
        application {
          id
          status
        }
      }
    }
  }
`);

const ProposeMutation = graphql(`
  mutation CandidateMatches_ProposeMutation($vacancyId: ID!, $citizenId: ID!) {
    proposeCandidate(vacancyId: $vacancyId, citizenId: $citizenId) {
      application {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Match = NonNullable<CandidateMatches_MatchesQueryQuery['vacancy']>['matches'][number];

/** The best 50: the filters narrow them down rather than paging through weaker ones. */
const SHOWN = 50;
const TARGET_GROUPS: readonly TargetGroup[] = ['OVER_45', 'UNDER_30', 'NEET'];
const targetGroupHints: Record<TargetGroup, string> = {
  OVER_45: '45 anni o più',
  UNDER_30: 'meno di 30 anni',
  NEET: 'da 15 a 29 anni, senza lavoro e non in formazione',
};

type FilterField = 'radiusKm' | 'minScore';
const filterLabels: Record<FilterField, string> = {
  radiusKm: 'Raggio massimo in km',
  minScore: 'Punteggio minimo',
};

/** Mirrors the API's rules: whole km from 0 to 500, a score from 0 to 100. */
function parseFilter(
  radius: string,
  minScore: string,
  groups: TargetGroup[],
): { filter: CandidateMatchFilter; errors: FormErrors<FilterField> } {
  const errors = noErrors<FilterField>();
  const filter: CandidateMatchFilter = {};
  if (radius.trim()) {
    const value = Number(radius.trim());
    if (!Number.isInteger(value) || value < 0 || value > 500)
      errors.fields.radiusKm = 'Il raggio va indicato in km interi, da 0 a 500.';
    else filter.radiusKm = value;
  }
  if (minScore.trim()) {
    const value = Number(minScore.trim().replace(',', '.'));
    if (!Number.isFinite(value) || value < 0 || value > 100)
      errors.fields.minScore = 'Il punteggio minimo va da 0 a 100.';
    else filter.minScore = value;
  }
  if (groups.length > 0) filter.targetGroups = groups;
  return { filter, errors };
}

/** "Candidati suggeriti" on a vacancy's page: the ranked citizens, filters, and a one-step proposal. */
export function CandidateMatches({
  vacancy,
}: {
  vacancy: { id: string; title: string; status: VacancyStatus };
}) {
  const [radius, setRadius] = useState('');
  const [minScore, setMinScore] = useState('');
  const [groups, setGroups] = useState<TargetGroup[]>([]);
  const [filter, setFilter] = useState<CandidateMatchFilter>({});
  const [errors, setErrors] = useState<FormErrors<FilterField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const query = useQuery({
    queryKey: ['vacancy', vacancy.id, 'matches', filter],
    queryFn: () => client.request(MatchesQuery, { id: vacancy.id, first: SHOWN, filter }),
  });
  const matches = query.data?.vacancy?.matches ?? [];
  const filtered = Object.keys(filter).length > 0;

  function apply(event: FormEvent) {
    event.preventDefault();
    const parsed = parseFilter(radius, minScore, groups);
    setErrors(parsed.errors);
    setSubmits((n) => n + 1);
    if (!hasErrors(parsed.errors)) setFilter(parsed.filter);
  }

  function reset() {
    setRadius('');
    setMinScore('');
    setGroups([]);
    setErrors(noErrors());
    setFilter({});
  }

  return (
    <section className="sl-section" aria-labelledby="matches">
      <h2 id="matches">Candidati suggeriti</h2>
      <p>
        Le persone della rete che condividono il CV con le aziende, dalla più adatta all’offerta. Il punteggio
        va da 0 a 100 ed è la somma dei punti di ogni voce. Età, genere, nazionalità e disabilità non contano
        nel punteggio.
      </p>
      <form className="sl-form-box" noValidate onSubmit={apply} data-testid="matches-filter">
        <ErrorSummary errors={errors} labels={filterLabels} focusKey={submits} />
        <TextField
          id="matches-radius"
          label={filterLabels.radiusKm}
          hint="Solo le persone che abitano entro questa distanza dal luogo di lavoro."
          inputMode="numeric"
          value={radius}
          onChange={setRadius}
          optional
          error={errors.fields.radiusKm}
        />
        <TextField
          id="matches-min-score"
          label={filterLabels.minScore}
          hint="Da 0 a 100."
          inputMode="decimal"
          value={minScore}
          onChange={setMinScore}
          optional
          error={errors.fields.minScore}
        />
        <fieldset className="sl-fieldset">
          <legend>Gruppi target (facoltativo)</legend>
          <p className="sl-hint">Solo le persone in almeno uno dei gruppi scelti.</p>
          {TARGET_GROUPS.map((group) => (
            <CheckboxField
              key={group}
              id={`matches-group-${group}`}
              label={`${labels.targetGroup[group]} (${targetGroupHints[group]})`}
              checked={groups.includes(group)}
              onChange={(checked) =>
                setGroups((current) => (checked ? [...current, group] : current.filter((g) => g !== group)))
              }
            />
          ))}
        </fieldset>
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary">
            Applica i filtri
          </Button>
          {filtered ? (
            <Button type="button" color="primary" outline onClick={reset}>
              Togli i filtri
            </Button>
          ) : null}
        </div>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <LoadError error={query.error} retry={() => query.refetch()} />
      ) : matches.length === 0 ? (
        <Notice kind="info" testId="matches-empty">
          <p className="mb-0">
            {filtered
              ? 'Nessuna persona corrisponde ai filtri scelti: prova ad allargarli.'
              : 'Per ora nessuna persona della rete che condivide il CV è adatta a questa offerta.'}
          </p>
        </Notice>
      ) : (
        <>
          <p aria-live="polite" data-testid="matches-count">
            {matches.length === 1 ? '1 persona suggerita.' : `${matches.length} persone suggerite.`}
          </p>
          <ol className="list-unstyled" data-testid="matches-list">
            {matches.map((match, index) => (
              <CandidateCard
                key={match.citizen?.id ?? index}
                match={match}
                rank={index + 1}
                vacancy={vacancy}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type ProposeResult =
  | { kind: 'success'; text: string }
  | { kind: 'error'; errors: FormErrors<'citizenId' | 'note'> };

const proposeFieldLabels = { citizenId: 'Persona', note: 'Nota' };

function CandidateCard({
  match,
  rank,
  vacancy,
}: {
  match: Match;
  rank: number;
  vacancy: { id: string; title: string; status: VacancyStatus };
}) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ProposeResult | null>(null);
  const citizen = match.citizen;
  const name = citizen ? `${citizen.givenName} ${citizen.familyName}` : 'Persona non visibile';

  async function propose() {
    if (pending || !citizen) return;
    setPending(true);
    setResult(null);
    try {
      const { proposeCandidate } = await client.request(ProposeMutation, {
        vacancyId: vacancy.id,
        citizenId: citizen.id,
      });
      if (proposeCandidate.application && proposeCandidate.userErrors.length === 0) {
        setResult({
          kind: 'success',
          text: `Hai proposto ${name} per l’offerta «${vacancy.title}». La persona vedrà la proposta nella sua area e deciderà se accettarla.`,
        });
        await queryClient.invalidateQueries({ queryKey: ['vacancy', vacancy.id] });
      } else {
        setResult({
          kind: 'error',
          errors: mapUserErrors(proposeCandidate.userErrors, ['citizenId', 'note'] as const),
        });
      }
    } catch (error) {
      setResult({ kind: 'error', errors: failure(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <li className="sl-match-card" data-testid="match-card">
      <h3>
        <span className="visually-hidden">{rank}. </span>
        {citizen ? <Link to={`/cittadini/${citizen.id}`}>{name}</Link> : name}
      </h3>
      <p className="sl-status-line">
        <span className="sl-match-score" data-testid="match-score">
          Punteggio {formatPoints(match.score)} su 100
        </span>{' '}
        <span className="sl-tag">{scoreInWords(match.score)}</span>{' '}
        {match.application ? (
          <span
            className={`sl-status ${statusClass.application[match.application.status]}`}
            data-testid="match-application"
          >
            {match.application.status === 'PROPOSED'
              ? 'Già proposta'
              : `Già candidata: ${labels.applicationStatus[match.application.status].toLowerCase()}`}
          </span>
        ) : null}
      </p>
      <MatchComponents components={match.components} testId="match-components" />
      <div aria-live="polite" aria-atomic="true">
        {result?.kind === 'success' ? (
          <Notice kind="success" testId="propose-result">
            <p className="mb-0">{result.text}</p>
          </Notice>
        ) : null}
        {result?.kind === 'error' ? (
          <Notice kind="danger" testId="propose-result">
            <p>La proposta non è stata inviata:</p>
            <ul className="mb-0">
              {Object.entries(result.errors.fields).map(([field, message]) => (
                <li key={field}>
                  {proposeFieldLabels[field as keyof typeof proposeFieldLabels]}: {message}
                </li>
              ))}
              {result.errors.form.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
      </div>
      {citizen && !match.application && vacancy.status === 'PUBLISHED' ? (
        <Button
          type="button"
          color="primary"
          aria-disabled={pending || undefined}
          aria-label={`Proponi ${name} all’azienda`}
          onClick={propose}
        >
          {pending ? it.common.sending : 'Proponi'}
        </Button>
      ) : null}
    </li>
  );
}
