import { todayInItaly } from '@sportello/domain';
import {
  attempt,
  ConfirmAction,
  formatTrainingPlace,
  isNotFound,
  LoadError,
  Loading,
  Notice,
  PageTitle,
  retryUnlessNotFound,
  skillLevelLabels,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { TrainingModulePage_ModuleQueryQuery } from '../gql/graphql';
import { placeErrorText, trainingWhen } from '../training';

const ModuleQuery = graphql(`
  query TrainingModulePage_ModuleQuery($id: ID!) {
    trainingModule(id: $id) {
      id
      title
      provider
      description
      hours
      startsOn
      endsOn
      mode
      comune {
        istatCode
        name
      }
      seatsLeft
      sportello {
        id
        name
        address
        email
        phone
      }
      skills {
        level
        skill {
          uri
          label
        }
      }
      enrolments {
        id
        status
      }
    }
  }
`);

const AskPlaceMutation = graphql(`
  mutation TrainingModulePage_AskPlaceMutation($moduleId: ID!) {
    enrolInTrainingModule(moduleId: $moduleId) {
      enrolment {
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

type TrainingModule = NonNullable<TrainingModulePage_ModuleQueryQuery['trainingModule']>;

const backLink = (
  <Link className="sl-back-link" to="/corsi">
    Torna ai corsi di formazione
  </Link>
);

/** One open module: what it is, when and where, and "Chiedi un posto". */
export function TrainingModulePage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['trainingModule', id],
    queryFn: () => client.request(ModuleQuery, { id }),
    retry: retryUnlessNotFound,
  });
  const module = data?.trainingModule;

  if (isPending) {
    return (
      <>
        <PageTitle>Corso di formazione</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !module) {
    const failed = error && !isNotFound(error) ? error : null;
    return (
      <>
        <PageTitle>{failed ? 'Corso di formazione' : 'Corso non trovato'}</PageTitle>
        {failed ? (
          <LoadError error={failed} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="training-module-not-found">
            <p className="mb-0">
              Non troviamo questo corso: forse non è più aperto, o il link non è completo.
            </p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  const m = module;
  return (
    <>
      {backLink}
      <PageTitle>{m.title}</PageTitle>
      <dl className="sl-details sl-details--compact" data-testid="training-module-details">
        <dt>Chi lo organizza</dt>
        <dd>{m.provider}</dd>
        <dt>Quando</dt>
        <dd>{trainingWhen(m)}</dd>
        <dt>Dove</dt>
        <dd>{formatTrainingPlace(m)}</dd>
        <dt>Posti liberi</dt>
        <dd>{m.seatsLeft > 0 ? m.seatsLeft : 'Nessuno, i posti sono esauriti'}</dd>
      </dl>
      <section className="sl-section" aria-labelledby="about">
        <h2 id="about">Di che cosa si tratta</h2>
        <p className="sl-pre-line" data-testid="training-module-description">
          {m.description}
        </p>
        {m.skills.length ? (
          <>
            <h3>Che cosa impari</h3>
            <p>Alla fine del corso queste competenze entrano nel tuo curriculum:</p>
            <ul data-testid="training-module-skills">
              {m.skills.map((s) => (
                <li key={s.skill.uri}>
                  {s.skill.label} (livello {skillLevelLabels[s.level].toLowerCase()})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <Place module={m} />
      <section className="sl-section" aria-labelledby="questions">
        <h2 id="questions">Hai domande?</h2>
        <p>Il corso è seguito da {m.sportello.name}:</p>
        <p className="mb-0">
          {m.sportello.address}
          {m.sportello.email || m.sportello.phone ? <br /> : null}
          {[m.sportello.email, m.sportello.phone].filter(Boolean).join(' · ')}
        </p>
      </section>
    </>
  );
}

/** The citizen's place: theirs already, none left, or the button to ask for one. */
function Place({ module: m }: { module: TrainingModule }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  // After a FULL answer the announcement already says the seats are gone.
  const [refusedAsFull, setRefusedAsFull] = useState(false);
  const current = m.enrolments.find((e) => e.status !== 'WITHDRAWN');

  async function askPlace() {
    announce(null);
    const userErrors = await attempt(async () => {
      const { enrolInTrainingModule } = await client.request(AskPlaceMutation, { moduleId: m.id });
      return enrolInTrainingModule.userErrors;
    });
    setRefusedAsFull(userErrors.some((e) => e.code === 'FULL'));
    announce(
      userErrors.length
        ? { kind: 'danger', text: placeErrorText(userErrors) }
        : {
            kind: 'success',
            text: `Fatto: hai un posto nel corso «${m.title}». Lo sportello ti darà le indicazioni prima dell’inizio.`,
          },
    );
    await Promise.all(
      [['trainingModule', m.id], ['openTrainingModules'], ['myTrainingEnrolments']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }

  return (
    <section className="sl-section" aria-labelledby="place">
      <h2 id="place">Il tuo posto</h2>
      {announcement}
      {current ? (
        <p data-testid="training-place-status">
          {current.status === 'COMPLETED' ? 'Hai completato questo corso.' : 'Sei iscritta/o a questo corso.'}{' '}
          <Link to="/iscrizioni">Vai alle tue iscrizioni</Link>
        </p>
      ) : m.startsOn <= todayInItaly() ? (
        <Notice kind="info" testId="training-started">
          <p className="mb-0">
            Il corso è già iniziato, quindi non puoi più chiedere un posto. Lo sportello lavoro del tuo comune
            può dirti se ci saranno altre edizioni.
          </p>
        </Notice>
      ) : m.seatsLeft > 0 ? (
        <>
          <p>
            Se il corso ti interessa, chiedi un posto: ti iscrivi subito. Se poi non puoi partecipare, puoi
            ritirarti da «Le mie iscrizioni».
          </p>
          <ConfirmAction
            label="Chiedi un posto"
            question={`Vuoi un posto nel corso «${m.title}», ${trainingWhen(m)}?`}
            confirmLabel="Sì, chiedo un posto"
            onConfirm={askPlace}
            testId="ask-place"
          />
        </>
      ) : refusedAsFull ? null : (
        <Notice kind="warning" testId="training-full">
          <p className="mb-0">
            I posti sono esauriti. Lo sportello lavoro del tuo comune può dirti se ci saranno altri corsi.
          </p>
        </Notice>
      )}
    </section>
  );
}
