import {
  BusinessIdeaDetails,
  euroToCents,
  LoadError,
  Loading,
  noErrors,
  PageTitle,
  referralStatusLabels,
  SelectField,
  TextField,
  todayInRome,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { ActionForm } from '../action-form';
import { client } from '../client';
import { graphql } from '../gql';
import type { BusinessPlanStep, MicrocreditReferralStatus } from '../gql/graphql';
import { PartnersQuery } from './BusinessIdeasPage';

const IdeaQuery = graphql(`
  query BusinessIdeaPage_Query($id: ID!) {
    businessIdea(id: $id) {
      id
      title
      description
      needs
      submittedByCitizen
      createdAt
      citizen {
        id
        givenName
        familyName
      }
      atecoActivity {
        code
        title
      }
      comune {
        istatCode
        name
      }
      checklist {
        step
        label
        done
      }
      businessStartedOn
      partitaIva
      referrals {
        id
        status
        grantedAmountCents
        partner {
          id
          name
        }
        history {
          status
          grantedAmountCents
          note
          at
        }
      }
    }
  }
`);

const StepMutation = graphql(`
  mutation BusinessIdeaPage_StepMutation($ideaId: ID!, $step: BusinessPlanStep!, $done: Boolean!) {
    setBusinessPlanStep(ideaId: $ideaId, step: $step, done: $done) {
      businessIdea {
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

const ReferMutation = graphql(`
  mutation BusinessIdeaPage_ReferMutation($ideaId: ID!, $partnerId: ID!, $idempotencyKey: String) {
    referBusinessIdea(ideaId: $ideaId, partnerId: $partnerId, idempotencyKey: $idempotencyKey) {
      businessIdea {
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

const UpdateReferralMutation = graphql(`
  mutation BusinessIdeaPage_UpdateReferralMutation(
    $referralId: ID!
    $status: MicrocreditReferralStatus!
    $grantedAmountCents: Float
    $note: String
  ) {
    updateMicrocreditReferral(
      referralId: $referralId
      status: $status
      grantedAmountCents: $grantedAmountCents
      note: $note
    ) {
      businessIdea {
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

const StartedMutation = graphql(`
  mutation BusinessIdeaPage_StartedMutation($ideaId: ID!, $partitaIva: String!, $startedOn: Date!) {
    recordBusinessStarted(ideaId: $ideaId, partitaIva: $partitaIva, startedOn: $startedOn) {
      businessIdea {
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

const NEXT: Record<MicrocreditReferralStatus, MicrocreditReferralStatus[]> = {
  SENT: ['IN_ASSESSMENT', 'GRANTED', 'REFUSED'],
  IN_ASSESSMENT: ['GRANTED', 'REFUSED'],
  GRANTED: [],
  REFUSED: [],
};

/** One business idea: the checklist, the microcredit referral and the business started. */
export function BusinessIdeaPage() {
  const { id = '' } = useParams();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['businessIdea', id],
    queryFn: () => client.request(IdeaQuery, { id }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['businessIdea', id] });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={query.refetch} />;
  const idea = query.data.businessIdea;
  if (!idea) return <PageTitle>Idea d’impresa non trovata</PageTitle>;
  const current = idea.referrals[0];
  const open = current && NEXT[current.status].length > 0;
  const canRefer = !idea.businessStartedOn && (!current || current.status === 'REFUSED');
  return (
    <>
      <PageTitle>Idea d’impresa</PageTitle>
      <p className="sl-lead">
        Di{' '}
        <Link to={`/cittadini/${idea.citizen.id}`}>
          {idea.citizen.givenName} {idea.citizen.familyName}
        </Link>
        , {idea.submittedByCitizen ? 'scritta dalla persona nel portale' : 'scritta allo sportello'}.
      </p>
      <BusinessIdeaDetails
        idea={idea}
        onToggleStep={
          isOperator && !idea.businessStartedOn
            ? async (step, done) => {
                await client.request(StepMutation, { ideaId: idea.id, step: step as BusinessPlanStep, done });
                await refresh();
              }
            : undefined
        }
      />
      {isOperator && canRefer ? <ReferForm ideaId={idea.id} onDone={refresh} /> : null}
      {isOperator && current && open ? (
        <ReferralAnswerForm
          referralId={current.id}
          partnerName={current.partner.name}
          choices={NEXT[current.status]}
          onDone={refresh}
        />
      ) : null}
      {isOperator && !idea.businessStartedOn ? <StartedForm ideaId={idea.id} onDone={refresh} /> : null}
    </>
  );
}

function ReferForm({ ideaId, onDone }: { ideaId: string; onDone: () => Promise<unknown> }) {
  const partners = useQuery({
    queryKey: ['microcreditPartners'],
    queryFn: () => client.request(PartnersQuery),
  });
  const [partnerId, setPartnerId] = useState('');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const labels = { partnerId: 'Ente di microcredito' };
  const options = (partners.data?.microcreditPartners ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <ActionForm
      title="Segnala a un ente di microcredito"
      id="refer"
      labels={labels}
      ids={{ partnerId: 'refer-partner' }}
      button="Segnala l’idea"
      check={() => {
        const next = noErrors<'partnerId'>();
        if (!partnerId) next.fields.partnerId = 'Scegli l’ente.';
        return next;
      }}
      run={async () => {
        const { referBusinessIdea } = await client.request(ReferMutation, {
          ideaId,
          partnerId,
          idempotencyKey,
        });
        if (referBusinessIdea.userErrors.length === 0) await onDone();
        return referBusinessIdea.userErrors;
      }}
    >
      {(errors) => (
        <SelectField
          id="refer-partner"
          label={labels.partnerId}
          hint={
            options.length === 0 && partners.isSuccess
              ? 'Nessun ente registrato: chiedi all’amministrazione della rete di registrarne uno.'
              : 'La persona riceve un avviso nel portale e per email.'
          }
          value={partnerId}
          onChange={setPartnerId}
          options={options}
          placeholder="Scegli l’ente"
          error={errors.fields.partnerId}
        />
      )}
    </ActionForm>
  );
}

type AnswerField = 'status' | 'grantedAmountCents' | 'note';

function ReferralAnswerForm({
  referralId,
  partnerName,
  choices,
  onDone,
}: {
  referralId: string;
  partnerName: string;
  choices: MicrocreditReferralStatus[];
  onDone: () => Promise<unknown>;
}) {
  const [values, setValues] = useState({ status: '', amount: '', note: '' });
  const labels: Record<AnswerField, string> = {
    status: 'Nuovo stato',
    grantedAmountCents: 'Importo concesso in euro',
    note: 'Nota',
  };
  const ids: Record<AnswerField, string> = {
    status: 'referral-status',
    grantedAmountCents: 'referral-amount',
    note: 'referral-note',
  };
  const granted = values.status === 'GRANTED';
  return (
    <ActionForm
      title={`Risposta di ${partnerName}`}
      id="referral-answer"
      labels={labels}
      ids={ids}
      button="Registra la risposta"
      check={() => {
        const next = noErrors<AnswerField>();
        if (!values.status) next.fields.status = 'Scegli il nuovo stato.';
        if (granted && euroToCents(values.amount) === null)
          next.fields.grantedAmountCents = 'Scrivi l’importo in euro, per esempio 15000.';
        return next;
      }}
      run={async () => {
        const { updateMicrocreditReferral } = await client.request(UpdateReferralMutation, {
          referralId,
          status: values.status as MicrocreditReferralStatus,
          grantedAmountCents: granted ? euroToCents(values.amount) : null,
          note: values.note || null,
        });
        if (updateMicrocreditReferral.userErrors.length === 0) {
          setValues({ status: '', amount: '', note: '' });
          await onDone();
        }
        return updateMicrocreditReferral.userErrors;
      }}
    >
      {(errors) => (
        <>
          <SelectField
            id={ids.status}
            label={labels.status}
            value={values.status}
            onChange={(status) => setValues((v) => ({ ...v, status }))}
            options={choices.map((s) => ({ value: s, label: referralStatusLabels[s] }))}
            placeholder="Scegli"
            error={errors.fields.status}
          />
          {granted ? (
            <TextField
              id={ids.grantedAmountCents}
              label={labels.grantedAmountCents}
              inputMode="decimal"
              value={values.amount}
              onChange={(amount) => setValues((v) => ({ ...v, amount }))}
              error={errors.fields.grantedAmountCents}
            />
          ) : null}
          <TextField
            id={ids.note}
            label={labels.note}
            hint="Per esempio il numero della pratica o il motivo del rifiuto."
            value={values.note}
            onChange={(note) => setValues((v) => ({ ...v, note }))}
            maxLength={2000}
            error={errors.fields.note}
            optional
          />
        </>
      )}
    </ActionForm>
  );
}

type StartedField = 'partitaIva' | 'startedOn';

function StartedForm({ ideaId, onDone }: { ideaId: string; onDone: () => Promise<unknown> }) {
  const [values, setValues] = useState({ partitaIva: '', startedOn: todayInRome() });
  const labels: Record<StartedField, string> = { partitaIva: 'Partita IVA', startedOn: 'Data di avvio' };
  const ids: Record<StartedField, string> = { partitaIva: 'started-piva', startedOn: 'started-on' };
  return (
    <ActionForm
      title="Impresa avviata"
      id="business-started-form"
      labels={labels}
      ids={ids}
      button="Registra l’avvio"
      check={() => {
        const next = noErrors<StartedField>();
        if (!/^\s*(IT)?\s*\d{11}\s*$/i.test(values.partitaIva))
          next.fields.partitaIva = 'La partita IVA ha 11 cifre.';
        if (!values.startedOn) next.fields.startedOn = 'Indica la data di avvio.';
        return next;
      }}
      run={async () => {
        const { recordBusinessStarted } = await client.request(StartedMutation, { ideaId, ...values });
        if (recordBusinessStarted.userErrors.length === 0) await onDone();
        return recordBusinessStarted.userErrors;
      }}
    >
      {(errors) => (
        <>
          <TextField
            id={ids.partitaIva}
            label={labels.partitaIva}
            hint="Le 11 cifre della partita IVA della nuova impresa: controlliamo che sia valida."
            inputMode="numeric"
            value={values.partitaIva}
            onChange={(partitaIva) => setValues((v) => ({ ...v, partitaIva }))}
            error={errors.fields.partitaIva}
          />
          <TextField
            id={ids.startedOn}
            label={labels.startedOn}
            type="date"
            value={values.startedOn}
            onChange={(startedOn) => setValues((v) => ({ ...v, startedOn }))}
            error={errors.fields.startedOn}
          />
        </>
      )}
    </ActionForm>
  );
}
