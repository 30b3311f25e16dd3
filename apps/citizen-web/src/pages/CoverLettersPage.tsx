import {
  DownloadButton,
  DraftLetterForm,
  type DraftLetterValues,
  Loading,
  mapUserErrors,
  Notice,
  PageTitle,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { cvPdfPath, dateTime, letterPdfPath, requestFailed } from '../letters/shared';

const LettersQuery = graphql(`
  query CoverLettersPage_LettersQuery {
    me {
      id
      network {
        slug
      }
      citizen {
        id
        coverLetters {
          id
          title
          updatedAt
          vacancy {
            id
            title
            companyName
          }
          lastEditedBy {
            name
            onBehalf
          }
        }
      }
    }
    coverLetterTemplates {
      key
      name
      description
      requiresVacancy
    }
  }
`);

const VacanciesQuery = graphql(`
  query CoverLettersPage_VacanciesQuery($networkSlug: String!) {
    vacancySearch(filter: { networkSlug: $networkSlug }, first: 100) {
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
  mutation CoverLettersPage_DraftMutation($input: DraftCoverLetterInput!, $idempotencyKey: String) {
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

export function CoverLettersPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const letters = useQuery({ queryKey: ['coverLetters'], queryFn: () => client.request(LettersQuery) });
  const networkSlug = letters.data?.me?.network?.slug;
  const vacancies = useQuery({
    queryKey: ['vacancyOptions', networkSlug],
    queryFn: () => client.request(VacanciesQuery, { networkSlug: networkSlug! }),
    enabled: Boolean(networkSlug),
  });

  async function draft(values: DraftLetterValues) {
    try {
      const { draftCoverLetter } = await client.request(DraftMutation, {
        input: { templateKey: values.templateKey, vacancyId: values.vacancyId || null },
        idempotencyKey: crypto.randomUUID(),
      });
      if (draftCoverLetter.coverLetter) {
        await queryClient.invalidateQueries({ queryKey: ['coverLetters'] });
        navigate(`/lettere/${draftCoverLetter.coverLetter.id}`, { state: { drafted: true } });
      }
      return mapUserErrors(draftCoverLetter.userErrors, ['templateKey', 'vacancyId'] as const);
    } catch (error) {
      return requestFailed(error);
    }
  }

  const title = <PageTitle>Le mie lettere di presentazione</PageTitle>;
  if (letters.isPending || (networkSlug && vacancies.isPending)) {
    return (
      <>
        {title}
        <Loading />
      </>
    );
  }
  const citizen = letters.data?.me?.citizen;
  if (letters.error || !citizen) {
    return (
      <>
        {title}
        <Notice kind="danger" live="assertive">
          <p>{letters.error?.message ?? 'Non siamo riusciti a caricare le tue lettere.'}</p>
          <button type="button" className="btn btn-primary" onClick={() => letters.refetch()}>
            Riprova
          </button>
        </Notice>
      </>
    );
  }
  const options = (vacancies.data?.vacancySearch.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.title} – ${node.companyName}`,
  }));

  return (
    <>
      {title}
      <p className="sl-lead">
        Una lettera di presentazione accompagna il curriculum quando ti candidi. Parti da un modello: la
        scriviamo con i dati del tuo curriculum e dell’offerta, poi puoi correggerla come vuoi.
      </p>
      <p>
        <DownloadButton
          client={client}
          path={cvPdfPath(citizen.id)}
          label="Scarica il CV in PDF"
          fallbackName="curriculum.pdf"
        />
      </p>

      <section className="sl-section" aria-labelledby="saved-letters">
        <h2 id="saved-letters" className="h3">
          Lettere salvate
        </h2>
        {citizen.coverLetters.length === 0 ? (
          <p data-testid="no-letters">Non hai ancora lettere: scrivi la prima partendo da un modello.</p>
        ) : (
          <ul className="sl-letter-list" data-testid="letters">
            {citizen.coverLetters.map((letter) => (
              <li key={letter.id} className="sl-letter">
                <h3 className="h5">
                  <Link to={`/lettere/${letter.id}`}>{letter.title}</Link>
                </h3>
                <p className="mb-1">
                  {letter.vacancy
                    ? `Per l’offerta ${letter.vacancy.title} di ${letter.vacancy.companyName}.`
                    : 'Non legata a un’offerta.'}{' '}
                  Modificata il {dateTime(letter.updatedAt)}
                  {letter.lastEditedBy.onBehalf ? ` da ${letter.lastEditedBy.name} dello sportello` : ''}.
                </p>
                <DownloadButton
                  client={client}
                  path={letterPdfPath(letter.id)}
                  label={`Scarica in PDF la lettera «${letter.title}»`}
                  fallbackName="lettera.pdf"
                  className="btn btn-outline-primary btn-sm"
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="sl-section" aria-labelledby="new-letter">
        <h2 id="new-letter" className="h3">
          Scrivi una nuova lettera
        </h2>
        <DraftLetterForm
          templates={letters.data.coverLetterTemplates}
          vacancies={options}
          initialVacancyId={params.get('offerta') ?? ''}
          onDraft={draft}
        />
      </section>
    </>
  );
}
