import {
  attempt,
  ConfirmAction,
  contractTypeLabels,
  formatDate,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answerErrorText } from '../applications';
import { client } from '../client';
import { graphql } from '../gql';
import type { ProposalsPage_ProposalsQueryQuery } from '../gql/graphql';

const ProposalsQuery = graphql(`
  query ProposalsPage_ProposalsQuery($first: Int!, $after: String) {
    myApplications(status: PROPOSED, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          proposalNote
          vacancy {
            id
            title
            companyName
            contractType
            publicUrl
            expiresOn
            workplaceComune {
              istatCode
              name
            }
          }
        }
      }
    }
  }
`);

const AcceptMutation = graphql(`
  mutation ProposalsPage_AcceptMutation($id: ID!) {
    acceptProposal(id: $id) {
      application {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DeclineMutation = graphql(`
  mutation ProposalsPage_DeclineMutation($id: ID!) {
    withdrawApplication(id: $id) {
      application {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Proposal = ProposalsPage_ProposalsQueryQuery['myApplications']['edges'][number]['node'];

/** What accepting reveals: said before the citizen decides, and again when they confirm. */
const DISCLOSURE =
  'nome e cognome, email e telefono, età, comune di residenza e il tuo curriculum completo (anche in PDF)';

/** "Proposte dello sportello": the operators' proposals waiting for the citizen's answer. */
export function ProposalsPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = usePagedQuery(['myApplications', 'proposals'], async (after) => {
    const data = await client.request(ProposalsQuery, { first: PAGE_SIZE, after });
    return data.myApplications;
  });

  async function answer(p: Proposal, accept: boolean) {
    announce(null);
    const userErrors = await attempt(async () => {
      if (accept) return (await client.request(AcceptMutation, { id: p.id })).acceptProposal.userErrors;
      return (await client.request(DeclineMutation, { id: p.id })).withdrawApplication.userErrors;
    });
    announce(
      userErrors.length
        ? { kind: 'danger', text: answerErrorText(userErrors) }
        : accept
          ? {
              kind: 'success',
              text: `Hai accettato la proposta: ora ${p.vacancy.companyName} vede chi sei e può contattarti. Segui la candidatura in «Le mie candidature».`,
            }
          : {
              kind: 'success',
              text: `Hai rifiutato la proposta per «${p.vacancy.title}». L’azienda non saprà chi sei.`,
            },
    );
    await queryClient.invalidateQueries({ queryKey: ['myApplications'] });
  }

  return (
    <>
      <PageTitle>Proposte dello sportello</PageTitle>
      <p className="sl-lead">
        Gli operatori dello sportello ti propongono per le offerte adatte a te. Finché non accetti, l’azienda
        vede solo un profilo senza nome: fascia d’età, provincia, professioni, esperienza, titoli di studio e
        lingue.
      </p>
      <div className="alert alert-info sl-notice">
        <p className="mb-0">
          <strong>Se accetti una proposta</strong>, l’azienda vedrà i tuoi dati: {DISCLOSURE}. Potrà così
          contattarti per un colloquio. Se rifiuti, l’azienda non saprà mai chi sei.
        </p>
      </div>
      <p>
        <Link to="/candidature">Vedi le mie candidature</Link>
      </p>
      {announcement}
      <PagedList query={query} empty="Non hai proposte in attesa di risposta.">
        {(proposals) => (
          <ul className="list-unstyled" data-testid="proposal-list">
            {proposals.map((p) => (
              <li key={p.id} className="sl-match-card" data-testid="proposal">
                <h2 className="h5">{p.vacancy.title}</h2>
                <p className="mb-1">
                  {p.vacancy.companyName}
                  {p.vacancy.workplaceComune ? `, ${p.vacancy.workplaceComune.name}` : ''}.{' '}
                  {contractTypeLabels[p.vacancy.contractType]}. Candidature fino al{' '}
                  {formatDate(p.vacancy.expiresOn)}.
                </p>
                <p className="mb-1">Proposta del {formatDate(p.createdAt)}.</p>
                {p.proposalNote ? (
                  <p className="sl-pre-line">
                    <strong>Nota dello sportello:</strong> {p.proposalNote}
                  </p>
                ) : null}
                <p>
                  <a href={p.vacancy.publicUrl} target="_blank" rel="noreferrer">
                    Leggi l’offerta completa (si apre in una nuova scheda)
                  </a>
                </p>
                <div className="sl-card-actions">
                  <ConfirmAction
                    label="Accetta la proposta"
                    question={`Se accetti, ${p.vacancy.companyName} vedrà ${DISCLOSURE}. Vuoi accettare la proposta per «${p.vacancy.title}»?`}
                    confirmLabel="Sì, accetto e mostro i miei dati"
                    onConfirm={() => answer(p, true)}
                    testId="accept-proposal"
                  />
                  <ConfirmAction
                    label="Rifiuta la proposta"
                    question={`Vuoi rifiutare la proposta per «${p.vacancy.title}»? L’azienda non saprà chi sei e la proposta si chiude.`}
                    confirmLabel="Sì, rifiuto"
                    onConfirm={() => answer(p, false)}
                    testId="decline-proposal"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
