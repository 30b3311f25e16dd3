import { todayInItaly } from '@sportello/domain';
import {
  type Announcement,
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
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
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { labels, options } from '../format';
import { graphql } from '../gql';
import type { ContractType, PlacementsPage_PlacementsQueryQuery } from '../gql/graphql';

const PlacementsQuery = graphql(`
  query PlacementsPage_PlacementsQuery($verified: Boolean, $first: Int!, $after: String) {
    placements(verified: $verified, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          employerName
          contractType
          startsOn
          durationMonths
          source
          verified
          verifiedAt
          citizen {
            id
            givenName
            familyName
          }
          internship {
            id
          }
        }
      }
    }
  }
`);

const VerifyPlacementMutation = graphql(`
  mutation PlacementsPage_VerifyPlacementMutation($id: ID!) {
    verifyPlacement(id: $id) {
      placement {
        id
        verified
        verifiedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const RecordPlacementMutation = graphql(`
  mutation PlacementsPage_RecordPlacementMutation($input: RecordPlacementInput!) {
    recordPlacement(input: $input) {
      placement {
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

type Placement = PlacementsPage_PlacementsQueryQuery['placements']['edges'][number]['node'];

const filters = {
  tutti: { label: 'Tutti', verified: null, caption: 'Inserimenti lavorativi della rete' },
  'da-verificare': {
    label: 'Da verificare',
    verified: false,
    caption: 'Inserimenti lavorativi da verificare',
  },
  verificati: { label: 'Verificati', verified: true, caption: 'Inserimenti lavorativi verificati' },
} as const;
type Filter = keyof typeof filters;

const empty: Record<Filter, string> = {
  tutti: 'Nessun inserimento lavorativo registrato nella rete.',
  'da-verificare': 'Nessun inserimento da verificare.',
  verificati: 'Nessun inserimento verificato.',
};

/** The filter, kept in the address (`?mostra=da-verificare`). */
function useFilter(): [Filter, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('mostra') ?? 'tutti';
  const filter: Filter = value in filters ? (value as Filter) : 'tutti';
  const set = (next: string) =>
    setParams(next === 'tutti' ? {} : { mostra: next }, { replace: true, preventScrollReset: true });
  return [filter, set];
}

const duration = (months: number | null | undefined) =>
  months == null ? 'Tempo indeterminato' : months === 1 ? '1 mese' : `${months} mesi`;

const personName = (p: Placement) => `${p.citizen.givenName} ${p.citizen.familyName}`;

export function PlacementsPage() {
  const queryClient = useQueryClient();
  const [filter, setFilter] = useFilter();
  const [announcement, announce] = useAnnouncement();
  const [verifying, setVerifying] = useState<string | null>(null);
  const query = usePagedQuery(['placements', filter], async (after) => {
    const { placements } = await client.request(PlacementsQuery, {
      verified: filters[filter].verified,
      first: PAGE_SIZE,
      after,
    });
    return placements;
  });

  async function done(next: Announcement) {
    announce(next);
    await queryClient.invalidateQueries({ queryKey: ['placements'] });
  }

  async function verify(placement: Placement) {
    if (verifying) return;
    setVerifying(placement.id);
    const what = `L’inserimento di ${personName(placement)} presso ${placement.employerName}`;
    try {
      const { verifyPlacement } = await client.request(VerifyPlacementMutation, { id: placement.id });
      if (verifyPlacement.placement && verifyPlacement.userErrors.length === 0) {
        await done({ kind: 'success', text: `${what} è verificato.` });
      } else {
        await done({
          kind: 'danger',
          text: `${what} non è stato verificato: ${verifyPlacement.userErrors.map((e) => e.message).join(' ')}`,
        });
      }
    } catch (error) {
      announce({
        kind: 'danger',
        text: `${what} non è stato verificato: ${error instanceof Error ? error.message : it.errors.server}`,
      });
    } finally {
      setVerifying(null);
    }
  }

  return (
    <>
      <PageTitle>Inserimenti</PageTitle>
      <p className="sl-lead">
        Gli inserimenti lavorativi delle persone della rete, dal più recente: le assunzioni dalle candidature
        e quelle trovate altrove. Verifica ogni inserimento, per esempio con la comunicazione obbligatoria.
      </p>
      <div className="sl-filter">
        <label htmlFor="placements-filter">Mostra</label>
        <select
          id="placements-filter"
          className="form-select"
          value={filter}
          onChange={(event) => {
            announce(null);
            setFilter(event.target.value);
          }}
        >
          {Object.entries(filters).map(([value, f]) => (
            <option key={value} value={value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {announcement}
      <PagedList query={query} empty={empty[filter]}>
        {(placements) => (
          <DataTable
            caption={filters[filter].caption}
            testId="placements-table"
            rows={placements}
            rowKey={(placement) => placement.id}
            columns={[
              {
                header: 'Persona',
                cell: (p) => <Link to={`/cittadini/${p.citizen.id}`}>{personName(p)}</Link>,
              },
              { header: 'Datore di lavoro', cell: (p) => p.employerName },
              { header: 'Contratto', cell: (p) => labels.contractType[p.contractType] },
              { header: 'Inizio', cell: (p) => <span className="sl-nowrap">{formatDate(p.startsOn)}</span> },
              { header: 'Durata', cell: (p) => duration(p.durationMonths) },
              {
                header: 'Origine',
                cell: (p) =>
                  p.internship ? (
                    <Link to={`/tirocini/${p.internship.id}`}>
                      {labels.placementSource[p.source]}
                      <span className="visually-hidden"> di {personName(p)}</span>
                    </Link>
                  ) : (
                    labels.placementSource[p.source]
                  ),
              },
              {
                header: 'Verificato',
                cell: (p) =>
                  p.verified ? (
                    <>Sì{p.verifiedAt ? `, il ${formatDate(p.verifiedAt)}` : ''}</>
                  ) : (
                    <>
                      No
                      <br />
                      <Button
                        type="button"
                        color="primary"
                        size="sm"
                        className="sl-row-action"
                        aria-disabled={verifying !== null || undefined}
                        onClick={() => void verify(p)}
                      >
                        {verifying === p.id ? it.common.sending : 'Verifica'}
                        <span className="visually-hidden">
                          {' '}
                          l’inserimento di {personName(p)} presso {p.employerName}
                        </span>
                      </Button>
                    </>
                  ),
              },
            ]}
          />
        )}
      </PagedList>
      <RecordPlacementForm
        onRecorded={async () => {
          // The outcome shows next to the form: an older one above the list would be stale.
          announce(null);
          await queryClient.invalidateQueries({ queryKey: ['placements'] });
        }}
      />
    </>
  );
}

type Field = 'citizenId' | 'employerName' | 'contractType' | 'startsOn' | 'durationMonths';
const fieldLabels: Record<Field, string> = {
  citizenId: 'Persona',
  employerName: 'Datore di lavoro',
  contractType: 'Tipo di contratto',
  startsOn: 'Data di inizio',
  durationMonths: 'Durata in mesi',
};
const fieldIds: Record<Field, string> = {
  citizenId: 'placement-citizen',
  employerName: 'placement-employer',
  contractType: 'placement-contract',
  startsOn: 'placement-starts-on',
  durationMonths: 'placement-duration',
};

function RecordPlacementForm({ onRecorded }: { onRecorded: () => Promise<void> }) {
  const citizens = useCitizenOptions();
  const [announcement, announce] = useAnnouncement();
  const [citizenId, setCitizenId] = useState('');
  const [employerName, setEmployerName] = useState('');
  const [contractType, setContractType] = useState<ContractType | ''>('');
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<Field>();
    const employer = employerName.trim();
    const durationMonths = months.trim() ? Number(months) : null;
    if (!citizenId) next.fields.citizenId = 'Scegli la persona assunta.';
    if (!employer) next.fields.employerName = 'Scrivi il nome del datore di lavoro.';
    if (!contractType) next.fields.contractType = 'Scegli il tipo di contratto.';
    if (!startsOn) next.fields.startsOn = 'Scrivi la data di inizio del lavoro.';
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn))
      next.fields.startsOn = 'Scrivi una data valida, per esempio 01/09/2026.';
    else if (startsOn > todayInItaly())
      next.fields.startsOn = 'Si registra un inserimento già iniziato: scrivi oggi o una data passata.';
    if (durationMonths !== null && (!Number.isInteger(durationMonths) || durationMonths < 1))
      next.fields.durationMonths =
        'Scrivi un numero intero di mesi, o lascia vuoto per il tempo indeterminato.';
    if (!hasErrors(next) && contractType) {
      setPending(true);
      try {
        const { recordPlacement } = await client.request(RecordPlacementMutation, {
          input: { citizenId, employerName: employer, contractType, startsOn, durationMonths },
        });
        if (recordPlacement.placement && recordPlacement.userErrors.length === 0) {
          const name = citizens.options.find((o) => o.value === citizenId)?.name ?? 'la persona';
          setCitizenId('');
          setEmployerName('');
          setContractType('');
          setStartsOn('');
          setMonths('');
          setErrors(noErrors());
          announce({
            kind: 'success',
            text: `Inserimento registrato: ${name} presso ${employer}, dal ${formatDate(startsOn)}. Ora è da verificare.`,
          });
          await onRecorded();
          return;
        }
        next = mapUserErrors(recordPlacement.userErrors, [
          'citizenId',
          'employerName',
          'contractType',
          'startsOn',
          'durationMonths',
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
    <section className="sl-section" aria-labelledby="record-placement">
      <h2 id="record-placement">Registra un inserimento trovato altrove</h2>
      <p>
        Una persona della rete ha trovato lavoro fuori dalla piattaforma? Registra l’assunzione: l’inserimento
        sarà da verificare.
      </p>
      {announcement}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="record-placement-form">
        <ErrorSummary errors={errors} labels={fieldLabels} ids={fieldIds} focusKey={submits} />
        <SelectField
          id={fieldIds.citizenId}
          label={fieldLabels.citizenId}
          hint={
            citizens.total > citizens.options.length
              ? `Nome e codice fiscale. L’elenco mostra le prime ${citizens.options.length} persone su ${citizens.total}.`
              : 'Nome e codice fiscale.'
          }
          value={citizenId}
          onChange={setCitizenId}
          options={citizens.options}
          placeholder={citizens.isPending ? it.common.loading : 'Scegli la persona'}
          error={errors.fields.citizenId}
        />
        <TextField
          id={fieldIds.employerName}
          label={fieldLabels.employerName}
          hint="L’azienda o la persona che ha assunto."
          value={employerName}
          onChange={setEmployerName}
          maxLength={200}
          autoComplete="off"
          error={errors.fields.employerName}
        />
        <SelectField
          id={fieldIds.contractType}
          label={fieldLabels.contractType}
          value={contractType}
          onChange={(value) => setContractType(value as ContractType | '')}
          options={options(labels.contractType)}
          placeholder="Scegli il contratto"
          error={errors.fields.contractType}
        />
        <TextField
          id={fieldIds.startsOn}
          type="date"
          label={fieldLabels.startsOn}
          hint="Il primo giorno di lavoro: oggi o una data passata."
          value={startsOn}
          max={todayInItaly()}
          onChange={setStartsOn}
          error={errors.fields.startsOn}
        />
        <TextField
          id={fieldIds.durationMonths}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          step={1}
          label={fieldLabels.durationMonths}
          hint="Da 1 a 120 mesi. Lascia vuoto per un contratto a tempo indeterminato."
          value={months}
          onChange={setMonths}
          optional
          error={errors.fields.durationMonths}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Registra l’inserimento'}
          </Button>
        </div>
      </form>
    </section>
  );
}
