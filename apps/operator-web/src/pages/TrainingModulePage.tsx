import {
  type Announcement,
  DataTable,
  formatDate,
  formatShortDateTime,
  formatTrainingPlace,
  it,
  LoadError,
  Loading,
  Notice,
  PageTitle,
  skillLevelLabels,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { Link, useLocation, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { EnrolCitizenForm, useAction } from '../enrol-citizen';
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
      {isOperator && module.status === 'PUBLISHED' ? (
        <EnrolCitizenForm
          seatsLeft={module.seatsLeft}
          enrolledIds={
            new Set(module.enrolments.filter((e) => e.status !== 'WITHDRAWN').map((e) => e.citizen.id))
          }
          what="al modulo"
          placeField="moduleId"
          enrol={async (citizenId) =>
            (await client.request(EnrolMutation, { moduleId: module.id, citizenId })).enrolInTrainingModule
              .userErrors
          }
          onDone={changed}
        />
      ) : null}
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
