import { todayInItaly } from '@sportello/domain';
import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  noErrors,
  type Occupation,
  OccupationPicker,
  PageTitle,
  SelectField,
  type SelectOption,
  TextAreaField,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { client } from '../client';
import { searchOccupations } from '../esco-search';
import { labels, options } from '../format';
import { graphql } from '../gql';
import type { OrientationPurpose, TransportMeans } from '../gql/graphql';

const CitizenQuery = graphql(`
  query OrientationRecordPage_CitizenQuery($id: ID!) {
    citizen(id: $id) {
      id
      givenName
      familyName
      cv {
        soughtOccupations {
          uri
          label
        }
      }
    }
  }
`);

const RecordMutation = graphql(`
  mutation OrientationRecordPage_RecordMutation($input: OrientationRecordInput!, $idempotencyKey: String) {
    recordOrientation(input: $input, idempotencyKey: $idempotencyKey) {
      record {
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

const FIELDS = [
  'kind',
  'bookingId',
  'heldOn',
  'interests',
  'strengths',
  'hoursPerWeek',
  'transport',
  'careDutiesNote',
  'targetOccupationUris',
  'summary',
] as const;
type Field = (typeof FIELDS)[number];
const FIELD_LABELS: Record<Field, string> = {
  kind: 'Tipo',
  bookingId: 'Colloquio prenotato',
  heldOn: 'Data del colloquio',
  interests: 'Interessi',
  strengths: 'Punti di forza',
  hoursPerWeek: 'Ore settimanali disponibili',
  transport: 'Spostamenti',
  careDutiesNote: 'Nota sui carichi di cura',
  targetOccupationUris: 'Professioni obiettivo',
  summary: 'Sintesi',
};
const FIELD_IDS = Object.fromEntries(FIELDS.map((f) => [f, `orientation-${f}`])) as Record<Field, string>;
// The server's messages name indexed paths (targetOccupationUris[1]): they belong to the list's field.
const fieldOf = (path: string) => path.replace(/\[\d+\]$/, '');
const MAX_OCCUPATIONS = 5;

/** The operator writes the record of a colloquio di orientamento or a bilancio di competenze. */
export function OrientationRecordPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const citizen = useQuery({
    queryKey: ['citizen', id, 'orientation'],
    queryFn: () => client.request(CitizenQuery, { id }),
  });
  const person = citizen.data?.citizen;
  return (
    <>
      <Link className="sl-back-link" to={`/cittadini/${id}`}>
        Torna alla scheda del cittadino
      </Link>
      <PageTitle>
        {person
          ? `Scheda di orientamento: ${person.givenName} ${person.familyName}`
          : 'Scheda di orientamento'}
      </PageTitle>
      {citizen.error ? (
        <LoadError error={citizen.error} retry={citizen.refetch} />
      ) : !person ? (
        <Loading />
      ) : (
        <RecordForm
          citizenId={person.id}
          sought={person.cv?.soughtOccupations ?? []}
          bookingId={params.get('prenotazione')}
          kind={(params.get('tipo') as OrientationPurpose | null) ?? 'ORIENTATION_INTERVIEW'}
        />
      )}
    </>
  );
}

function RecordForm({
  citizenId,
  sought,
  bookingId,
  kind: bookedKind,
}: {
  citizenId: string;
  sought: readonly Occupation[];
  bookingId: string | null;
  kind: OrientationPurpose;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<OrientationPurpose>(bookedKind);
  const [heldOn, setHeldOn] = useState(todayInItaly());
  const [interests, setInterests] = useState('');
  const [strengths, setStrengths] = useState('');
  const [hours, setHours] = useState('');
  const [transport, setTransport] = useState<TransportMeans | ''>('');
  const [careDuties, setCareDuties] = useState(false);
  const [careNote, setCareNote] = useState('');
  const [targets, setTargets] = useState<Occupation[]>([]);
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  // One key per record: a repeated submit writes it once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  function fail(next: FormErrors<Field>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  function addTarget(uri: string) {
    if (!uri || targets.some((t) => t.uri === uri)) return;
    // The picker's searches are cached under "escoOccupations": the label is among their answers.
    const searched = queryClient
      .getQueriesData<SelectOption[]>({ queryKey: ['escoOccupations'] })
      .flatMap(([, options]) => options ?? []);
    const label =
      sought.find((o) => o.uri === uri)?.label ?? searched.find((o) => o.value === uri)?.label ?? uri;
    setTargets([...targets, { uri, label }]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    // The server's rules, checked here first so every field says what it lacks at once.
    const fields: FormErrors<Field>['fields'] = {};
    const atLeast = (field: Field, value: string, min: number) => {
      if (value.trim().length < min) fields[field] = `Scrivi almeno ${min} caratteri.`;
    };
    atLeast('interests', interests, 2);
    atLeast('strengths', strengths, 2);
    atLeast('summary', summary, 10);
    const hoursNumber = Number(hours);
    if (hours.trim() && (!Number.isInteger(hoursNumber) || hoursNumber < 1 || hoursNumber > 60))
      fields.hoursPerWeek = 'Le ore settimanali vanno da 1 a 60.';
    if (!transport) fields.transport = 'Indica come si sposta la persona.';
    if (Object.keys(fields).length || !transport) {
      fail({ fields, form: [] });
      return;
    }
    setPending(true);
    try {
      const { recordOrientation } = await client.request(RecordMutation, {
        idempotencyKey,
        input: {
          citizenId,
          kind,
          bookingId,
          heldOn,
          interests,
          strengths,
          hoursPerWeek: hours.trim() ? hoursNumber : null,
          transport,
          careDuties,
          careDutiesNote: careDuties && careNote.trim() ? careNote : null,
          targetOccupationUris: targets.map((t) => t.uri),
          summary,
        },
      });
      if (recordOrientation.record && recordOrientation.userErrors.length === 0) {
        await queryClient.invalidateQueries({ queryKey: ['citizen', citizenId] });
        navigate(`/cittadini/${citizenId}#orientamento`);
        return;
      }
      fail(
        mapUserErrors(
          recordOrientation.userErrors.map((e) => ({ ...e, field: e.field ? fieldOf(e.field) : e.field })),
          FIELDS,
        ),
      );
    } catch (error) {
      fail(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={submit} data-testid="orientation-form">
      <p className="sl-lead">
        Quello che scrivi lo leggono la persona, nel suo portale, e gli operatori dello sportello che la segue
        (presa in carico). Scrivi con parole semplici. Le professioni obiettivo entrano nelle competenze
        mancanti.
      </p>
      <ErrorSummary errors={errors} labels={FIELD_LABELS} ids={FIELD_IDS} focusKey={submits} />
      {bookingId ? <p data-testid="for-booking">La scheda è per il colloquio prenotato.</p> : null}
      {errors.fields.bookingId ? <p className="sl-error">{errors.fields.bookingId}</p> : null}
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id={FIELD_IDS.kind}
            label={FIELD_LABELS.kind}
            value={kind}
            onChange={(v) => setKind(v as OrientationPurpose)}
            options={options(labels.orientationPurpose)}
            placeholder="Scegli il tipo"
            disabled={bookingId !== null}
            error={errors.fields.kind}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={FIELD_IDS.heldOn}
            label={FIELD_LABELS.heldOn}
            type="date"
            max={todayInItaly()}
            value={heldOn}
            onChange={setHeldOn}
            error={errors.fields.heldOn}
          />
        </div>
      </div>
      <TextAreaField
        id={FIELD_IDS.interests}
        label={FIELD_LABELS.interests}
        hint="Che lavori o attività interessano alla persona."
        value={interests}
        onChange={setInterests}
        maxLength={2000}
        rows={3}
        error={errors.fields.interests}
      />
      <TextAreaField
        id={FIELD_IDS.strengths}
        label={FIELD_LABELS.strengths}
        hint="Cosa sa fare bene: esperienze, capacità, qualità personali."
        value={strengths}
        onChange={setStrengths}
        maxLength={2000}
        rows={3}
        error={errors.fields.strengths}
      />
      <fieldset className="sl-section">
        <legend className="h5">Vincoli</legend>
        <p className="sl-hint">Dati personali: li vedono solo la persona e lo sportello che la segue.</p>
        <div className="row">
          <div className="col-md-6">
            <TextField
              id={FIELD_IDS.hoursPerWeek}
              label={FIELD_LABELS.hoursPerWeek}
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              value={hours}
              onChange={setHours}
              optional
              error={errors.fields.hoursPerWeek}
            />
          </div>
          <div className="col-md-6">
            <SelectField
              id={FIELD_IDS.transport}
              label={FIELD_LABELS.transport}
              value={transport}
              onChange={(v) => setTransport(v as TransportMeans | '')}
              options={options(labels.transport)}
              placeholder="Come si sposta"
              error={errors.fields.transport}
            />
          </div>
        </div>
        <CheckboxField
          id="orientation-careDuties"
          label="Ha carichi di cura (figli, familiari da assistere)"
          checked={careDuties}
          onChange={setCareDuties}
        />
        {careDuties ? (
          <TextField
            id={FIELD_IDS.careDutiesNote}
            label={FIELD_LABELS.careDutiesNote}
            hint="Breve, al massimo 300 caratteri: solo quello che serve per cercare lavoro (per esempio gli orari)."
            value={careNote}
            onChange={setCareNote}
            maxLength={300}
            optional
            error={errors.fields.careDutiesNote}
          />
        ) : null}
      </fieldset>
      <fieldset className="sl-section">
        <legend className="h5">{FIELD_LABELS.targetOccupationUris}</legend>
        {targets.length ? (
          <ul data-testid="orientation-targets-chosen">
            {targets.map((t) => (
              <li key={t.uri}>
                {t.label}{' '}
                <button
                  type="button"
                  className="btn btn-link btn-sm"
                  onClick={() => setTargets(targets.filter((o) => o.uri !== t.uri))}
                >
                  Togli<span className="visually-hidden"> {t.label}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>Nessuna professione scelta.</p>
        )}
        {targets.length < MAX_OCCUPATIONS ? (
          <OccupationPicker
            id={FIELD_IDS.targetOccupationUris}
            label="Aggiungi una professione obiettivo"
            suggested={sought.filter((o) => !targets.some((t) => t.uri === o.uri))}
            value=""
            onChange={addTarget}
            search={searchOccupations}
            hint={`Fino a ${MAX_OCCUPATIONS}, dalla classificazione europea ESCO. In cima, le professioni cercate nel CV.`}
            error={errors.fields.targetOccupationUris}
            optional
          />
        ) : null}
      </fieldset>
      <TextAreaField
        id={FIELD_IDS.summary}
        label={FIELD_LABELS.summary}
        hint="Cosa vi siete detti e i prossimi passi. Almeno 10 caratteri."
        value={summary}
        onChange={setSummary}
        maxLength={5000}
        rows={5}
        error={errors.fields.summary}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Salva la scheda'}
      </Button>
    </form>
  );
}
