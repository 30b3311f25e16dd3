import { todayInItaly } from '@sportello/domain';
import {
  DataTable,
  DownloadButton,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  hasErrors,
  it,
  mapUserErrors,
  noErrors,
  PageTitle,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { contractClassLabel, labels } from '../format';
import { graphql } from '../gql';
import type { FundingPage_ContractsQueryQuery } from '../gql/graphql';
import { ContractForm } from './ContractForm';

const ContractsQuery = graphql(`
  query FundingPage_ContractsQuery {
    fundingContracts {
      id
      name
      sportello {
        id
        name
      }
      comune {
        istatCode
        name
      }
      startsOn
      endsOn
      capCents
      minDurationMonths
      retentionDays
      tariffs {
        id
        outcomeKind
        contractClass
        targetGroup
        amountCents
      }
      statements {
        id
        number
        periodStartsOn
        periodEndsOn
        chargedCents
        creditedCents
        totalCents
        issuedAt
        pdfUrl
        csvUrl
      }
    }
  }
`);

const IssueMutation = graphql(`
  mutation FundingPage_IssueStatementMutation($contractId: ID!, $periodEndsOn: Date!) {
    issueStatement(contractId: $contractId, periodEndsOn: $periodEndsOn) {
      statement {
        id
        number
        totalCents
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Contract = FundingPage_ContractsQueryQuery['fundingContracts'][number];

/** Euro with thousands separated, as on the statements: "3.200,50 €". */
export const euro = (cents: number) => {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const units = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${units},${String(abs % 100).padStart(2, '0')} €`;
};

function IssueStatementForm({ contract, onIssued }: { contract: Contract; onIssued: () => Promise<void> }) {
  const [announcement, announce] = useAnnouncement();
  const [endsOn, setEndsOn] = useState(todayInItaly());
  const [errors, setErrors] = useState<FormErrors<'periodEndsOn'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const id = `issue-${contract.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<'periodEndsOn'>();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn))
      next.fields.periodEndsOn = 'Scrivi una data valida, per esempio 30/11/2026.';
    else if (endsOn > todayInItaly())
      next.fields.periodEndsOn = 'Si rendiconta un periodo già concluso: scegli oggi o un giorno passato.';
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { issueStatement } = await client.request(IssueMutation, {
          contractId: contract.id,
          periodEndsOn: endsOn,
        });
        if (issueStatement.statement && issueStatement.userErrors.length === 0) {
          announce({
            kind: 'success',
            text: `Rendiconto n. ${issueStatement.statement.number} emesso: totale ${euro(issueStatement.statement.totalCents)}. Scaricalo qui sotto in PDF o CSV.`,
          });
          setErrors(noErrors());
          await onIssued();
          return;
        }
        next = mapUserErrors(
          issueStatement.userErrors.map((e) => (e.field === 'contractId' ? { ...e, field: null } : e)),
          ['periodEndsOn'] as const,
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

  return (
    <form className="sl-form-box" noValidate onSubmit={submit} data-testid="issue-statement-form">
      <h3 className="h5">Emetti un rendiconto</h3>
      <p>
        Il rendiconto comprende gli esiti idonei non ancora rendicontati, con assunzione entro il giorno
        scelto, e gli storni degli esiti pagati che non sono più idonei. Una volta emesso non si modifica.
      </p>
      {announcement}
      <ErrorSummary
        errors={errors}
        labels={{ periodEndsOn: 'Fino al giorno' }}
        ids={{ periodEndsOn: `${id}-ends-on` }}
        focusKey={submits}
      />
      <TextField
        id={`${id}-ends-on`}
        type="date"
        label="Fino al giorno"
        hint="L’ultimo giorno del periodo: oggi o un giorno passato."
        value={endsOn}
        max={todayInItaly()}
        onChange={setEndsOn}
        error={errors.fields.periodEndsOn}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Emetti rendiconto'}
        <span className="visually-hidden"> per «{contract.name}»</span>
      </Button>
    </form>
  );
}

function ContractSection({ contract, onIssued }: { contract: Contract; onIssued: () => Promise<void> }) {
  const headingId = `contract-${contract.id}`;
  return (
    <section className="sl-section" aria-labelledby={headingId} data-testid="funding-contract">
      <h2 id={headingId}>{contract.name}</h2>
      <p>
        Con {contract.sportello.name}, per{' '}
        {contract.comune ? `il comune di ${contract.comune.name}` : 'tutta la rete'}, dal{' '}
        {formatDate(contract.startsOn)} al {formatDate(contract.endsOn)}. Tetto di spesa{' '}
        {euro(contract.capCents)}. Paga gli esiti con un contratto di almeno {contract.minDurationMonths} mesi
        (o a tempo indeterminato) e con la persona ancora al lavoro dopo {contract.retentionDays} giorni.
      </p>
      <DataTable
        caption={`Tariffe di «${contract.name}»`}
        rows={contract.tariffs}
        rowKey={(t) => t.id}
        columns={[
          { header: 'Esito', cell: (t) => labels.outcomeKind[t.outcomeKind] },
          { header: 'Contratto di lavoro', cell: (t) => contractClassLabel(t.contractClass) },
          {
            header: 'Gruppo',
            cell: (t) => (t.targetGroup ? labels.outcomeTargetGroup[t.targetGroup] : 'Tutti'),
          },
          { header: 'Importo', cell: (t) => <span className="sl-nowrap">{euro(t.amountCents)}</span> },
        ]}
      />
      <h3 className="h5">Rendiconti emessi</h3>
      {contract.statements.length === 0 ? (
        <p>Nessun rendiconto emesso.</p>
      ) : (
        <ul className="list-unstyled" data-testid="statements">
          {contract.statements.map((s) => (
            <li key={s.id} className="mb-3">
              <strong>Rendiconto n. {s.number}</strong>, dal {formatDate(s.periodStartsOn)} al{' '}
              {formatDate(s.periodEndsOn)}, emesso il {formatDate(s.issuedAt)}: addebiti{' '}
              {euro(s.chargedCents)}, storni {euro(-s.creditedCents)},{' '}
              <strong>totale {euro(s.totalCents)}</strong>.
              <div className="sl-actions mt-1">
                <DownloadButton
                  client={client}
                  path={s.pdfUrl}
                  label={`Scarica il rendiconto n. ${s.number} in PDF`}
                  fallbackName={`rendiconto-${s.number}.pdf`}
                />
                <DownloadButton
                  client={client}
                  path={s.csvUrl}
                  label={`Scarica il rendiconto n. ${s.number} in CSV`}
                  fallbackName={`rendiconto-${s.number}.csv`}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <IssueStatementForm contract={contract} onIssued={onIssued} />
    </section>
  );
}

/** "Contratti e rendiconti", for network admins: outcome-based funding and its statements. */
export function FundingPage() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['fundingContracts'], queryFn: () => client.request(ContractsQuery) });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['fundingContracts'] });
    await queryClient.invalidateQueries({ queryKey: ['outcomes'] });
  };
  return (
    <>
      <PageTitle>Contratti e rendiconti</PageTitle>
      <p className="sl-lead">
        I contratti con cui la rete, o un comune, paga uno sportello per ogni esito: le tariffe, il tetto di
        spesa e i rendiconti emessi. Importi in euro; i rendiconti indicano gli esiti solo con il riferimento,
        senza dati personali.
      </p>
      {query.isPending ? (
        <p>{it.common.loading}</p>
      ) : query.isError ? (
        <p className="sl-error">{query.error instanceof Error ? query.error.message : it.errors.server}</p>
      ) : query.data.fundingContracts.length === 0 ? (
        <p>Nessun contratto: scrivi il primo qui sotto.</p>
      ) : (
        query.data.fundingContracts.map((contract) => (
          <ContractSection key={contract.id} contract={contract} onIssued={refresh} />
        ))
      )}
      <ContractForm onCreated={refresh} />
    </>
  );
}
