import {
  CompanyTutor,
  formatDate,
  formatIndemnity,
  formatPeriod,
  InternshipEvaluationResult,
  InternshipHire,
  InternshipMonitoring,
  InternshipProject,
  InternshipStatusLine,
  isNotFound,
  LoadError,
  Loading,
  Notice,
  PageTitle,
  retryUnlessNotFound,
  StatusReason,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { InternshipStatus, MyInternshipPage_InternshipQueryQuery } from '../gql/graphql';

const InternshipQuery = graphql(`
  query MyInternshipPage_InternshipQuery($id: ID!) {
    internship(id: $id) {
      id
      status
      type
      objectives
      activities
      targetSkills {
        uri
        label
      }
      acquiredSkills {
        skill {
          uri
          label
        }
        level
      }
      startsOn
      endsOn
      hoursPerWeek
      monthlyIndemnityCents
      statusReason
      company {
        id
        legalName
      }
      companySite {
        id
        address
        comune {
          name
        }
      }
      sportello {
        id
        name
        address
        email
        phone
      }
      promotingTutor {
        id
        givenName
        familyName
      }
      companyTutor {
        name
        role
        email
        phone
      }
      monitoringEntries {
        id
        periodStartsOn
        periodEndsOn
        hoursAttended
        note
        authorSide
        authorName
      }
      evaluation {
        outcome
        judgement
        evaluatedAt
      }
      placement {
        id
        contractType
        startsOn
        durationMonths
      }
    }
  }
`);

type Internship = NonNullable<MyInternshipPage_InternshipQueryQuery['internship']>;

/** Where the tirocinio stands, in words a trainee understands. */
const statusInWords: Record<InternshipStatus, (i: Internship) => string> = {
  PROPOSED: () =>
    'Lo sportello ti ha proposto questo tirocinio. Prima di cominciare, lo sportello e l’azienda firmano la convenzione.',
  AGREEMENT_SIGNED: (i) =>
    `La convenzione è firmata: il tirocinio comincia il ${formatDate(i.startsOn)}. Lo sportello ti dice quando presentarti.`,
  ACTIVE: (i) => `Il tirocinio è in corso e finisce il ${formatDate(i.endsOn)}.`,
  SUSPENDED: () =>
    'Il tirocinio è sospeso per ora. Quando riprende, lo vedi in questa pagina: per ogni dubbio chiedi allo sportello.',
  INTERRUPTED: () => 'Il tirocinio è finito prima della data prevista.',
  COMPLETED: () => 'Il tirocinio è concluso. Più in basso trovi la valutazione finale.',
};

const backLink = (
  <Link className="sl-back-link" to="/tirocini">
    Torna ai miei tirocini
  </Link>
);

/** One of the citizen's tirocini, read only: where, when, who follows them, what they learn. */
export function MyInternshipPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['internship', id],
    queryFn: () => client.request(InternshipQuery, { id }),
    retry: retryUnlessNotFound,
  });
  const internship = data?.internship;

  if (isPending) {
    return (
      <>
        <PageTitle>Tirocinio</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !internship) {
    const failed = error && !isNotFound(error) ? error : null;
    return (
      <>
        <PageTitle>{failed ? 'Tirocinio' : 'Tirocinio non trovato'}</PageTitle>
        {failed ? (
          <LoadError error={failed} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="internship-not-found">
            <p className="mb-0">Non troviamo questo tirocinio tra i tuoi: forse il link non è completo.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  const i = internship;
  const sportello = i.sportello;
  return (
    <>
      {backLink}
      <PageTitle>Tirocinio presso {i.company.legalName}</PageTitle>
      <InternshipStatusLine status={i.status} type={i.type} />
      <p className="sl-lead" data-testid="internship-status-words">
        {statusInWords[i.status](i)}
      </p>
      <section className="sl-section mt-0" aria-labelledby="where-when">
        <h2 id="where-when">Dove e quando</h2>
        <dl className="sl-details sl-details--compact" data-testid="internship-details">
          <dt>Azienda</dt>
          <dd>{i.company.legalName}</dd>
          <dt>Indirizzo</dt>
          <dd>
            {i.companySite
              ? `${i.companySite.address}, ${i.companySite.comune.name}`
              : 'Te lo dice lo sportello'}
          </dd>
          <dt>Periodo</dt>
          <dd>{formatPeriod(i.startsOn, i.endsOn)}</dd>
          <dt>Orario</dt>
          <dd>{i.hoursPerWeek} ore a settimana</dd>
          <dt>Indennità al mese</dt>
          <dd>{formatIndemnity(i.monthlyIndemnityCents)}</dd>
          <StatusReason internship={i} />
        </dl>
      </section>
      <section className="sl-section" aria-labelledby="people">
        <h2 id="people">Chi ti segue</h2>
        <dl className="sl-details sl-details--compact" data-testid="internship-people">
          <dt>Tutor in azienda</dt>
          <dd>
            <CompanyTutor tutor={i.companyTutor} />
          </dd>
          <dt>Tutor dello sportello</dt>
          <dd>
            {i.promotingTutor.givenName} {i.promotingTutor.familyName}
          </dd>
          <dt>Sportello</dt>
          <dd>
            {sportello.name}
            <br />
            {sportello.address}
            {sportello.email || sportello.phone ? <br /> : null}
            {[sportello.email, sportello.phone].filter(Boolean).join(' · ')}
          </dd>
        </dl>
      </section>
      <InternshipProject
        internship={i}
        intro="Il progetto formativo dice che cosa impari durante il tirocinio e che cosa fai in azienda."
      />
      <InternshipMonitoring
        internship={i}
        intro="Durante il tirocinio i tuoi tutor scrivono quante ore hai fatto e come sta andando."
      />
      <InternshipEvaluationResult
        internship={i}
        intro="Alla fine del tirocinio lo sportello ha scritto questa valutazione. Le competenze acquisite sono nel tuo curriculum."
      >
        {i.placement ? <InternshipHire internship={i} /> : null}
        <dt>Il tuo curriculum</dt>
        <dd>
          <Link to="/profilo">Scarica il curriculum dal tuo profilo</Link>
        </dd>
      </InternshipEvaluationResult>
    </>
  );
}
