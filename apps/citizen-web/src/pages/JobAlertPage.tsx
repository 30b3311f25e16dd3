import {
  attempt,
  ErrorSummary,
  type FormErrors,
  formatDate,
  hasErrors,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  SelectField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { JobAlertFrequency } from '../gql/graphql';

const JobAlertQuery = graphql(`
  query JobAlertPage_JobAlertQuery {
    myJobAlert {
      id
      frequency
      minScore
      lastSentAt
      nextRunAt
    }
  }
`);

const SaveMutation = graphql(`
  mutation JobAlertPage_SaveMutation($input: JobAlertInput!) {
    saveJobAlert(input: $input) {
      jobAlert {
        id
        frequency
        minScore
        nextRunAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DeleteMutation = graphql(`
  mutation JobAlertPage_DeleteMutation {
    deleteJobAlert {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Field = 'frequency' | 'minScore';

const FREQUENCIES = [
  { value: 'WEEKLY', label: 'Una volta alla settimana' },
  { value: 'DAILY', label: 'Ogni giorno' },
];

const SCORES = [
  { value: '75', label: 'Solo le offerte molto adatte (punteggio da 75 su 100)' },
  { value: '50', label: 'Le offerte adatte (punteggio da 50 su 100)' },
  { value: '25', label: 'Anche le offerte adatte in parte (punteggio da 25 su 100)' },
];

/** "Avviso offerte": a periodic email of the new vacancies that suit the citizen's CV. */
export function JobAlertPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = useQuery({ queryKey: ['myJobAlert'], queryFn: () => client.request(JobAlertQuery) });
  const alert = query.data?.myJobAlert;
  const [frequency, setFrequency] = useState('WEEKLY');
  const [minScore, setMinScore] = useState('50');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);

  useEffect(() => {
    if (!alert) return;
    setFrequency(alert.frequency);
    setMinScore(String(alert.minScore));
  }, [alert]);

  async function save(event: FormEvent) {
    event.preventDefault();
    announce(null);
    const userErrors = await attempt(async () => {
      const { saveJobAlert } = await client.request(SaveMutation, {
        input: { frequency: frequency as JobAlertFrequency, minScore: Number(minScore) },
      });
      return saveJobAlert.userErrors;
    });
    const next = mapUserErrors(userErrors, ['frequency', 'minScore'] as const);
    setErrors(next);
    setSubmits((n) => n + 1);
    if (hasErrors(next)) return;
    announce({
      kind: 'success',
      text: alert
        ? 'Hai aggiornato il tuo avviso.'
        : 'Avviso attivato. Riceverai le nuove offerte adatte a te per email.',
    });
    await queryClient.invalidateQueries({ queryKey: ['myJobAlert'] });
  }

  async function remove() {
    announce(null);
    const userErrors = await attempt(
      async () => (await client.request(DeleteMutation)).deleteJobAlert.userErrors,
    );
    announce(
      userErrors.length
        ? { kind: 'danger', text: userErrors.map((e) => e.message).join(' ') }
        : { kind: 'success', text: 'Avviso disattivato: non riceverai più queste email.' },
    );
    await queryClient.invalidateQueries({ queryKey: ['myJobAlert'] });
  }

  return (
    <>
      <PageTitle>Avviso offerte per email</PageTitle>
      <p className="sl-lead">
        Ti mandiamo per email le nuove offerte di lavoro pubblicate nella rete che sono adatte al tuo CV. Più
        il CV è completo, più l’avviso è preciso.
      </p>
      <p>
        <Link to="/offerte-adatte">Vedi subito le offerte adatte a te</Link>
      </p>
      {announcement}
      {query.isPending ? <Loading /> : null}
      {query.data ? (
        <>
          {alert ? (
            <Notice kind="info" testId="job-alert-status">
              <p className="mb-0">
                Il tuo avviso è attivo.{' '}
                {alert.lastSentAt ? `L’ultima email è del ${formatDate(alert.lastSentAt)}. ` : ''}
                Il prossimo controllo delle nuove offerte è il {formatDate(alert.nextRunAt)}.
              </p>
            </Notice>
          ) : (
            <Notice kind="info" testId="job-alert-status">
              <p className="mb-0">Non hai un avviso attivo.</p>
            </Notice>
          )}
          <form onSubmit={save} noValidate>
            <ErrorSummary
              errors={errors}
              labels={{ frequency: 'Ogni quanto', minScore: 'Quali offerte' }}
              focusKey={submits}
            />
            <SelectField
              id="frequency"
              label="Ogni quanto vuoi ricevere l’email"
              placeholder="Scegli"
              value={frequency}
              onChange={setFrequency}
              options={FREQUENCIES}
              error={errors.fields.frequency}
            />
            <SelectField
              id="minScore"
              label="Quali offerte vuoi ricevere"
              placeholder="Scegli"
              value={minScore}
              onChange={setMinScore}
              options={SCORES}
              hint="Il punteggio dice quanto l’offerta corrisponde al tuo CV: professione, competenze, distanza, titoli."
              error={errors.fields.minScore}
            />
            <Button type="submit" color="primary">
              {alert ? 'Salva le modifiche' : 'Attiva l’avviso'}
            </Button>{' '}
            {alert ? (
              <Button type="button" color="primary" outline onClick={remove}>
                Disattiva l’avviso
              </Button>
            ) : null}
          </form>
          <p className="mt-4">
            In ogni email trovi anche un collegamento per disattivare l’avviso con un clic, senza accedere.
          </p>
        </>
      ) : null}
    </>
  );
}
