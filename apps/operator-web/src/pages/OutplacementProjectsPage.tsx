import { parsePartitaIva } from '@sportello/domain';
import {
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  it,
  mapUserErrors,
  noErrors,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  SelectField,
  TextField,
  todayInRome,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import type { OutplacementReason } from '../gql/graphql';
import { useMemberComuni } from '../member-comuni';
import { outplacementReasonLabels } from '../outplacement';

const ProjectsQuery = graphql(`
  query OutplacementProjectsPage_ProjectsQuery($first: Int!, $after: String) {
    outplacementProjects(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          companyName
          reason
          startsOn
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
    }
  }
`);

const CompaniesQuery = graphql(`
  query OutplacementProjectsPage_CompaniesQuery {
    companies(status: VERIFIED, first: 100) {
      edges {
        node {
          id
          legalName
          partitaIva
        }
      }
    }
  }
`);

const CreateMutation = graphql(`
  mutation OutplacementProjectsPage_CreateMutation($input: OutplacementProjectInput!, $idempotencyKey: String) {
    createOutplacementProject(input: $input, idempotencyKey: $idempotencyKey) {
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

/** Outplacement: the groups of workers of companies in crisis that the network's sportelli follow. */
export function OutplacementProjectsPage() {
  const me = useMe().data?.me;
  const query = usePagedQuery(['outplacementProjects'], async (after) => {
    const { outplacementProjects } = await client.request(ProjectsQuery, { first: PAGE_SIZE, after });
    return outplacementProjects;
  });
  return (
    <>
      <PageTitle>Outplacement</PageTitle>
      <p className="sl-lead">
        Quando un’azienda è in crisi o chiude una sede, lo sportello prende in carico insieme i lavoratori
        coinvolti e segue il percorso di ciascuno fino alla ricollocazione.
      </p>
      <PagedList query={query} empty="Nessun progetto di outplacement nella rete.">
        {(projects) => (
          <DataTable
            caption="Progetti di outplacement"
            testId="outplacement-projects"
            rows={projects}
            rowKey={(p) => p.id}
            columns={[
              { header: 'Azienda', cell: (p) => <Link to={`/outplacement/${p.id}`}>{p.companyName}</Link> },
              { header: 'Motivo', cell: (p) => outplacementReasonLabels[p.reason] },
              { header: 'Comune', cell: (p) => p.comune.name },
              { header: 'Sportello', cell: (p) => p.sportello.name },
              { header: 'Dal', cell: (p) => formatDate(p.startsOn) },
              { header: 'Lavoratori', cell: (p) => p.summary.total },
              {
                header: 'Ricollocati',
                cell: (p) => p.summary.byStatus.find((s) => s.status === 'RELOCATED')?.count ?? 0,
              },
            ]}
          />
        )}
      </PagedList>
      {me?.kind === 'OPERATOR' && me.sportello ? <NewProjectForm /> : null}
    </>
  );
}

type Field = 'companyId' | 'companyName' | 'partitaIva' | 'comuneCode' | 'reason' | 'startsOn' | 'endsOn';
const labels: Record<Field, string> = {
  companyId: 'Azienda della rete',
  companyName: 'Nome dell’azienda',
  partitaIva: 'Partita IVA',
  comuneCode: 'Comune della sede',
  reason: 'Motivo',
  startsOn: 'Data di inizio',
  endsOn: 'Data di fine',
};
const ids: Record<Field, string> = {
  companyId: 'project-company',
  companyName: 'project-company-name',
  partitaIva: 'project-piva',
  comuneCode: 'project-comune',
  reason: 'project-reason',
  startsOn: 'project-starts',
  endsOn: 'project-ends',
};

function NewProjectForm() {
  const navigate = useNavigate();
  const companies = useQuery({
    queryKey: ['companies', 'verified'],
    queryFn: () => client.request(CompaniesQuery),
  });
  const { comuni } = useMemberComuni();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState({
    companyId: '',
    companyName: '',
    partitaIva: '',
    comuneCode: '',
    reason: '',
    startsOn: todayInRome(),
    endsOn: '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (key: Field) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function check() {
    const next = noErrors<Field>();
    if (!values.companyId) {
      if (values.companyName.trim().length < 2)
        next.fields.companyName = 'Scrivi il nome dell’azienda, o sceglila tra quelle della rete.';
      const piva = parsePartitaIva(values.partitaIva);
      if (!piva.ok) next.fields.partitaIva = piva.error.message;
    }
    if (!values.comuneCode) next.fields.comuneCode = 'Scegli il comune della sede coinvolta.';
    if (!values.reason) next.fields.reason = 'Scegli il motivo.';
    if (!values.startsOn) next.fields.startsOn = 'Indica la data di inizio.';
    if (values.endsOn && values.endsOn < values.startsOn)
      next.fields.endsOn = 'La data di fine non può essere prima dell’inizio.';
    return next;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = check();
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const { createOutplacementProject: result } = await client.request(CreateMutation, {
          input: {
            ...(values.companyId
              ? { companyId: values.companyId }
              : { companyName: values.companyName.trim(), partitaIva: values.partitaIva.trim() }),
            comuneCode: values.comuneCode,
            reason: values.reason as OutplacementReason,
            startsOn: values.startsOn,
            endsOn: values.endsOn || null,
          },
          idempotencyKey,
        });
        if (result.project && result.userErrors.length === 0) {
          navigate(`/outplacement/${result.project.id}`);
          return;
        }
        next = mapUserErrors(result.userErrors, Object.keys(labels) as Field[]);
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
    <section className="sl-section" aria-labelledby="new-project">
      <h2 id="new-project">Nuovo progetto</h2>
      <p>Il progetto è seguito dal tuo sportello. Poi aggiungi i lavoratori e li prendi in carico insieme.</p>
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="new-outplacement-form">
        <ErrorSummary errors={errors} labels={labels} ids={ids} focusKey={submits} />
        <SelectField
          id={ids.companyId}
          label={labels.companyId}
          hint="Se l’azienda non è registrata nella rete, lascia vuoto e scrivi nome e partita IVA."
          value={values.companyId}
          onChange={set('companyId')}
          options={(companies.data?.companies.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: `${node.legalName} – ${node.partitaIva}`,
          }))}
          placeholder="Azienda non registrata"
          error={errors.fields.companyId}
          optional
        />
        {values.companyId ? null : (
          <>
            <TextField
              id={ids.companyName}
              label={labels.companyName}
              value={values.companyName}
              onChange={set('companyName')}
              maxLength={200}
              error={errors.fields.companyName}
            />
            <TextField
              id={ids.partitaIva}
              label={labels.partitaIva}
              hint="11 cifre: controlliamo che sia valida."
              inputMode="numeric"
              value={values.partitaIva}
              onChange={set('partitaIva')}
              maxLength={20}
              error={errors.fields.partitaIva}
            />
          </>
        )}
        <SelectField
          id={ids.comuneCode}
          label={labels.comuneCode}
          value={values.comuneCode}
          onChange={set('comuneCode')}
          options={comuni.map((c) => ({ value: c.istatCode, label: c.name }))}
          placeholder="Scegli il comune"
          error={errors.fields.comuneCode}
        />
        <SelectField
          id={ids.reason}
          label={labels.reason}
          value={values.reason}
          onChange={set('reason')}
          options={Object.entries(outplacementReasonLabels).map(([value, label]) => ({ value, label }))}
          placeholder="Scegli il motivo"
          error={errors.fields.reason}
        />
        <TextField
          id={ids.startsOn}
          label={labels.startsOn}
          type="date"
          value={values.startsOn}
          onChange={set('startsOn')}
          error={errors.fields.startsOn}
        />
        <TextField
          id={ids.endsOn}
          label={labels.endsOn}
          type="date"
          value={values.endsOn}
          onChange={set('endsOn')}
          error={errors.fields.endsOn}
          optional
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Crea il progetto'}
          </Button>
        </div>
      </form>
    </section>
  );
}
