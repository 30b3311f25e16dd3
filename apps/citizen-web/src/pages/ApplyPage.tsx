import {
  ErrorSummary,
  type FormErrors,
  formatCents,
  formatDate,
  hasErrors,
  it,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  TextAreaField,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { requestFailed } from '../letters/shared';

const ApplyQuery = graphql(`
  query ApplyPage_VacancyQuery($id: ID!) {
    vacancy(id: $id) {
      id
      title
      companyName
      expiresOn
      workplaceComune {
        name
      }
      salaryMinCents
      salaryMaxCents
      collectiveAgreement
      agreementLevel
    }
    me {
      id
      citizen {
        id
        coverLetters {
          id
          title
          vacancy {
            id
          }
        }
      }
    }
  }
`);

const ApplyMutation = graphql(`
  mutation ApplyPage_ApplyMutation($vacancyId: ID!, $coverLetter: String, $coverLetterId: ID) {
    applyToVacancy(vacancyId: $vacancyId, coverLetter: $coverLetter, coverLetterId: $coverLetterId) {
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

type Field = 'letter' | 'coverLetter';
const WRITE = 'scrivi';
const NONE = 'nessuna';

/** Applying to a vacancy: with a saved cover letter, one written here, or none. */
export function ApplyPage() {
  const { vacancyId = '' } = useParams();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['apply', vacancyId],
    queryFn: () => client.request(ApplyQuery, { id: vacancyId }),
  });
  const letters = [...(data?.me?.citizen?.coverLetters ?? [])].sort(
    (a, b) => Number(b.vacancy?.id === vacancyId) - Number(a.vacancy?.id === vacancyId),
  );
  const [choice, setChoice] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [applied, setApplied] = useState(false);
  const selected = choice ?? letters[0]?.id ?? WRITE;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<Field>();
    if (selected === WRITE && text.trim().length === 0)
      next.fields.coverLetter = 'Scrivi la lettera, oppure scegli «Senza lettera».';
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { applyToVacancy } = await client.request(ApplyMutation, {
          vacancyId,
          coverLetter: selected === WRITE ? text : null,
          coverLetterId: selected === WRITE || selected === NONE ? null : selected,
        });
        if (applyToVacancy.application) setApplied(true);
        next = mapUserErrors(applyToVacancy.userErrors, ['coverLetter'] as const, {
          coverLetterId: 'letter',
        });
      } catch (failure) {
        next = requestFailed(failure);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  if (isPending) {
    return (
      <>
        <PageTitle>Candidati a un’offerta</PageTitle>
        <Loading />
      </>
    );
  }
  const vacancy = data?.vacancy;
  if (error || !vacancy) {
    return (
      <>
        <PageTitle>Candidati a un’offerta</PageTitle>
        <Notice kind="warning" live="assertive">
          <p>{error?.message ?? 'Offerta non trovata o non più aperta.'}</p>
          {error ? (
            <button type="button" className="btn btn-primary" onClick={() => refetch()}>
              Riprova
            </button>
          ) : null}
        </Notice>
      </>
    );
  }
  const place = vacancy.workplaceComune ? ` a ${vacancy.workplaceComune.name}` : '';
  if (applied) {
    return (
      <>
        <PageTitle title="Candidatura inviata">{vacancy.title}</PageTitle>
        <Notice kind="success" live="polite" testId="applied">
          <p className="mb-0">
            Ti sei candidato all’offerta di {vacancy.companyName}
            {place}. L’azienda vede il tuo profilo e la lettera; lo sportello ti segue nei passi successivi.
          </p>
        </Notice>
        <p>
          <Link to="/candidature">Segui la candidatura in «Le mie candidature»</Link>
        </p>
        <Link to="/lettere">Torna alle tue lettere</Link>
      </>
    );
  }

  return (
    <>
      <PageTitle title={`Candidatura: ${vacancy.title}`}>Candidati a un’offerta</PageTitle>
      <p className="sl-lead">
        <strong>{vacancy.title}</strong> presso {vacancy.companyName}
        {place}. Candidature fino al {formatDate(vacancy.expiresOn)}.
      </p>
      <PayLines vacancy={vacancy} />
      <form onSubmit={submit} noValidate data-testid="apply-form">
        <ErrorSummary
          errors={errors}
          labels={{ letter: 'Lettera di presentazione', coverLetter: 'Testo della lettera' }}
          ids={{ letter: `letter-${selected}` }}
          focusKey={submits}
        />
        <fieldset className="sl-fieldset">
          <legend className="h5">Lettera di presentazione</legend>
          {errors.fields.letter ? <p className="sl-error">{errors.fields.letter}</p> : null}
          {[
            ...letters.map((l) => ({ value: l.id, label: `La mia lettera «${l.title}»` })),
            { value: WRITE, label: 'Scrivo qui la lettera' },
            { value: NONE, label: 'Senza lettera' },
          ].map((option) => (
            <div className="form-check" key={option.value}>
              <input
                type="radio"
                id={`letter-${option.value}`}
                name="letter"
                value={option.value}
                checked={selected === option.value}
                onChange={() => setChoice(option.value)}
              />
              <label htmlFor={`letter-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        {selected === WRITE ? (
          <TextAreaField
            id="coverLetter"
            label="Testo della lettera"
            hint="Al massimo 5000 caratteri."
            value={text}
            onChange={setText}
            error={errors.fields.coverLetter}
            rows={10}
          />
        ) : null}
        <p>
          Non hai ancora una lettera per questa offerta?{' '}
          <Link to={`/lettere?offerta=${vacancy.id}`}>Scrivila partendo da un modello</Link>.
        </p>
        <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Invia la candidatura'}
        </button>
      </form>
    </>
  );
}

interface Pay {
  salaryMinCents?: number | null;
  salaryMaxCents?: number | null;
  collectiveAgreement?: string | null;
  agreementLevel?: string | null;
}

/** What the vacancy pays: the gross monthly range and the collective agreement, each when given. */
function PayLines({ vacancy }: { vacancy: Pay }) {
  const { salaryMinCents: min, salaryMaxCents: max } = vacancy;
  const range =
    min != null && max != null && min !== max
      ? `da ${formatCents(min)} a ${formatCents(max)} lordi al mese`
      : min != null || max != null
        ? `${formatCents((min ?? max)!)} lordi al mese`
        : null;
  if (!range && !vacancy.collectiveAgreement) return null;
  return (
    <dl className="sl-details sl-details--compact" data-testid="vacancy-pay">
      {range ? (
        <>
          <dt>Retribuzione</dt>
          <dd>{range}</dd>
        </>
      ) : null}
      {vacancy.collectiveAgreement ? (
        <>
          <dt>Contratto collettivo</dt>
          <dd>
            {vacancy.collectiveAgreement}, {vacancy.agreementLevel}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
