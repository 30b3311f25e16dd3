import { parseCodiceFiscale } from '@sportello/domain';
import {
  type Announcement,
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  noErrors,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
  todayInRome,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { useAction } from '../enrol-citizen';
import { graphql } from '../gql';
import type { OutplacementWorkerStatus } from '../gql/graphql';
import { outplacementReasonLabels, workerStatusLabels } from '../outplacement';

const ProjectQuery = graphql(`
  query OutplacementProjectPage_ProjectQuery($id: ID!) {
    outplacementProject(id: $id) {
      id
      companyName
      partitaIva
      reason
      startsOn
      endsOn
      takenInChargeAt
      comune {
        istatCode
        name
      }
      sportello {
        id
        name
      }
      summary {
        total
        notInCharge
        byStatus {
          status
          count
        }
      }
    }
  }
`);

const WorkersQuery = graphql(`
  query OutplacementProjectPage_WorkersQuery($id: ID!) {
    outplacementProject(id: $id) {
      id
      workers {
        id
        caseId
        status
        statusOn
        citizen {
          id
          givenName
          familyName
          codiceFiscale
        }
        history {
          id
          status
          statusOn
          note
        }
      }
    }
  }
`);

const AddWorkersMutation = graphql(`
  mutation OutplacementProjectPage_AddWorkersMutation($projectId: ID!, $codiciFiscali: [String!]!) {
    addOutplacementWorkers(projectId: $projectId, codiciFiscali: $codiciFiscali) {
      project {
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

const TakeGroupMutation = graphql(`
  mutation OutplacementProjectPage_TakeGroupMutation($projectId: ID!) {
    takeOutplacementGroupInCharge(projectId: $projectId) {
      project {
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

const SetStatusMutation = graphql(`
  mutation OutplacementProjectPage_SetStatusMutation(
    $workerId: ID!
    $input: OutplacementWorkerStatusInput!
    $idempotencyKey: String
  ) {
    setOutplacementWorkerStatus(workerId: $workerId, input: $input, idempotencyKey: $idempotencyKey) {
      worker {
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

type Worker = NonNullable<Awaited<ReturnType<typeof fetchWorkers>>['outplacementProject']>['workers'][number];
const fetchWorkers = (id: string) => client.request(WorkersQuery, { id });

/** One outplacement project: its counts, its workers taken in charge as a group, each one's outcome. */
export function OutplacementProjectPage() {
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = useQuery({
    queryKey: ['outplacementProject', id],
    queryFn: () => client.request(ProjectQuery, { id }),
  });
  // Network admins read the counts only: the persons are for operators.
  const isOperator = me?.kind === 'OPERATOR';
  const workers = useQuery({
    queryKey: ['outplacementProject', id, 'workers'],
    queryFn: () => fetchWorkers(id),
    enabled: isOperator,
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={query.refetch} />;
  const project = query.data.outplacementProject;
  if (!project) return <PageTitle>Progetto non trovato</PageTitle>;
  const manages = isOperator && me?.sportello?.id === project.sportello.id;
  const list = workers.data?.outplacementProject?.workers ?? [];

  async function changed(next: Announcement | null) {
    announce(next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['outplacementProject', id] }),
      queryClient.invalidateQueries({ queryKey: ['outplacementProjects'] }),
    ]);
  }

  return (
    <>
      <Link className="sl-back-link" to="/outplacement">
        Torna ai progetti di outplacement
      </Link>
      <PageTitle>Outplacement: {project.companyName}</PageTitle>
      <dl className="sl-details sl-details--compact" data-testid="outplacement-facts">
        <dt>Partita IVA</dt>
        <dd>{project.partitaIva}</dd>
        <dt>Motivo</dt>
        <dd>{outplacementReasonLabels[project.reason]}</dd>
        <dt>Sede</dt>
        <dd>{project.comune.name}</dd>
        <dt>Periodo</dt>
        <dd>
          dal {formatDate(project.startsOn)}
          {project.endsOn ? ` al ${formatDate(project.endsOn)}` : ''}
        </dd>
        <dt>Sportello</dt>
        <dd>{project.sportello.name}</dd>
      </dl>
      {announcement}
      <section className="sl-section" aria-labelledby="outplacement-summary">
        <h2 id="outplacement-summary">Riepilogo</h2>
        <ul data-testid="outplacement-summary">
          <li>Lavoratori: {project.summary.total}</li>
          <li>Da prendere in carico: {project.summary.notInCharge}</li>
          {project.summary.byStatus.map((s) => (
            <li key={s.status}>
              {workerStatusLabels[s.status]}: {s.count}
            </li>
          ))}
        </ul>
      </section>
      {manages ? <AddWorkersForm projectId={project.id} onDone={changed} /> : null}
      {manages && project.summary.notInCharge > 0 ? (
        <TakeGroup projectId={project.id} count={project.summary.notInCharge} onDone={changed} />
      ) : null}
      {isOperator ? (
        <section className="sl-section" aria-labelledby="outplacement-workers">
          <h2 id="outplacement-workers">Lavoratori</h2>
          {workers.isError ? <LoadError error={workers.error} retry={workers.refetch} /> : null}
          {list.length === 0 ? (
            <p>Nessun lavoratore aggiunto.</p>
          ) : (
            <DataTable
              caption="Lavoratori del progetto"
              testId="outplacement-workers"
              rows={list}
              rowKey={(w) => w.id}
              columns={[
                {
                  header: 'Persona',
                  cell: (w) => (
                    <Link to={`/cittadini/${w.citizen.id}`}>
                      {w.citizen.givenName} {w.citizen.familyName}
                    </Link>
                  ),
                },
                { header: 'Codice fiscale', cell: (w) => w.citizen.codiceFiscale },
                {
                  header: 'Stato',
                  cell: (w) =>
                    w.status
                      ? `${workerStatusLabels[w.status]} dal ${formatDate(w.statusOn!)}`
                      : 'Da prendere in carico',
                },
                {
                  header: 'Storico',
                  cell: (w) => (
                    <ul className="mb-0">
                      {w.history.map((e) => (
                        <li key={e.id}>
                          {formatDate(e.statusOn)}: {workerStatusLabels[e.status]}
                          {e.note ? ` – ${e.note}` : ''}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </section>
      ) : (
        <p>I nomi dei lavoratori sono visibili agli operatori degli sportelli.</p>
      )}
      {manages && list.some((w) => w.caseId) ? (
        <StatusForm workers={list.filter((w) => w.caseId)} onDone={changed} />
      ) : null}
    </>
  );
}

function AddWorkersForm({
  projectId,
  onDone,
}: {
  projectId: string;
  onDone: (next: Announcement) => Promise<void>;
}) {
  // Back from registering a person at the desk, their codice fiscale is ready to add.
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('aggiungi') ?? '');
  const [errors, setErrors] = useState<FormErrors<'codiciFiscali'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const labels = { codiciFiscali: 'Codici fiscali' };
  const ids = { codiciFiscali: 'outplacement-cfs' };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const codes = text
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    let next = noErrors<'codiciFiscali'>();
    const invalid = codes.filter((c) => !parseCodiceFiscale(c).ok);
    if (codes.length === 0) next.fields.codiciFiscali = 'Scrivi almeno un codice fiscale.';
    else if (invalid.length)
      next.fields.codiciFiscali = `Codici fiscali non validi: ${invalid.join(', ')}. Controllali e riprova.`;
    else {
      setPending(true);
      try {
        const { addOutplacementWorkers } = await client.request(AddWorkersMutation, {
          projectId,
          codiciFiscali: codes,
        });
        if (addOutplacementWorkers.userErrors.length === 0) {
          setText('');
          setErrors(noErrors());
          await onDone({
            kind: 'success',
            text: codes.length === 1 ? 'Lavoratore aggiunto.' : `${codes.length} lavoratori aggiunti.`,
          });
          return;
        }
        next = mapUserErrors(addOutplacementWorkers.userErrors, ['codiciFiscali'] as const);
        // Errors come per line (codiciFiscali[2]): all of them go on the one field.
        next.fields.codiciFiscali = addOutplacementWorkers.userErrors.map((e) => e.message).join(' ');
        next.form = [];
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="add-workers">
      <h2 id="add-workers">Aggiungi lavoratori</h2>
      <p>
        Scrivi o incolla i codici fiscali dei lavoratori, uno per riga. Chi non è ancora registrato va prima{' '}
        <Link to={`/cittadini/nuovo?outplacement=${projectId}`}>registrato allo sportello</Link>.
      </p>
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="add-workers-form">
        <ErrorSummary errors={errors} labels={labels} ids={ids} focusKey={submits} />
        <TextAreaField
          id={ids.codiciFiscali}
          label={labels.codiciFiscali}
          hint="Per esempio un elenco ricevuto dall’azienda: un codice per riga."
          value={text}
          onChange={setText}
          rows={5}
          error={errors.fields.codiciFiscali}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Aggiungi al progetto'}
          </Button>
        </div>
      </form>
    </section>
  );
}

function TakeGroup({
  projectId,
  count,
  onDone,
}: {
  projectId: string;
  count: number;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const { pending, run } = useAction(onDone);
  return (
    <section className="sl-section" aria-labelledby="take-group">
      <h2 id="take-group">Presa in carico</h2>
      <p>
        {count === 1
          ? '1 lavoratore non è ancora in carico.'
          : `${count} lavoratori non sono ancora in carico.`}{' '}
        Per ciascuno si apre un caso del tuo sportello (se ne ha già uno aperto qui, si usa quello).
      </p>
      <Button
        type="button"
        color="primary"
        aria-disabled={pending || undefined}
        onClick={() =>
          void run(
            async () =>
              (await client.request(TakeGroupMutation, { projectId })).takeOutplacementGroupInCharge
                .userErrors,
            'Il gruppo è in carico: ogni lavoratore ha il suo caso in «Casi in carico».',
          )
        }
      >
        {pending ? it.common.sending : 'Prendi in carico il gruppo'}
      </Button>
    </section>
  );
}

type StatusField = 'workerId' | 'status' | 'statusOn' | 'note';

function StatusForm({
  workers,
  onDone,
}: {
  workers: Worker[];
  onDone: (next: Announcement) => Promise<void>;
}) {
  const [values, setValues] = useState({ workerId: '', status: '', statusOn: todayInRome(), note: '' });
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FormErrors<StatusField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const labels: Record<StatusField, string> = {
    workerId: 'Lavoratore',
    status: 'Nuovo stato',
    statusOn: 'Dal giorno',
    note: 'Nota',
  };
  const ids: Record<StatusField, string> = {
    workerId: 'status-worker',
    status: 'status-status',
    statusOn: 'status-on',
    note: 'status-note',
  };
  const set = (key: StatusField) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<StatusField>();
    if (!values.workerId) next.fields.workerId = 'Scegli il lavoratore.';
    if (!values.status) next.fields.status = 'Scegli il nuovo stato.';
    if (!values.statusOn) next.fields.statusOn = 'Indica il giorno.';
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const { setOutplacementWorkerStatus: result } = await client.request(SetStatusMutation, {
          workerId: values.workerId,
          input: {
            status: values.status as OutplacementWorkerStatus,
            statusOn: values.statusOn,
            note: values.note.trim() || null,
          },
          idempotencyKey,
        });
        if (result.userErrors.length === 0) {
          const worker = workers.find((w) => w.id === values.workerId)!;
          setValues({ workerId: '', status: '', statusOn: todayInRome(), note: '' });
          setIdempotencyKey(crypto.randomUUID());
          setErrors(noErrors());
          await onDone({
            kind: 'success',
            text: `${worker.citizen.givenName} ${worker.citizen.familyName}: ${workerStatusLabels[values.status as OutplacementWorkerStatus].toLowerCase()}.`,
          });
          return;
        }
        next = mapUserErrors(result.userErrors, Object.keys(labels) as StatusField[]);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="worker-status">
      <h2 id="worker-status">Registra un esito</h2>
      <p>Il nuovo stato si aggiunge allo storico del lavoratore: quelli precedenti restano.</p>
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="worker-status-form">
        <ErrorSummary errors={errors} labels={labels} ids={ids} focusKey={submits} />
        <SelectField
          id={ids.workerId}
          label={labels.workerId}
          value={values.workerId}
          onChange={set('workerId')}
          options={workers.map((w) => ({
            value: w.id,
            label: `${w.citizen.givenName} ${w.citizen.familyName} – ${w.citizen.codiceFiscale}`,
          }))}
          placeholder="Scegli il lavoratore"
          error={errors.fields.workerId}
        />
        <SelectField
          id={ids.status}
          label={labels.status}
          value={values.status}
          onChange={set('status')}
          options={Object.entries(workerStatusLabels).map(([value, label]) => ({ value, label }))}
          placeholder="Scegli lo stato"
          error={errors.fields.status}
        />
        <TextField
          id={ids.statusOn}
          label={labels.statusOn}
          type="date"
          value={values.statusOn}
          onChange={set('statusOn')}
          error={errors.fields.statusOn}
        />
        <TextAreaField
          id={ids.note}
          label={labels.note}
          hint="Per esempio l’azienda che ha assunto o il corso frequentato."
          value={values.note}
          onChange={set('note')}
          maxLength={2000}
          error={errors.fields.note}
          optional
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Registra l’esito'}
          </Button>
        </div>
      </form>
    </section>
  );
}
