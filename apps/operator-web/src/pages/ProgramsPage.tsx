import {
  DataTable,
  ErrorSummary,
  euroToCents,
  type FormErrors,
  failure,
  formatCents,
  it,
  mapUserErrors,
  noErrors,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import { useMemberComuni } from '../member-comuni';

const ProgramsQuery = graphql(`
  query ProgramsPage_ProgramsQuery($first: Int!, $after: String) {
    programs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          budgetCents
          ownerComune {
            istatCode
            name
          }
          calls {
            id
          }
        }
      }
    }
  }
`);

const CreateProgramMutation = graphql(`
  mutation ProgramsPage_CreateMutation($input: ProgramInput!, $idempotencyKey: String) {
    createProgram(input: $input, idempotencyKey: $idempotencyKey) {
      program {
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

type Field = 'kind' | 'title' | 'description' | 'budgetCents' | 'ownerComuneCode';
const fieldLabels: Record<Field, string> = {
  kind: 'Tipo di progetto',
  title: 'Titolo',
  description: 'Descrizione',
  budgetCents: 'Budget in euro',
  ownerComuneCode: 'Chi lo promuove',
};
const NETWORK = 'RETE';

/** Progetti: the labour-policy programs of the network (cantieri di lavoro and the like). */
export function ProgramsPage() {
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const query = usePagedQuery(['programs'], async (after) => {
    const { programs } = await client.request(ProgramsQuery, { first: PAGE_SIZE, after });
    return programs;
  });
  return (
    <>
      <PageTitle>Progetti</PageTitle>
      <p className="sl-lead">
        I progetti di politica attiva della rete: cantieri di lavoro, lavori di pubblica utilità, borse
        lavoro. Ogni progetto ha i suoi bandi, con i requisiti, la graduatoria e le persone ammesse.
      </p>
      <PagedList query={query} empty="Nessun progetto nella rete.">
        {(programs) => (
          <DataTable
            caption="Progetti della rete"
            testId="programs-table"
            rows={programs}
            rowKey={(p) => p.id}
            columns={[
              { header: 'Progetto', cell: (p) => <Link to={`/progetti/${p.id}`}>{p.title}</Link> },
              { header: 'Tipo', cell: (p) => p.kind },
              {
                header: 'Promosso da',
                cell: (p) => (p.ownerComune ? `Comune di ${p.ownerComune.name}` : 'La rete'),
              },
              { header: 'Budget', cell: (p) => formatCents(p.budgetCents) },
              { header: 'Bandi', cell: (p) => p.calls.length },
            ]}
          />
        )}
      </PagedList>
      {isOperator ? (
        <section className="sl-section" aria-labelledby="new-program">
          <h2 id="new-program">Nuovo progetto</h2>
          <NewProgramForm />
        </section>
      ) : null}
    </>
  );
}

function NewProgramForm() {
  const comuni = useMemberComuni();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState({ kind: '', title: '', description: '', budget: '', owner: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const ids: Record<Field, string> = {
    kind: 'program-kind',
    title: 'program-title',
    description: 'program-description',
    budgetCents: 'program-budget',
    ownerComuneCode: 'program-owner',
  };
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<Field>();
    if (!values.kind.trim()) next.fields.kind = 'Scrivi il tipo, per esempio «Cantiere di lavoro».';
    if (!values.title.trim()) next.fields.title = 'Scrivi il titolo del progetto.';
    if (!values.description.trim()) next.fields.description = 'Scrivi a cosa serve il progetto.';
    const budget = euroToCents(values.budget);
    if (budget === null) next.fields.budgetCents = 'Scrivi il budget in euro, per esempio 120000.';
    if (!values.owner) next.fields.ownerComuneCode = 'Scegli il comune o la rete.';
    if (Object.keys(next.fields).length === 0 && budget !== null) {
      setPending(true);
      try {
        const { createProgram } = await client.request(CreateProgramMutation, {
          input: {
            kind: values.kind,
            title: values.title,
            description: values.description,
            budgetCents: budget,
            ownerComuneCode: values.owner === NETWORK ? null : values.owner,
          },
          idempotencyKey,
        });
        if (createProgram.program && createProgram.userErrors.length === 0) {
          await queryClient.invalidateQueries({ queryKey: ['programs'] });
          navigate(`/progetti/${createProgram.program.id}`);
          return;
        }
        next = mapUserErrors(createProgram.userErrors, Object.keys(fieldLabels) as Field[]);
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
    <form className="sl-form-box" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
      <TextField
        id={ids.kind}
        label={fieldLabels.kind}
        hint="Per esempio «Cantiere di lavoro», «Lavoro di pubblica utilità», «Borsa lavoro»."
        value={values.kind}
        onChange={set('kind')}
        maxLength={100}
        error={errors.fields.kind}
      />
      <TextField
        id={ids.title}
        label={fieldLabels.title}
        value={values.title}
        onChange={set('title')}
        maxLength={200}
        error={errors.fields.title}
      />
      <TextAreaField
        id={ids.description}
        label={fieldLabels.description}
        hint="Che lavoro si fa e per chi: da 10 a 5000 caratteri. I cittadini la leggono nei bandi."
        value={values.description}
        onChange={set('description')}
        maxLength={5000}
        error={errors.fields.description}
      />
      <TextField
        id={ids.budgetCents}
        label={fieldLabels.budgetCents}
        inputMode="decimal"
        value={values.budget}
        onChange={set('budget')}
        error={errors.fields.budgetCents}
      />
      <SelectField
        id={ids.ownerComuneCode}
        label={fieldLabels.ownerComuneCode}
        value={values.owner}
        onChange={set('owner')}
        options={[
          { value: NETWORK, label: 'La rete' },
          ...comuni.comuni.map((c) => ({ value: c.istatCode, label: `Comune di ${c.name}` })),
        ]}
        placeholder={comuni.isPending ? it.common.loading : 'Scegli'}
        error={errors.fields.ownerComuneCode}
      />
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Crea il progetto'}
        </Button>
      </div>
    </form>
  );
}
