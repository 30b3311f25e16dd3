import { DataTable, formatDate, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { labels, statusClass } from '../format';
import { graphql } from '../gql';
import { blankTrainingModule, TrainingModuleForm } from './TrainingModuleForm';

const TrainingModulesQuery = graphql(`
  query TrainingPage_TrainingModulesQuery($first: Int!, $after: String) {
    trainingModules(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          provider
          startsOn
          endsOn
          mode
          comune {
            istatCode
            name
          }
          seats
          enrolledCount
          status
        }
      }
    }
  }
`);

const CreateTrainingModuleMutation = graphql(`
  mutation TrainingPage_CreateMutation($input: TrainingModuleInput!, $idempotencyKey: String) {
    createTrainingModule(input: $input, idempotencyKey: $idempotencyKey) {
      trainingModule {
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

export function TrainingPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  // One key per new module: a repeated submit of the same form creates one module.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const query = usePagedQuery(['trainingModules'], async (after) => {
    const { trainingModules } = await client.request(TrainingModulesQuery, { first: PAGE_SIZE, after });
    return trainingModules;
  });

  return (
    <>
      <PageTitle>Formazione</PageTitle>
      <p className="sl-lead">
        I moduli formativi della rete, dall’inizio più recente: corsi brevi degli enti di formazione,
        organizzati dagli sportelli. Apri un modulo per pubblicarlo, iscrivere le persone e registrarne il
        completamento: le competenze del modulo entrano nel loro CV.
      </p>
      <PagedList query={query} empty="Nessun modulo formativo nella rete.">
        {(modules) => (
          <DataTable
            caption="Moduli formativi della rete"
            testId="training-modules-table"
            rows={modules}
            rowKey={(m) => m.id}
            columns={[
              { header: 'Modulo', cell: (m) => <Link to={`/formazione/${m.id}`}>{m.title}</Link> },
              { header: 'Ente di formazione', cell: (m) => m.provider },
              {
                header: 'Periodo',
                cell: (m) => (
                  <span className="sl-nowrap">
                    {formatDate(m.startsOn)} – {formatDate(m.endsOn)}
                  </span>
                ),
              },
              {
                header: 'Modalità',
                cell: (m) => (m.comune ? `In presenza, ${m.comune.name}` : labels.trainingMode[m.mode]),
              },
              { header: 'Iscritti / posti', cell: (m) => `${m.enrolledCount} / ${m.seats}` },
              {
                header: 'Stato',
                cell: (m) => (
                  <span className={`sl-status ${statusClass.trainingModule[m.status]}`}>
                    {labels.trainingModuleStatus[m.status]}
                  </span>
                ),
              },
            ]}
          />
        )}
      </PagedList>
      {isOperator ? (
        <section className="sl-section" aria-labelledby="new-training-module">
          <h2 id="new-training-module">Nuovo modulo formativo</h2>
          <p>Il modulo nasce in bozza, organizzato dal tuo sportello: lo pubblichi dalla sua pagina.</p>
          <TrainingModuleForm
            idPrefix="new-training"
            initial={blankTrainingModule}
            submitLabel="Crea il modulo"
            save={async (input) => {
              const { createTrainingModule } = await client.request(CreateTrainingModuleMutation, {
                input,
                idempotencyKey,
              });
              const created = createTrainingModule.trainingModule;
              if (created && createTrainingModule.userErrors.length === 0) {
                await queryClient.invalidateQueries({ queryKey: ['trainingModules'] });
                navigate(`/formazione/${created.id}`, { state: { created: true } });
              }
              return createTrainingModule.userErrors;
            }}
          />
        </section>
      ) : null}
    </>
  );
}
