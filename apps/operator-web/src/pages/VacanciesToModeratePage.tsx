import {
  type Announcement,
  formatCents,
  formatDate,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { ReviewActions } from '../components';
import { labels, yesNo } from '../format';
import { graphql } from '../gql';
import type { VacanciesToModeratePage_VacanciesQueryQuery } from '../gql/graphql';

const VacanciesQuery = graphql(`
  query VacanciesToModeratePage_VacanciesQuery($first: Int!, $after: String) {
    vacanciesToModerate(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          companyName
          description
          contractType
          hours
          weeklyHours
          shifts
          remote
          positions
          law68Reserved
          salaryMinCents
          salaryMaxCents
          collectiveAgreement
          agreementLevel
          minExperienceMonths
          expiresOn
          createdAt
          occupation {
            label
          }
          workplaceComune {
            name
            provinceCode
          }
        }
      }
    }
  }
`);

const PublishVacancyMutation = graphql(`
  mutation VacanciesToModeratePage_PublishVacancyMutation($id: ID!) {
    publishVacancy(id: $id) {
      vacancy {
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

const RejectVacancyMutation = graphql(`
  mutation VacanciesToModeratePage_RejectVacancyMutation($id: ID!, $reason: String!) {
    rejectVacancy(id: $id, reason: $reason) {
      vacancy {
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

type Vacancy = VacanciesToModeratePage_VacanciesQueryQuery['vacanciesToModerate']['edges'][number]['node'];

const moderationKey = ['vacancies', 'moderation'] as const;

export function VacanciesToModeratePage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = usePagedQuery(moderationKey, async (after) => {
    const { vacanciesToModerate } = await client.request(VacanciesQuery, { first: PAGE_SIZE, after });
    return vacanciesToModerate;
  });

  async function done(next: Announcement) {
    announce(next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['vacancies'] }),
      queryClient.invalidateQueries({ queryKey: ['vacancy'] }),
    ]);
  }

  return (
    <>
      <PageTitle>Offerte da moderare</PageTitle>
      <p className="sl-lead">
        Le offerte di lavoro che le aziende hanno inviato allo sportello. Pubblica quelle in regola; rifiuta
        le altre spiegando il motivo, che l’azienda vedrà.
      </p>
      {announcement}
      <PagedList query={query} empty="Nessuna offerta da moderare.">
        {(vacancies) => (
          <ul className="sl-company-list" aria-label="Offerte da moderare">
            {vacancies.map((vacancy) => (
              <li key={vacancy.id}>
                <VacancyCard vacancy={vacancy} onDone={done} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}

function salary(vacancy: Vacancy): string {
  const { salaryMinCents: min, salaryMaxCents: max } = vacancy;
  if (min != null && max != null && min !== max)
    return `da ${formatCents(min)} a ${formatCents(max)} lordi al mese`;
  if (min != null || max != null) return `${formatCents((min ?? max)!)} lordi al mese`;
  return 'Non indicata';
}

function VacancyCard({ vacancy, onDone }: { vacancy: Vacancy; onDone: (a: Announcement) => Promise<void> }) {
  const headingId = `vacancy-${vacancy.id}`;
  const place = vacancy.workplaceComune
    ? `${vacancy.workplaceComune.name} (${vacancy.workplaceComune.provinceCode})`
    : null;
  return (
    <article className="card sl-company" aria-labelledby={headingId} data-testid="vacancy-to-moderate">
      <div className="card-body">
        <h2 id={headingId} className="h4 sl-company-name">
          {vacancy.title}
        </h2>
        <dl className="sl-details sl-details--compact">
          <dt>Azienda</dt>
          <dd>{vacancy.companyName}</dd>
          <dt>Professione</dt>
          <dd>{vacancy.occupation.label}</dd>
          <dt>Contratto</dt>
          <dd>{labels.contractType[vacancy.contractType]}</dd>
          <dt>Orario</dt>
          <dd>
            {labels.workingHours[vacancy.hours]}
            {vacancy.weeklyHours ? `, ${vacancy.weeklyHours} ore a settimana` : ''}
            {vacancy.shifts ? ', su turni' : ''}
          </dd>
          <dt>Luogo di lavoro</dt>
          <dd>{[place, vacancy.remote ? 'anche da remoto' : null].filter(Boolean).join(', ') || '—'}</dd>
          <dt>Posti</dt>
          <dd>{vacancy.positions}</dd>
          <dt>Retribuzione</dt>
          <dd>{salary(vacancy)}</dd>
          <dt>Contratto collettivo</dt>
          <dd>
            {vacancy.collectiveAgreement
              ? `${vacancy.collectiveAgreement}, ${vacancy.agreementLevel}`
              : 'Non indicato'}
          </dd>
          <dt>Esperienza richiesta</dt>
          <dd>{vacancy.minExperienceMonths ? `${vacancy.minExperienceMonths} mesi` : 'Nessuna'}</dd>
          <dt>Riservata (legge 68/1999)</dt>
          <dd>{yesNo(vacancy.law68Reserved)}</dd>
          <dt>Scade il</dt>
          <dd>{formatDate(vacancy.expiresOn)}</dd>
          <dt>Inviata il</dt>
          <dd>{formatDate(vacancy.createdAt)}</dd>
        </dl>
        <p className="sl-vacancy-description">{vacancy.description}</p>
        <ReviewActions
          id={vacancy.id}
          subject={vacancy.title}
          approveLabel="Pubblica"
          reasonHint="L’azienda lo vedrà: scrivi con parole semplici cosa correggere (almeno 5 caratteri)."
          approve={async () =>
            (await client.request(PublishVacancyMutation, { id: vacancy.id })).publishVacancy.userErrors
          }
          reject={async (reason) =>
            (await client.request(RejectVacancyMutation, { id: vacancy.id, reason })).rejectVacancy.userErrors
          }
          onApproved={() =>
            onDone({ kind: 'success', text: `L’offerta «${vacancy.title}» è stata pubblicata.` })
          }
          onRejected={() =>
            onDone({ kind: 'success', text: `L’offerta «${vacancy.title}» è stata rifiutata.` })
          }
        />
      </div>
    </article>
  );
}
