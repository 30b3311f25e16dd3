import {
  type Announcement,
  attempt,
  DataTable,
  ErrorSummary,
  type FormErrors,
  formatDate,
  formatShortDateTime,
  formatTrainingPlace,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  SelectField,
  skillLevelLabels,
  type UserErrorLike,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { labels, statusClass } from '../format';
import { graphql } from '../gql';
import type { TrainingModulePage_TrainingModuleQueryQuery } from '../gql/graphql';
import { TrainingModuleForm, type TrainingModuleValues } from './TrainingModuleForm';

const TrainingModuleQuery = graphql(`
  query TrainingModulePage_TrainingModuleQuery($id: ID!) {
    trainingModule(id: $id) {
      id
      title
      provider
      description
      hours
      startsOn
      endsOn
      mode
      comune {
        istatCode
        name
      }
      seats
      enrolledCount
      seatsLeft
      status
      sportello {
        id
        name
      }
      skills {
        level
        skill {
          uri
          label
        }
      }
      enrolments {
        id
        status
        requestedByCitizen
        enrolledAt
        completedAt
        citizen {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation TrainingModulePage_UpdateMutation($id: ID!, $input: TrainingModuleInput!) {
    updateTrainingModule(id: $id, input: $input) {
      trainingModule {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const PublishMutation = graphql(`
  mutation TrainingModulePage_PublishMutation($id: ID!) {
    publishTrainingModule(id: $id) {
      trainingModule {
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

const CancelMutation = graphql(`
  mutation TrainingModulePage_CancelMutation($id: ID!) {
    cancelTrainingModule(id: $id) {
      trainingModule {
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

const EnrolMutation = graphql(`
  mutation TrainingModulePage_EnrolMutation($moduleId: ID!, $citizenId: ID) {
    enrolInTrainingModule(moduleId: $moduleId, citizenId: $citizenId) {
      enrolment {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CompleteMutation = graphql(`
  mutation TrainingModulePage_CompleteMutation($id: ID!) {
    completeTrainingEnrolment(id: $id) {
      enrolment {
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

const WithdrawMutation = graphql(`
  mutation TrainingModulePage_WithdrawMutation($id: ID!) {
    withdrawTrainingEnrolment(id: $id) {
      enrolment {
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

type TrainingModule = NonNullable<TrainingModulePage_TrainingModuleQueryQuery['trainingModule']>;
type Enrolment = TrainingModule['enrolments'][number];

const personName = (e: Enrolment) => `${e.citizen.givenName} ${e.citizen.familyName}`;

export function TrainingModulePage() {
  const { id = '' } = useParams();
  const created = (useLocation().state as { created?: boolean } | null)?.created ?? false;
  const queryClient = useQueryClient();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const [announcement, announce] = useAnnouncement();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['trainingModule', id],
    queryFn: () => client.request(TrainingModuleQuery, { id }),
  });
  const module = data?.trainingModule;
  const backLink = (
    <Link className="sl-back-link" to="/formazione">
      Torna all’elenco dei moduli formativi
    </Link>
  );

  async function changed(next: Announcement | null) {
    announce(next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['trainingModule', id] }),
      queryClient.invalidateQueries({ queryKey: ['trainingModules'] }),
      queryClient.invalidateQueries({ queryKey: ['citizen'] }),
    ]);
  }

  if (isPending) {
    return (
      <>
        <PageTitle>Modulo formativo</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !module) {
    return (
      <>
        <PageTitle>Modulo formativo</PageTitle>
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="training-module-not-found">
            <p className="mb-0">Nessun modulo formativo trovato: forse il link non è completo.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  const open = module.status !== 'CANCELLED';
  return (
    <>
      {backLink}
      <PageTitle>{module.title}</PageTitle>
      <p className="sl-status-line" data-testid="training-module-status">
        <span className={`sl-status ${statusClass.trainingModule[module.status]}`}>
          <span className="visually-hidden">Stato: </span>
          {labels.trainingModuleStatus[module.status]}
        </span>
      </p>
      {created && module.status === 'DRAFT' ? (
        <Notice kind="success" testId="training-module-created">
          <p className="mb-0">Modulo creato in bozza: pubblicalo quando è pronto.</p>
        </Notice>
      ) : null}
      {announcement}
      <Details module={module} />
      {isOperator && open ? <ModuleActions module={module} onDone={changed} /> : null}
      <Enrolments module={module} canManage={isOperator} onDone={changed} />
      {isOperator && module.status === 'PUBLISHED' ? <EnrolForm module={module} onDone={changed} /> : null}
      {isOperator && open ? (
        <section className="sl-section" aria-labelledby="edit-training-module">
          <h2 id="edit-training-module">Modifica il modulo</h2>
          <TrainingModuleForm
            idPrefix="edit-training"
            initial={valuesOf(module)}
            submitLabel="Salva le modifiche"
            save={async (input) => {
              const { updateTrainingModule } = await client.request(UpdateMutation, { id: module.id, input });
              if (updateTrainingModule.userErrors.length === 0)
                await changed({ kind: 'success', text: 'Le modifiche sono salvate.' });
              return updateTrainingModule.userErrors;
            }}
          />
        </section>
      ) : null}
    </>
  );
}

function valuesOf(m: TrainingModule): TrainingModuleValues {
  return {
    title: m.title,
    provider: m.provider,
    description: m.description,
    hours: String(m.hours),
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    mode: m.mode,
    comuneCode: m.comune?.istatCode ?? '',
    seats: String(m.seats),
    skills: m.skills.map((s) => ({ uri: s.skill.uri, label: s.skill.label, grade: s.level })),
  };
}

function Details({ module: m }: { module: TrainingModule }) {
  return (
    <section className="sl-section mt-0" aria-labelledby="training-module-data">
      <h2 id="training-module-data">Dati del modulo</h2>
      <dl className="sl-details sl-details--compact" data-testid="training-module-details">
        <dt>Ente di formazione</dt>
        <dd>{m.provider}</dd>
        <dt>Sportello organizzatore</dt>
        <dd>{m.sportello.name}</dd>
        <dt>Periodo</dt>
        <dd>
          dal {formatDate(m.startsOn)} al {formatDate(m.endsOn)}
        </dd>
        <dt>Durata</dt>
        <dd>{m.hours} ore</dd>
        <dt>Modalità</dt>
        <dd>{formatTrainingPlace(m)}</dd>
        <dt>Posti</dt>
        <dd>
          {m.seats} ({m.enrolledCount} occupati, {m.seatsLeft} liberi)
        </dd>
      </dl>
      <h3>Descrizione</h3>
      <p className="sl-vacancy-description">{m.description}</p>
      <h3>Competenze formate</h3>
      {m.skills.length ? (
        <ul data-testid="training-module-skills">
          {m.skills.map((s) => (
            <li key={s.skill.uri}>
              {s.skill.label}: livello {skillLevelLabels[s.level].toLowerCase()}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nessuna competenza ESCO indicata.</p>
      )}
    </section>
  );
}

/** Runs an action; its userErrors, if any, are announced as a failure. */
function useAction(onDone: (next: Announcement) => Promise<void>) {
  const [pending, setPending] = useState(false);
  async function run(action: () => Promise<readonly UserErrorLike[]>, success: string) {
    if (pending) return;
    setPending(true);
    const userErrors = await attempt(action);
    setPending(false);
    await onDone(
      userErrors.length === 0
        ? { kind: 'success', text: success }
        : { kind: 'danger', text: userErrors.map((e) => e.message).join(' ') },
    );
  }
  return { pending, run };
}

function ModuleActions({
  module: m,
  onDone,
}: {
  module: TrainingModule;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const { pending, run } = useAction(onDone);
  return (
    <section className="sl-section" aria-labelledby="training-module-actions">
      <h2 id="training-module-actions">Pubblicazione</h2>
      <p>
        {m.status === 'DRAFT'
          ? 'Pubblicato, il modulo è visibile ai cittadini della rete, che possono chiedere un posto.'
          : 'Il modulo è pubblicato. Annullandolo, non si accettano più iscrizioni.'}
      </p>
      <div className="sl-actions mt-0">
        {m.status === 'DRAFT' ? (
          <Button
            type="button"
            color="primary"
            aria-disabled={pending || undefined}
            onClick={() =>
              void run(
                async () =>
                  (await client.request(PublishMutation, { id: m.id })).publishTrainingModule.userErrors,
                'Il modulo è pubblicato.',
              )
            }
          >
            {pending ? it.common.sending : 'Pubblica il modulo'}
          </Button>
        ) : null}
        <Button
          type="button"
          color="danger"
          outline
          aria-disabled={pending || undefined}
          onClick={() =>
            void run(
              async () =>
                (await client.request(CancelMutation, { id: m.id })).cancelTrainingModule.userErrors,
              'Il modulo è annullato.',
            )
          }
        >
          Annulla il modulo
        </Button>
      </div>
    </section>
  );
}

function Enrolments({
  module: m,
  canManage,
  onDone,
}: {
  module: TrainingModule;
  canManage: boolean;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const { pending, run } = useAction(onDone);
  const action = (e: Enrolment) =>
    e.status !== 'ENROLLED' ? (
      '—'
    ) : (
      <div className="sl-actions mt-0">
        <Button
          type="button"
          color="primary"
          size="sm"
          aria-disabled={pending || undefined}
          onClick={() =>
            void run(
              async () =>
                (await client.request(CompleteMutation, { id: e.id })).completeTrainingEnrolment.userErrors,
              `Completamento registrato per ${personName(e)}: le competenze del modulo sono nel suo CV.`,
            )
          }
        >
          Segna come completato<span className="visually-hidden"> da {personName(e)}</span>
        </Button>
        <Button
          type="button"
          color="secondary"
          size="sm"
          outline
          aria-disabled={pending || undefined}
          onClick={() =>
            void run(
              async () =>
                (await client.request(WithdrawMutation, { id: e.id })).withdrawTrainingEnrolment.userErrors,
              `Iscrizione di ${personName(e)} ritirata: il posto è libero.`,
            )
          }
        >
          Ritira l’iscrizione<span className="visually-hidden"> di {personName(e)}</span>
        </Button>
      </div>
    );
  return (
    <section className="sl-section" aria-labelledby="training-enrolments">
      <h2 id="training-enrolments">Iscrizioni</h2>
      {m.enrolments.length === 0 ? (
        <p data-testid="no-training-enrolments">Nessuna iscrizione.</p>
      ) : (
        <DataTable
          caption={`Iscrizioni al modulo (${m.enrolments.length})`}
          testId="training-enrolments-table"
          rows={m.enrolments}
          rowKey={(e) => e.id}
          columns={[
            {
              header: 'Persona',
              cell: (e) => <Link to={`/cittadini/${e.citizen.id}`}>{personName(e)}</Link>,
            },
            { header: 'Iscritta il', cell: (e) => formatShortDateTime(e.enrolledAt) },
            {
              header: 'Su richiesta',
              cell: (e) => (e.requestedByCitizen ? 'Della persona' : 'Dello sportello'),
            },
            {
              header: 'Stato',
              cell: (e) => (
                <span className={`sl-status ${statusClass.trainingEnrolment[e.status]}`}>
                  {labels.trainingEnrolmentStatus[e.status]}
                </span>
              ),
            },
            ...(canManage ? [{ header: 'Azioni', cell: action }] : []),
          ]}
        />
      )}
    </section>
  );
}

function EnrolForm({
  module: m,
  onDone,
}: {
  module: TrainingModule;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const citizens = useCitizenOptions();
  const [citizenId, setCitizenId] = useState('');
  const [errors, setErrors] = useState<FormErrors<'citizenId'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const enrolled = new Set(m.enrolments.filter((e) => e.status !== 'WITHDRAWN').map((e) => e.citizen.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<'citizenId'>();
    if (!citizenId) next.fields.citizenId = 'Scegli la persona da iscrivere.';
    else {
      setPending(true);
      const userErrors = await attempt(
        async () =>
          (await client.request(EnrolMutation, { moduleId: m.id, citizenId })).enrolInTrainingModule
            .userErrors,
      );
      setPending(false);
      if (userErrors.length === 0) {
        const name = citizens.options.find((o) => o.value === citizenId)?.name ?? 'La persona';
        setCitizenId('');
        setErrors(noErrors());
        await onDone({ kind: 'success', text: `${name} è iscritta/o al modulo.` });
        return;
      }
      // Errors about the module (no seats left, not open) are shown on the choice of the person too.
      next = mapUserErrors(userErrors, ['citizenId'] as const, { moduleId: 'citizenId' });
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="enrol-citizen">
      <h2 id="enrol-citizen">Iscrivi una persona</h2>
      <p>
        {m.seatsLeft > 0
          ? `Posti liberi: ${m.seatsLeft}.`
          : 'Non ci sono posti liberi: si libera un posto quando un’iscrizione è ritirata.'}
      </p>
      {citizens.error ? <LoadError error={citizens.error} retry={() => citizens.refetch()} /> : null}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="enrol-form">
        <ErrorSummary
          errors={errors}
          labels={{ citizenId: 'Persona' }}
          ids={{ citizenId: 'enrol-citizenId' }}
          focusKey={submits}
        />
        <SelectField
          id="enrol-citizenId"
          label="Persona"
          hint="Nome e codice fiscale."
          value={citizenId}
          onChange={setCitizenId}
          options={citizens.options.filter((o) => !enrolled.has(o.value))}
          placeholder={citizens.isPending ? it.common.loading : 'Scegli la persona'}
          error={errors.fields.citizenId}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Iscrivi al modulo'}
          </Button>
        </div>
      </form>
    </section>
  );
}
