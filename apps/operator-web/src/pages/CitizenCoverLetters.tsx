import {
  DataTable,
  DownloadButton,
  DraftLetterForm,
  type DraftLetterValues,
  failure,
  LoadError,
  mapUserErrors,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { client } from '../client';
import { formatDateTime } from '../format';
import { graphql } from '../gql';
import type { CitizenPage_CitizenQueryQuery } from '../gql/graphql';

const DraftOptionsQuery = graphql(`
  query CitizenCoverLetters_DraftOptionsQuery {
    coverLetterTemplates {
      key
      name
      description
      requiresVacancy
    }
    networkVacancies(status: PUBLISHED, first: 100) {
      edges {
        node {
          id
          title
          companyName
        }
      }
    }
  }
`);

const DraftMutation = graphql(`
  mutation CitizenCoverLetters_DraftMutation($input: DraftCoverLetterInput!, $idempotencyKey: String) {
    draftCoverLetter(input: $input, idempotencyKey: $idempotencyKey) {
      coverLetter {
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

type Citizen = NonNullable<CitizenPage_CitizenQueryQuery['citizen']>;

/** The citizen's cover letters: staff draft, edit and download them on the citizen's behalf. */
export function CoverLetters({ citizen }: { citizen: Citizen }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useQuery({
    queryKey: ['coverLetterDraftOptions'],
    queryFn: () => client.request(DraftOptionsQuery),
  });

  async function draft(values: DraftLetterValues) {
    try {
      const { draftCoverLetter } = await client.request(DraftMutation, {
        input: {
          citizenId: citizen.id,
          templateKey: values.templateKey,
          vacancyId: values.vacancyId || null,
        },
        idempotencyKey: crypto.randomUUID(),
      });
      if (draftCoverLetter.coverLetter) {
        await queryClient.invalidateQueries({ queryKey: ['citizen', citizen.id] });
        navigate(`/cittadini/${citizen.id}/lettere/${draftCoverLetter.coverLetter.id}`);
      }
      return mapUserErrors(draftCoverLetter.userErrors, ['templateKey', 'vacancyId'] as const);
    } catch (error) {
      return failure(error);
    }
  }

  return (
    <section className="sl-section" aria-labelledby="cover-letters">
      <h2 id="cover-letters">Lettere di presentazione</h2>
      {citizen.coverLetters.length === 0 ? (
        <p data-testid="no-letters">Nessuna lettera di presentazione.</p>
      ) : (
        <DataTable
          caption={`Lettere di presentazione di ${citizen.givenName} ${citizen.familyName}`}
          testId="cover-letters-table"
          rows={citizen.coverLetters}
          rowKey={(letter) => letter.id}
          columns={[
            {
              header: 'Oggetto',
              cell: (l) => <Link to={`/cittadini/${citizen.id}/lettere/${l.id}`}>{l.title}</Link>,
            },
            {
              header: 'Offerta',
              cell: (l) => (l.vacancy ? `${l.vacancy.title} – ${l.vacancy.companyName}` : '—'),
            },
            {
              header: 'Ultima modifica',
              cell: (l) =>
                `${formatDateTime(l.updatedAt)}, ${l.lastEditedBy.name}${l.lastEditedBy.onBehalf ? ' (sportello)' : ''}`,
            },
            {
              header: 'PDF',
              cell: (l) => (
                <DownloadButton
                  client={client}
                  path={`/api/cover-letters/${l.id}.pdf`}
                  label={`Scarica «${l.title}»`}
                  fallbackName="lettera.pdf"
                  className="btn btn-outline-primary btn-sm"
                />
              ),
            },
          ]}
        />
      )}
      <h3 className="h4 mt-4">Scrivi una lettera per conto della persona</h3>
      {options.error ? (
        <LoadError error={options.error} retry={options.refetch} />
      ) : options.data ? (
        <DraftLetterForm
          templates={options.data.coverLetterTemplates}
          vacancies={options.data.networkVacancies.edges.map(({ node }) => ({
            value: node.id,
            label: `${node.title} – ${node.companyName}`,
          }))}
          onDraft={draft}
        />
      ) : null}
    </section>
  );
}
