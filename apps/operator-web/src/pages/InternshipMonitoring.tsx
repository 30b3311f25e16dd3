import {
  ErrorSummary,
  type FormErrors,
  formatDate,
  hasErrors,
  it,
  mapUserErrors,
  noErrors,
  TextAreaField,
  TextField,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { attempt, DataTable, useAnnouncement } from '../components';
import { graphql } from '../gql';
import type { Internship } from './InternshipPage';

const MonitoringMutation = graphql(`
  mutation InternshipMonitoring_MonitoringMutation($id: ID!, $input: MonitoringEntryInput!) {
    addInternshipMonitoringEntry(id: $id, input: $input) {
      internship {
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

type MonitoringField = 'periodStartsOn' | 'periodEndsOn' | 'hoursAttended' | 'note';
const monitoringLabels: Record<MonitoringField, string> = {
  periodStartsOn: 'Inizio del periodo',
  periodEndsOn: 'Fine del periodo',
  hoursAttended: 'Ore di presenza',
  note: 'Andamento',
};
const monitoringIds: Record<MonitoringField, string> = {
  periodStartsOn: 'monitoring-from',
  periodEndsOn: 'monitoring-to',
  hoursAttended: 'monitoring-hours',
  note: 'monitoring-note',
};

export function InternshipMonitoring({
  internship: i,
  onAdded,
}: {
  internship: Internship;
  onAdded: () => Promise<void>;
}) {
  const [announcement, announce] = useAnnouncement();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<MonitoringField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const open = i.status === 'ACTIVE' || i.status === 'SUSPENDED';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<MonitoringField>();
    if (!from) next.fields.periodStartsOn = 'Scrivi il primo giorno del periodo.';
    if (!to) next.fields.periodEndsOn = 'Scrivi l’ultimo giorno del periodo.';
    if (!/^\d+$/.test(hours.trim()))
      next.fields.hoursAttended = 'Scrivi le ore di presenza, in numero intero.';
    if (!note.trim()) next.fields.note = 'Descrivi l’andamento del periodo.';
    if (!hasErrors(next)) {
      setPending(true);
      const userErrors = await attempt(async () => {
        const result = await client.request(MonitoringMutation, {
          id: i.id,
          input: { periodStartsOn: from, periodEndsOn: to, hoursAttended: Number(hours), note },
        });
        return result.addInternshipMonitoringEntry.userErrors;
      });
      setPending(false);
      if (userErrors.length === 0) {
        announce({ kind: 'success', text: 'Monitoraggio registrato.' });
        setFrom('');
        setTo('');
        setHours('');
        setNote('');
        setErrors(noErrors());
        await onAdded();
        return;
      }
      next = mapUserErrors(userErrors, Object.keys(monitoringLabels) as MonitoringField[]);
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="monitoring">
      <h2 id="monitoring">Monitoraggio</h2>
      {i.monitoringEntries.length === 0 ? (
        <p data-testid="monitoring-empty">Nessun monitoraggio registrato.</p>
      ) : (
        <DataTable
          caption="Monitoraggio del tirocinio, dal periodo più vecchio"
          testId="monitoring-table"
          rows={i.monitoringEntries}
          rowKey={(entry) => entry.id}
          columns={[
            {
              header: 'Periodo',
              cell: (e) => (
                <span className="sl-nowrap">
                  {formatDate(e.periodStartsOn)} – {formatDate(e.periodEndsOn)}
                </span>
              ),
            },
            { header: 'Ore di presenza', cell: (e) => e.hoursAttended },
            { header: 'Andamento', cell: (e) => e.note },
            {
              header: 'Registrato da',
              cell: (e) => `${e.authorName} (${e.authorSide === 'COMPANY' ? 'azienda' : 'sportello'})`,
            },
          ]}
        />
      )}
      {open ? (
        <>
          {announcement}
          <form className="sl-form-box" noValidate onSubmit={submit} data-testid="monitoring-form">
            <h3>Registra un periodo</h3>
            <ErrorSummary errors={errors} labels={monitoringLabels} ids={monitoringIds} focusKey={submits} />
            <TextField
              id={monitoringIds.periodStartsOn}
              type="date"
              label={monitoringLabels.periodStartsOn}
              value={from}
              min={i.startsOn}
              max={i.endsOn}
              onChange={setFrom}
              error={errors.fields.periodStartsOn}
            />
            <TextField
              id={monitoringIds.periodEndsOn}
              type="date"
              label={monitoringLabels.periodEndsOn}
              hint="Un periodo già trascorso, entro le date del tirocinio."
              value={to}
              min={i.startsOn}
              max={i.endsOn}
              onChange={setTo}
              error={errors.fields.periodEndsOn}
            />
            <TextField
              id={monitoringIds.hoursAttended}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              label={monitoringLabels.hoursAttended}
              hint={`Al massimo ${i.hoursPerWeek} ore per ogni settimana del periodo.`}
              value={hours}
              onChange={setHours}
              error={errors.fields.hoursAttended}
            />
            <TextAreaField
              id={monitoringIds.note}
              label={monitoringLabels.note}
              hint="Come è andato il periodo: presenze, apprendimenti, difficoltà."
              value={note}
              onChange={setNote}
              maxLength={4000}
              error={errors.fields.note}
            />
            <div className="sl-actions mt-0 mb-3">
              <Button type="submit" color="primary" aria-disabled={pending || undefined}>
                {pending ? it.common.sending : 'Registra il monitoraggio'}
              </Button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}
