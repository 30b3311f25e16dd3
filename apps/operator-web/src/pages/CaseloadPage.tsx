import {
  CheckboxField,
  DataTable,
  formatDate,
  LoadError,
  Loading,
  optionsOf,
  PageTitle,
  SelectField,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';
import type { CaseloadScope, TargetGroup } from '../gql/graphql';
import { TargetGroups } from './CitizensPage';

const CaseloadQuery = graphql(`
  query CaseloadPage_CaseloadQuery(
    $scope: CaseloadScope
    $targetGroup: TargetGroup
    $noContactForDays: Int
    $overdueOnly: Boolean
    $pattoNotAccepted: Boolean
  ) {
    caseload(
      scope: $scope
      targetGroup: $targetGroup
      noContactForDays: $noContactForDays
      overdueOnly: $overdueOnly
      pattoNotAccepted: $pattoNotAccepted
      first: 100
    ) {
      totalCount
      edges {
        node {
          id
          inChargeSince
          lastContactOn
          overdueActionCount
          citizen {
            id
            givenName
            familyName
            targetGroups
          }
          takenBy {
            id
            givenName
            familyName
          }
          patto {
            id
            version
            acceptedAt
          }
        }
      }
    }
  }
`);

const scopeLabels = { MINE: 'I miei casi', SPORTELLO: 'Tutti i casi dello sportello' };
const noContactLabels = { '30': 'Da più di un mese', '60': 'Da più di due mesi', '90': 'Da più di tre mesi' };

/** "I miei casi" and the sportello's: the open cases, those not contacted for longest first. */
export function CaseloadPage() {
  const [scope, setScope] = useState<CaseloadScope>('MINE');
  const [targetGroup, setTargetGroup] = useState<TargetGroup | ''>('');
  const [noContact, setNoContact] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [pattoNotAccepted, setPattoNotAccepted] = useState(false);
  const variables = {
    scope,
    targetGroup: targetGroup || null,
    noContactForDays: noContact ? Number(noContact) : null,
    overdueOnly,
    pattoNotAccepted,
  };
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['caseload', variables],
    queryFn: () => client.request(CaseloadQuery, variables),
  });
  return (
    <>
      <PageTitle>Casi in carico</PageTitle>
      <p>
        Le persone in carico, le tue o quelle di tutto lo sportello: prima quelle che non senti da più tempo.
      </p>
      <form className="sl-filter" aria-label="Filtri dei casi" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="caseload-scope"
          label="Quali casi"
          placeholder="Scegli"
          options={optionsOf(scopeLabels)}
          value={scope}
          onChange={(value) => setScope((value || 'MINE') as CaseloadScope)}
        />
        <SelectField
          id="caseload-target-group"
          label="Gruppo target"
          placeholder="Tutti"
          optional
          options={optionsOf(labels.targetGroup)}
          value={targetGroup}
          onChange={(value) => setTargetGroup(value as TargetGroup | '')}
        />
        <SelectField
          id="caseload-no-contact"
          label="Ultimo contatto"
          placeholder="In qualsiasi momento"
          optional
          options={optionsOf(noContactLabels)}
          value={noContact}
          onChange={setNoContact}
        />
        <CheckboxField
          id="caseload-overdue"
          label="Solo con azioni scadute"
          checked={overdueOnly}
          onChange={setOverdueOnly}
        />
        <CheckboxField
          id="caseload-pending"
          label="Solo con il patto non ancora accettato"
          checked={pattoNotAccepted}
          onChange={setPattoNotAccepted}
        />
      </form>
      {isPending ? (
        <Loading />
      ) : error ? (
        <LoadError error={error} retry={refetch} />
      ) : data.caseload.edges.length === 0 ? (
        <p data-testid="caseload-empty">Nessun caso con questi filtri.</p>
      ) : (
        <DataTable
          caption={data.caseload.totalCount === 1 ? '1 caso' : `${data.caseload.totalCount} casi`}
          testId="caseload"
          rows={data.caseload.edges.map((e) => e.node)}
          rowKey={(c) => c.id}
          columns={[
            {
              header: 'Persona',
              cell: (c) => (
                <Link
                  to={`/cittadini/${c.citizen.id}`}
                >{`${c.citizen.givenName} ${c.citizen.familyName}`}</Link>
              ),
            },
            { header: 'Gruppi target', cell: (c) => <TargetGroups groups={c.citizen.targetGroups} /> },
            {
              header: 'Ultimo contatto',
              cell: (c) => (c.lastContactOn ? formatDate(c.lastContactOn) : 'Mai'),
            },
            {
              header: 'Patto',
              cell: (c) =>
                c.patto ? (c.patto.acceptedAt ? 'Accettato' : 'Da accettare') : 'Non ancora scritto',
            },
            {
              header: 'Azioni scadute',
              cell: (c) => (c.overdueActionCount ? <strong>{c.overdueActionCount}</strong> : 'Nessuna'),
            },
            { header: 'In carico dal', cell: (c) => formatDate(c.inChargeSince) },
            { header: 'Preso in carico da', cell: (c) => `${c.takenBy.givenName} ${c.takenBy.familyName}` },
          ]}
        />
      )}
    </>
  );
}
