import {
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  hasErrors,
  it,
  mapUserErrors,
  noErrors,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  SelectField,
  TextField,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { formatDateTime, labels, minutesBetween, romeLocalToIso } from '../format';
import { graphql } from '../gql';
import type { AppointmentKind, AppointmentMode } from '../gql/graphql';

const SlotsQuery = graphql(`
  query SlotsPage_SlotsQuery($sportelloId: ID, $first: Int!, $after: String) {
    availableSlots(sportelloId: $sportelloId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          mode
          startsAt
          endsAt
          sportello {
            id
            name
          }
        }
      }
    }
  }
`);

const SportelliQuery = graphql(`
  query SlotsPage_SportelliQuery {
    sportelli {
      id
      name
    }
  }
`);

const PublishSlotMutation = graphql(`
  mutation SlotsPage_PublishSlotMutation($input: PublishSlotInput!) {
    publishSlot(input: $input) {
      slot {
        id
        startsAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ALL = 'tutti';

export function SlotsPage() {
  const me = useMe();
  const mySportello = me.data?.me?.kind === 'OPERATOR' ? (me.data.me.sportello ?? null) : null;
  const sportelli = useQuery({
    queryKey: ['network', 'sportelli', 'names'],
    queryFn: () => client.request(SportelliQuery),
  });
  const [choice, setChoice] = useState<string | null>(null);
  const selected = choice ?? mySportello?.id ?? ALL;
  const sportelloId = selected === ALL ? null : selected;
  const query = usePagedQuery(
    ['slots', selected],
    async (after) => {
      const { availableSlots } = await client.request(SlotsQuery, { sportelloId, first: PAGE_SIZE, after });
      return availableSlots;
    },
    !me.isPending,
  );
  const selectedName = sportelli.data?.sportelli.find((s) => s.id === sportelloId)?.name ?? mySportello?.name;
  const where = sportelloId
    ? `presso ${selectedName ?? 'lo sportello scelto'}`
    : 'negli sportelli della rete';

  return (
    <>
      <PageTitle>Orari disponibili</PageTitle>
      <p className="sl-lead">
        Gli orari liberi per i colloqui di orientamento e di consulenza, dal più vicino. Gli orari sono quelli
        italiani.
      </p>
      <div className="sl-filter">
        <label htmlFor="slots-sportello">Sportello</label>
        <select
          id="slots-sportello"
          className="form-select"
          value={selected}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value={ALL}>Tutti gli sportelli della rete</option>
          {sportelli.data?.sportelli.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <PagedList query={query} empty={`Nessun orario libero ${where}.`}>
        {(slots) => (
          <DataTable
            caption={`Orari liberi ${where}`}
            testId="slots-table"
            rows={slots}
            rowKey={(slot) => slot.id}
            columns={[
              { header: 'Data e ora', cell: (s) => formatDateTime(s.startsAt) },
              { header: 'Durata', cell: (s) => `${minutesBetween(s.startsAt, s.endsAt)} minuti` },
              { header: 'Tipo', cell: (s) => labels.appointmentKind[s.kind] },
              { header: 'Modalità', cell: (s) => labels.appointmentMode[s.mode] },
              { header: 'Sportello', cell: (s) => s.sportello.name },
            ]}
          />
        )}
      </PagedList>
      {mySportello ? <NewSlotForm sportelloName={mySportello.name} /> : null}
    </>
  );
}

type Field = 'kind' | 'mode' | 'startsAt' | 'durationMinutes';
const fieldLabels: Record<Field, string> = {
  kind: 'Tipo di colloquio',
  mode: 'Modalità',
  startsAt: 'Data e ora di inizio',
  durationMinutes: 'Durata in minuti',
};

const option = <T extends string>(values: Record<T, string>) =>
  Object.entries<string>(values).map(([value, label]) => ({ value, label }));

function NewSlotForm({ sportelloName }: { sportelloName: string }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [kind, setKind] = useState<AppointmentKind | ''>('ORIENTATION');
  const [mode, setMode] = useState<AppointmentMode | ''>('IN_PERSON');
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('45');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  /** The server's question when the day is a Sunday or a holiday, until the operator answers. */
  const [nonWorkingDay, setNonWorkingDay] = useState<string | null>(null);

  async function submit(event: FormEvent, confirmNonWorkingDay = false) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    setNonWorkingDay(null);
    let next = noErrors<Field>();
    const start = romeLocalToIso(startsAt);
    const minutes = Number(duration);
    if (!kind) next.fields.kind = 'Scegli il tipo di colloquio.';
    if (!mode) next.fields.mode = 'Scegli la modalità.';
    if (!startsAt) next.fields.startsAt = 'Scrivi la data e l’ora di inizio.';
    else if (!start) next.fields.startsAt = 'Scrivi una data e un’ora valide, per esempio 12/05/2026 09:30.';
    if (!duration.trim()) next.fields.durationMinutes = 'Scrivi la durata in minuti.';
    else if (!Number.isInteger(minutes)) next.fields.durationMinutes = 'Scrivi un numero intero di minuti.';
    if (!hasErrors(next) && kind && mode && start) {
      setPending(true);
      try {
        const { publishSlot } = await client.request(PublishSlotMutation, {
          input: { kind, mode, startsAt: start, durationMinutes: minutes, confirmNonWorkingDay },
        });
        const closed = publishSlot.userErrors.find((e) => e.code === 'NON_WORKING_DAY');
        if (closed && publishSlot.userErrors.length === 1) {
          setErrors(noErrors());
          setNonWorkingDay(closed.message);
          return;
        }
        if (publishSlot.slot && publishSlot.userErrors.length === 0) {
          announce({
            kind: 'success',
            text: `Orario pubblicato: ${labels.appointmentKind[kind].toLowerCase()}, ${labels.appointmentMode[mode].toLowerCase()}, ${formatDateTime(publishSlot.slot.startsAt)}.`,
          });
          setStartsAt('');
          setErrors(noErrors());
          await queryClient.invalidateQueries({ queryKey: ['slots'] });
          return;
        }
        next = mapUserErrors(publishSlot.userErrors, [
          'kind',
          'mode',
          'startsAt',
          'durationMinutes',
        ] as const);
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
    <section className="sl-section" aria-labelledby="new-slot">
      <h2 id="new-slot">Nuovo orario</h2>
      <p>Offri un orario per un colloquio presso {sportelloName}. I cittadini potranno prenotarlo.</p>
      {announcement}
      <form className="sl-new-slot" noValidate onSubmit={submit} data-testid="new-slot-form">
        <ErrorSummary errors={errors} labels={fieldLabels} focusKey={submits} />
        <SelectField
          id="kind"
          label={fieldLabels.kind}
          value={kind}
          onChange={(value) => setKind(value as AppointmentKind | '')}
          options={option(labels.appointmentKind)}
          placeholder="Scegli il tipo"
          error={errors.fields.kind}
        />
        <SelectField
          id="mode"
          label={fieldLabels.mode}
          value={mode}
          onChange={(value) => setMode(value as AppointmentMode | '')}
          options={option(labels.appointmentMode)}
          placeholder="Scegli la modalità"
          error={errors.fields.mode}
        />
        <TextField
          id="startsAt"
          type="datetime-local"
          label={fieldLabels.startsAt}
          hint="Ora italiana."
          value={startsAt}
          onChange={setStartsAt}
          error={errors.fields.startsAt}
        />
        <TextField
          id="durationMinutes"
          type="number"
          inputMode="numeric"
          min={15}
          max={240}
          step={5}
          label={fieldLabels.durationMinutes}
          hint="Da 15 a 240 minuti."
          value={duration}
          onChange={setDuration}
          error={errors.fields.durationMinutes}
        />
        {nonWorkingDay ? (
          <NonWorkingDayQuestion
            question={nonWorkingDay}
            onConfirm={(event) => submit(event, true)}
            onChangeDate={() => {
              setNonWorkingDay(null);
              document.getElementById('startsAt')?.focus();
            }}
          />
        ) : (
          <div className="sl-actions mt-0 mb-3">
            <Button type="submit" color="primary" aria-disabled={pending || undefined}>
              {pending ? it.common.sending : 'Pubblica l’orario'}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}

/** A Sunday or a holiday: the operator publishes anyway or goes back to the date. */
function NonWorkingDayQuestion({
  question,
  onConfirm,
  onChangeDate,
}: {
  question: string;
  onConfirm: (event: FormEvent) => void;
  onChangeDate: () => void;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="sl-form-box mb-3" data-testid="non-working-day">
      <p ref={ref} tabIndex={-1}>
        {question}
      </p>
      <div className="sl-card-actions">
        <Button type="button" color="primary" onClick={onConfirm}>
          Sì, pubblica comunque
        </Button>
        <Button type="button" color="secondary" outline onClick={onChangeDate}>
          No, cambio la data
        </Button>
      </div>
    </div>
  );
}
