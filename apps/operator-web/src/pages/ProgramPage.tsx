import {
  CheckboxField,
  ErrorSummary,
  euroToCents,
  type FormErrors,
  failure,
  formatCents,
  formatDate,
  it,
  LoadError,
  mapUserErrors,
  noErrors,
  PageTitle,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import type { ProgramTargetGroup } from '../gql/graphql';
import { useMemberComuni } from '../member-comuni';

const ProgramQuery = graphql(`
  query ProgramPage_ProgramQuery($id: ID!) {
    program(id: $id) {
      id
      kind
      title
      description
      budgetCents
      ownerComune {
        istatCode
        name
      }
      calls {
        id
        title
        opensOn
        closesOn
        places
        placesTaken
        rankingPublishedAt
      }
    }
  }
`);

const CreateCallMutation = graphql(`
  mutation ProgramPage_CreateCallMutation($programId: ID!, $input: ProgramCallInput!, $idempotencyKey: String) {
    createProgramCall(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {
      call {
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

export function ProgramPage() {
  const { id = '' } = useParams();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const query = useQuery({ queryKey: ['program', id], queryFn: () => client.request(ProgramQuery, { id }) });
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const program = query.data?.program;
  if (!program) return <p>{it.common.loading}</p>;
  return (
    <>
      <PageTitle>
        {program.kind}: {program.title}
      </PageTitle>
      <p className="sl-lead">{program.description}</p>
      <p>
        Promosso da {program.ownerComune ? `Comune di ${program.ownerComune.name}` : 'la rete'}. Budget:{' '}
        {formatCents(program.budgetCents)}.
      </p>
      <h2>Bandi</h2>
      {program.calls.length === 0 ? <p>Nessun bando per questo progetto.</p> : null}
      <ul>
        {program.calls.map((call) => (
          <li key={call.id}>
            <Link to={`/bandi/${call.id}`}>{call.title}</Link>: domande dal {formatDate(call.opensOn)} al{' '}
            {formatDate(call.closesOn)}; posti assegnati {call.placesTaken} su {call.places}
            {call.rankingPublishedAt ? '; graduatoria pubblicata' : ''}.
          </li>
        ))}
      </ul>
      {isOperator ? (
        <section className="sl-section" aria-labelledby="new-call">
          <h2 id="new-call">Nuovo bando</h2>
          <p>
            I requisiti e i criteri della graduatoria si pubblicano con il bando e non cambiano più: i
            cittadini li vedono e sanno subito se possono partecipare.
          </p>
          <NewCallForm programId={program.id} />
        </section>
      ) : null}
    </>
  );
}

type Field =
  | 'title'
  | 'opensOn'
  | 'closesOn'
  | 'places'
  | 'hourlyRateCents'
  | 'minAge'
  | 'maxAge'
  | 'residenceComuneCodes'
  | 'minMonthsUnemployed'
  | 'iseeCeilingCents'
  | 'targetGroups'
  | 'iseeWeight'
  | 'unemploymentWeight';
const fieldLabels: Record<Field, string> = {
  title: 'Titolo del bando',
  opensOn: 'Domande dal giorno',
  closesOn: 'Domande fino al giorno',
  places: 'Posti',
  hourlyRateCents: 'Indennità per ora di lavoro, in euro',
  minAge: 'Età minima',
  maxAge: 'Età massima',
  residenceComuneCodes: 'Residenti nei comuni',
  minMonthsUnemployed: 'Mesi senza lavoro, almeno',
  iseeCeilingCents: 'ISEE massimo, in euro',
  targetGroups: 'Riservato a',
  iseeWeight: 'Peso dell’ISEE (da 0 a 10)',
  unemploymentWeight: 'Peso dei mesi senza lavoro (da 0 a 10)',
};
const TARGET_GROUPS: Record<ProgramTargetGroup, string> = {
  OVER_45: 'Over 45',
  UNDER_30: 'Under 30',
  NEET: 'NEET (15-29 anni, senza lavoro)',
  LAW_68: 'Iscritti al collocamento mirato (legge 68/1999)',
  ECONOMIC_HARDSHIP: 'Persone in disagio economico',
};

const blank = {
  title: '',
  opensOn: '',
  closesOn: '',
  places: '',
  hourlyRate: '',
  minAge: '',
  maxAge: '',
  minMonthsUnemployed: '',
  iseeCeiling: '',
  iseeWeight: '1',
  unemploymentWeight: '1',
};

const whole = (value: string) => (value.trim() ? Number(value.trim()) : null);

function NewCallForm({ programId }: { programId: string }) {
  const comuni = useMemberComuni();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState(blank);
  const [residence, setResidence] = useState<string[]>([]);
  const [groups, setGroups] = useState<ProgramTargetGroup[]>([]);
  const [notInActiveProgram, setNotInActiveProgram] = useState(true);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const ids = Object.fromEntries(Object.keys(fieldLabels).map((f) => [f, `call-${f}`])) as Record<
    Field,
    string
  >;
  ids.residenceComuneCodes = `call-residence-${comuni.comuni[0]?.istatCode ?? ''}`;
  ids.targetGroups = 'call-group-OVER_45';
  const set = (field: keyof typeof blank) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<Field>();
    if (!values.title.trim()) next.fields.title = 'Scrivi il titolo del bando.';
    if (!values.opensOn) next.fields.opensOn = 'Scrivi il primo giorno per fare domanda.';
    if (!values.closesOn) next.fields.closesOn = 'Scrivi l’ultimo giorno per fare domanda.';
    for (const field of [
      'places',
      'minAge',
      'maxAge',
      'minMonthsUnemployed',
      'iseeWeight',
      'unemploymentWeight',
    ] as const)
      if (values[field].trim() && !/^\d+$/.test(values[field].trim()))
        next.fields[field] = 'Scrivi un numero intero.';
    if (!values.places.trim()) next.fields.places = 'Scrivi il numero di posti.';
    const rate = euroToCents(values.hourlyRate);
    if (rate === null) next.fields.hourlyRateCents = 'Scrivi l’importo in euro, per esempio 8,50.';
    const ceiling = values.iseeCeiling.trim() ? euroToCents(values.iseeCeiling) : null;
    if (values.iseeCeiling.trim() && ceiling === null)
      next.fields.iseeCeilingCents = 'Scrivi l’importo in euro, per esempio 20000.';
    if (Object.keys(next.fields).length === 0 && rate !== null) {
      setPending(true);
      try {
        const { createProgramCall } = await client.request(CreateCallMutation, {
          programId,
          idempotencyKey,
          input: {
            title: values.title,
            opensOn: values.opensOn,
            closesOn: values.closesOn,
            places: Number(values.places),
            hourlyRateCents: rate,
            rules: {
              minAge: whole(values.minAge),
              maxAge: whole(values.maxAge),
              residenceComuneCodes: residence.length ? residence : null,
              minMonthsUnemployed: whole(values.minMonthsUnemployed),
              iseeCeilingCents: ceiling,
              targetGroups: groups.length ? groups : null,
              notInActiveProgram,
            },
            rankingCriteria: {
              iseeWeight: Number(values.iseeWeight || 0),
              unemploymentWeight: Number(values.unemploymentWeight || 0),
            },
          },
        });
        if (createProgramCall.call && createProgramCall.userErrors.length === 0) {
          await queryClient.invalidateQueries({ queryKey: ['program', programId] });
          navigate(`/bandi/${createProgramCall.call.id}`);
          return;
        }
        // `input.rules.residenceComuneCodes.1` belongs to the list of comuni.
        next = mapUserErrors(
          createProgramCall.userErrors.map((e) =>
            e.field?.startsWith('input.rules.residenceComuneCodes')
              ? { ...e, field: 'residenceComuneCodes' }
              : e,
          ),
          Object.keys(fieldLabels) as Field[],
        );
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  const number = (field: Field & keyof typeof blank, hint?: string) => (
    <TextField
      id={ids[field]}
      label={fieldLabels[field]}
      inputMode="numeric"
      hint={hint}
      value={values[field]}
      onChange={set(field)}
      error={errors.fields[field]}
      optional={!['places', 'iseeWeight', 'unemploymentWeight'].includes(field)}
    />
  );

  return (
    <form className="sl-form-box" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
      <TextField
        id={ids.title}
        label={fieldLabels.title}
        value={values.title}
        onChange={set('title')}
        maxLength={200}
        error={errors.fields.title}
      />
      <TextField
        id={ids.opensOn}
        type="date"
        label={fieldLabels.opensOn}
        value={values.opensOn}
        onChange={set('opensOn')}
        error={errors.fields.opensOn}
      />
      <TextField
        id={ids.closesOn}
        type="date"
        label={fieldLabels.closesOn}
        value={values.closesOn}
        onChange={set('closesOn')}
        error={errors.fields.closesOn}
      />
      {number('places')}
      <TextField
        id={ids.hourlyRateCents}
        label={fieldLabels.hourlyRateCents}
        inputMode="decimal"
        hint="L’indennità del mese è le ore di presenza per questo importo."
        value={values.hourlyRate}
        onChange={set('hourlyRate')}
        error={errors.fields.hourlyRateCents}
      />
      <fieldset>
        <legend className="h4">Requisiti</legend>
        <p>Lascia vuoto un requisito che il bando non chiede.</p>
        {number('minAge')}
        {number('maxAge')}
        <fieldset className="mb-3">
          <legend className="h6">
            {fieldLabels.residenceComuneCodes} (facoltativo: nessuno vuol dire tutti)
          </legend>
          {errors.fields.residenceComuneCodes ? (
            <p className="sl-error">{errors.fields.residenceComuneCodes}</p>
          ) : null}
          {comuni.comuni.map((c) => (
            <CheckboxField
              key={c.istatCode}
              id={`call-residence-${c.istatCode}`}
              label={c.name}
              checked={residence.includes(c.istatCode)}
              onChange={(on) => setResidence((list) => toggle(list, c.istatCode, on))}
            />
          ))}
        </fieldset>
        {number(
          'minMonthsUnemployed',
          'Dal giorno in cui la persona è rimasta senza lavoro: lo dichiara nella domanda.',
        )}
        <TextField
          id={ids.iseeCeilingCents}
          label={fieldLabels.iseeCeilingCents}
          inputMode="decimal"
          hint="La persona lo dichiara nella domanda."
          optional
          value={values.iseeCeiling}
          onChange={set('iseeCeiling')}
          error={errors.fields.iseeCeilingCents}
        />
        <fieldset className="mb-3">
          <legend className="h6">
            {fieldLabels.targetGroups} (facoltativo: basta uno dei gruppi scelti)
          </legend>
          {(Object.keys(TARGET_GROUPS) as ProgramTargetGroup[]).map((group) => (
            <CheckboxField
              key={group}
              id={`call-group-${group}`}
              label={TARGET_GROUPS[group]}
              checked={groups.includes(group)}
              onChange={(on) => setGroups((list) => toggle(list, group, on))}
            />
          ))}
        </fieldset>
        <CheckboxField
          id="call-not-in-active-program"
          label="Non partecipa già a un altro progetto in corso"
          checked={notInActiveProgram}
          onChange={setNotInActiveProgram}
        />
      </fieldset>
      <fieldset>
        <legend className="h4">Criteri della graduatoria</legend>
        <p>
          Punti: il peso dell’ISEE per un punto ogni 1.000 euro sotto i 50.000, più il peso dei mesi per ogni
          mese senza lavoro (fino a 60). A parità: ISEE più basso, poi la persona più anziana, poi la domanda
          arrivata prima.
        </p>
        {number('iseeWeight')}
        {number('unemploymentWeight')}
      </fieldset>
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Pubblica il bando'}
        </Button>
      </div>
    </form>
  );
}
