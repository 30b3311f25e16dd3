import {
  ErrorSummary,
  euroToCents,
  type FormErrors,
  failure,
  hasErrors,
  it,
  mapUserErrors,
  noErrors,
  SelectField,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { sportelliQuery } from '../colloqui-slots';
import { isHireKind, labels, options } from '../format';
import { graphql } from '../gql';
import type { ContractClass, OutcomeKind, OutcomeTargetGroup } from '../gql/graphql';
import { useMemberComuni } from '../member-comuni';

const CreateContractMutation = graphql(`
  mutation ContractForm_CreateContractMutation($input: FundingContractInput!) {
    createFundingContract(input: $input) {
      contract {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Field =
  | 'name'
  | 'sportelloId'
  | 'comuneCode'
  | 'startsOn'
  | 'endsOn'
  | 'capCents'
  | 'minDurationMonths'
  | 'retentionDays'
  | 'tariffs';
const fieldLabels: Record<Field, string> = {
  name: 'Nome del contratto',
  sportelloId: 'Sportello pagato',
  comuneCode: 'Comune committente',
  startsOn: 'Inizio',
  endsOn: 'Fine',
  capCents: 'Tetto di spesa in euro',
  minDurationMonths: 'Durata minima del contratto di lavoro, in mesi',
  retentionDays: 'Verifica richiesta',
  tariffs: 'Tariffe',
};
const fieldIds: Record<Field, string> = {
  name: 'contract-name',
  sportelloId: 'contract-sportello',
  comuneCode: 'contract-comune',
  startsOn: 'contract-starts-on',
  endsOn: 'contract-ends-on',
  capCents: 'contract-cap',
  minDurationMonths: 'contract-min-months',
  retentionDays: 'contract-retention',
  tariffs: 'tariff-0-amount',
};

interface TariffRow {
  outcomeKind: OutcomeKind;
  contractClass: ContractClass;
  targetGroup: OutcomeTargetGroup | '';
  amount: string;
}
const newRow = (): TariffRow => ({
  outcomeKind: 'HIRE',
  contractClass: 'PERMANENT',
  targetGroup: '',
  amount: '',
});

/** A new funding contract with its tariffs (network admins). */
export function ContractForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const sportelli = useQuery(sportelliQuery);
  const { comuni } = useMemberComuni();
  const [announcement, announce] = useAnnouncement();
  const [name, setName] = useState('');
  const [sportelloId, setSportelloId] = useState('');
  const [comuneCode, setComuneCode] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [cap, setCap] = useState('');
  const [minMonths, setMinMonths] = useState('6');
  const [retention, setRetention] = useState('90');
  const [rows, setRows] = useState<TariffRow[]>([newRow()]);
  const [errors, setErrors] = useState<FormErrors<string>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  const setRow = (index: number, change: Partial<TariffRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<string>();
    const capCents = euroToCents(cap);
    const months = Number(minMonths);
    if (name.trim().length < 3) next.fields.name = 'Scrivi il nome del contratto (almeno 3 caratteri).';
    if (!sportelloId) next.fields.sportelloId = 'Scegli lo sportello che riceve i pagamenti.';
    if (!startsOn) next.fields.startsOn = 'Scrivi il primo giorno del contratto.';
    if (!endsOn) next.fields.endsOn = 'Scrivi l’ultimo giorno del contratto.';
    else if (startsOn && endsOn < startsOn) next.fields.endsOn = 'La fine del contratto viene dopo l’inizio.';
    if (capCents === null || capCents < 1)
      next.fields.capCents = 'Scrivi un importo in euro, per esempio 50000 o 50000,50.';
    if (!Number.isInteger(months) || months < 0 || months > 120)
      next.fields.minDurationMonths = 'Scrivi un numero intero di mesi, da 0 a 120.';
    const tariffs = rows.map((row, index) => {
      const amountCents = euroToCents(row.amount);
      if (amountCents === null || amountCents < 1)
        next.fields[`tariffs.${index}.amountCents`] =
          `Tariffa ${index + 1}: scrivi un importo in euro, per esempio 1500.`;
      return {
        outcomeKind: row.outcomeKind,
        contractClass: isHireKind(row.outcomeKind) ? row.contractClass : null,
        targetGroup: row.targetGroup || null,
        amountCents: amountCents ?? 0,
      };
    });
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { createFundingContract } = await client.request(CreateContractMutation, {
          input: {
            name: name.trim(),
            sportelloId,
            comuneCode: comuneCode || null,
            startsOn,
            endsOn,
            capCents: capCents ?? 0,
            minDurationMonths: months,
            retentionDays: Number(retention),
            tariffs,
          },
        });
        if (createFundingContract.contract && createFundingContract.userErrors.length === 0) {
          announce({ kind: 'success', text: `Contratto «${createFundingContract.contract.name}» salvato.` });
          setName('');
          setSportelloId('');
          setComuneCode('');
          setStartsOn('');
          setEndsOn('');
          setCap('');
          setRows([newRow()]);
          setErrors(noErrors());
          await onCreated();
          return;
        }
        // Tariff errors name their row (`tariffs.1.amountCents`): each path is its own field.
        const rowFields = rows.flatMap((_, i) => [`tariffs.${i}`, `tariffs.${i}.amountCents`]);
        next = mapUserErrors(
          createFundingContract.userErrors,
          [...(Object.keys(fieldLabels) as Field[]), ...rowFields],
          Object.fromEntries(rowFields.map((f) => [f, f])),
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

  const rowLabels = Object.fromEntries(
    rows.flatMap((_, i) => [
      [`tariffs.${i}`, `Tariffa ${i + 1}`],
      [`tariffs.${i}.amountCents`, `Importo della tariffa ${i + 1}`],
    ]),
  );
  const rowIds = Object.fromEntries(
    rows.flatMap((_, i) => [
      [`tariffs.${i}`, `tariff-${i}-kind`],
      [`tariffs.${i}.amountCents`, `tariff-${i}-amount`],
    ]),
  );

  return (
    <section className="sl-section" aria-labelledby="new-contract">
      <h2 id="new-contract">Nuovo contratto</h2>
      {announcement}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="contract-form">
        <ErrorSummary
          errors={errors}
          labels={{ ...fieldLabels, ...rowLabels }}
          ids={{ ...fieldIds, ...rowIds }}
          focusKey={submits}
        />
        <TextField
          id={fieldIds.name}
          label={fieldLabels.name}
          hint="Per esempio: Inserimenti 2027 – Legnano."
          value={name}
          onChange={setName}
          maxLength={200}
          autoComplete="off"
          error={errors.fields.name}
        />
        <SelectField
          id={fieldIds.sportelloId}
          label={fieldLabels.sportelloId}
          value={sportelloId}
          onChange={setSportelloId}
          options={(sportelli.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          placeholder={sportelli.isPending ? it.common.loading : 'Scegli lo sportello'}
          error={errors.fields.sportelloId}
        />
        <SelectField
          id={fieldIds.comuneCode}
          label={fieldLabels.comuneCode}
          hint="Lascia «Tutta la rete» se paga la rete; scegli un comune se paga solo per i suoi residenti."
          value={comuneCode}
          onChange={setComuneCode}
          options={comuni.map((c) => ({ value: c.istatCode, label: c.name }))}
          placeholder="Tutta la rete"
          error={errors.fields.comuneCode}
        />
        <div className="sl-field-row">
          <TextField
            id={fieldIds.startsOn}
            type="date"
            label={fieldLabels.startsOn}
            value={startsOn}
            onChange={setStartsOn}
            error={errors.fields.startsOn}
          />
          <TextField
            id={fieldIds.endsOn}
            type="date"
            label={fieldLabels.endsOn}
            value={endsOn}
            onChange={setEndsOn}
            error={errors.fields.endsOn}
          />
        </div>
        <TextField
          id={fieldIds.capCents}
          label={fieldLabels.capCents}
          hint="Il massimo che il contratto paga in tutto, per esempio 50000."
          inputMode="decimal"
          value={cap}
          onChange={setCap}
          error={errors.fields.capCents}
        />
        <TextField
          id={fieldIds.minDurationMonths}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          label={fieldLabels.minDurationMonths}
          hint="I contratti a tempo determinato più brevi non sono pagati; quelli a tempo indeterminato sì."
          value={minMonths}
          onChange={setMinMonths}
          error={errors.fields.minDurationMonths}
        />
        <SelectField
          id={fieldIds.retentionDays}
          label={fieldLabels.retentionDays}
          hint="L’esito è pagato se a questa verifica la persona lavora ancora."
          value={retention}
          onChange={setRetention}
          options={[30, 90, 180].map((d) => ({ value: String(d), label: `Dopo ${d} giorni` }))}
          placeholder="Scegli la verifica"
          error={errors.fields.retentionDays}
        />
        <fieldset>
          <legend className="h5">{fieldLabels.tariffs}</legend>
          <p className="sl-hint">
            Quanto vale un esito. Se più tariffe valgono per lo stesso esito, si paga la più alta; «Tutti»
            vale per ogni persona.
          </p>
          {errors.fields.tariffs ? <p className="sl-error">{errors.fields.tariffs}</p> : null}
          {rows.map((row, index) => (
            <div key={index} className="sl-field-row" data-testid="tariff-row">
              <SelectField
                id={`tariff-${index}-kind`}
                label={`Esito (tariffa ${index + 1})`}
                value={row.outcomeKind}
                onChange={(value) => setRow(index, { outcomeKind: value as OutcomeKind })}
                options={options(labels.outcomeKind)}
                placeholder="Scegli l’esito"
                error={errors.fields[`tariffs.${index}`]}
              />
              {isHireKind(row.outcomeKind) ? (
                <SelectField
                  id={`tariff-${index}-class`}
                  label={`Contratto di lavoro (tariffa ${index + 1})`}
                  value={row.contractClass}
                  onChange={(value) => setRow(index, { contractClass: value as ContractClass })}
                  options={options(labels.contractClass)}
                  placeholder="Scegli il contratto"
                  error={errors.fields[`tariffs.${index}.contractClass`]}
                />
              ) : (
                <p className="sl-hint" data-testid={`tariff-${index}-no-class`}>
                  Questo esito non è un’assunzione: la tariffa vale senza contratto di lavoro.
                </p>
              )}
              <SelectField
                id={`tariff-${index}-group`}
                label={`Gruppo (tariffa ${index + 1})`}
                value={row.targetGroup}
                onChange={(value) => setRow(index, { targetGroup: value as OutcomeTargetGroup | '' })}
                options={options(labels.outcomeTargetGroup)}
                placeholder="Tutti"
              />
              <TextField
                id={`tariff-${index}-amount`}
                label={`Importo in euro (tariffa ${index + 1})`}
                inputMode="decimal"
                value={row.amount}
                onChange={(value) => setRow(index, { amount: value })}
                error={errors.fields[`tariffs.${index}.amountCents`]}
              />
            </div>
          ))}
          <div className="sl-actions mt-0 mb-3">
            <Button
              type="button"
              color="primary"
              outline
              onClick={() => setRows((current) => [...current, newRow()])}
            >
              Aggiungi una tariffa
            </Button>
            {rows.length > 1 ? (
              <Button
                type="button"
                color="secondary"
                outline
                onClick={() => setRows((current) => current.slice(0, -1))}
              >
                Togli l’ultima tariffa
              </Button>
            ) : null}
          </div>
        </fieldset>
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Salva il contratto'}
          </Button>
        </div>
      </form>
    </section>
  );
}
