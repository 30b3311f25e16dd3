import {
  DataExport,
  DataTable,
  DownloadButton,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  missingAboutCitizen,
  Notice,
  noErrors,
  PageTitle,
  skillLevelLabels,
  TextAreaField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { labels, yesNo } from '../format';
import { graphql } from '../gql';
import type { CitizenPage_CitizenQueryQuery } from '../gql/graphql';
import { CitizenBusinessIdeas } from './CitizenBusinessIdeas';
import { CaseFile } from './CitizenCase';
import { CoverLetters } from './CitizenCoverLetters';
import { CitizenErasureAtDesk } from './CitizenErasureAtDesk';
import { CitizenOrientation } from './CitizenOrientation';
import { PortalAccess } from './CitizenPortalAccess';
import { SkillsGap } from './CitizenSkillsGap';
import { TargetGroups } from './CitizensPage';

const CitizenQuery = graphql(`
  query CitizenPage_CitizenQuery($id: ID!) {
    citizen(id: $id) {
      id
      givenName
      familyName
      codiceFiscale
      birthDate
      age
      email
      emailVerified
      accountActivated
      phone
      createdAt
      employmentStatus
      targetGroups
      residenceComune {
        name
        provinceCode
      }
      domicileComune {
        name
        provinceCode
      }
      inChargeAt {
        id
        name
      }
      availability {
        fullTime
        partTime
        shifts
        mobilityRadiusKm
        hasOwnVehicle
        drivingLicences
      }
      consents {
        id
        purpose
        textVersion
        grantedAt
        withdrawnAt
      }
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
      cv {
        headline
        summary
        updatedAt
        soughtOccupations {
          uri
          label
        }
        experiences {
          id
          employer
          jobTitle
          startsOn
          endsOn
        }
        education {
          id
          field
          yearCompleted
          title {
            label
            eqfLevel
          }
        }
        languages {
          languageCode
          languageName
          motherTongue
          listening
          reading
          spokenInteraction
          spokenProduction
          writing
        }
        certifications {
          id
          name
        }
        skills {
          level
          source
          skill {
            uri
            label
          }
          trainingModule {
            id
            title
          }
        }
        completeness {
          score
          missing {
            section
            message
          }
        }
      }
    }
  }
`);

const TakeInChargeMutation = graphql(`
  mutation CitizenPage_TakeInChargeMutation($citizenId: ID!, $reason: String!) {
    takeCitizenInCharge(citizenId: $citizenId, reason: $reason) {
      caseAssignment {
        id
        startedAt
        sportello {
          id
          name
        }
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
type Cv = NonNullable<Citizen['cv']>;

export function CitizenPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['citizen', id],
    queryFn: () => client.request(CitizenQuery, { id }),
  });
  const citizen = data?.citizen;
  const me = useMe().data?.me;

  if (isPending) {
    return (
      <>
        <PageTitle>Scheda del cittadino</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !citizen) {
    return (
      <>
        <PageTitle>Scheda del cittadino</PageTitle>
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="citizen-not-found">
            <p className="mb-0">Nessun cittadino trovato: forse il link non è completo.</p>
          </Notice>
        )}
        <Link to="/cittadini">Torna all’elenco dei cittadini</Link>
      </>
    );
  }
  return (
    <>
      <Link className="sl-back-link" to="/cittadini">
        Torna all’elenco dei cittadini
      </Link>
      <PageTitle>{`${citizen.givenName} ${citizen.familyName}`}</PageTitle>
      <InCharge citizen={citizen} />
      {me?.kind === 'OPERATOR' ? (
        <CaseFile citizenId={citizen.id} citizenName={`${citizen.givenName} ${citizen.familyName}`} />
      ) : null}
      <Profile citizen={citizen} />
      {citizen.accountActivated ? null : <PortalAccess citizen={citizen} />}
      <section className="sl-section" aria-labelledby="availability">
        <h2 id="availability">Disponibilità al lavoro</h2>
        <dl className="sl-details sl-details--compact" data-testid="availability">
          <dt>Tempo pieno</dt>
          <dd>{yesNo(citizen.availability.fullTime)}</dd>
          <dt>Part time</dt>
          <dd>{yesNo(citizen.availability.partTime)}</dd>
          <dt>Lavoro su turni</dt>
          <dd>{yesNo(citizen.availability.shifts)}</dd>
          <dt>Distanza massima</dt>
          <dd>{citizen.availability.mobilityRadiusKm} km</dd>
          <dt>Mezzo proprio</dt>
          <dd>{yesNo(citizen.availability.hasOwnVehicle)}</dd>
          <dt>Patenti di guida</dt>
          <dd>{citizen.availability.drivingLicences.join(', ') || 'Nessuna'}</dd>
        </dl>
      </section>
      <section className="sl-section" aria-labelledby="consents">
        <h2 id="consents">Consensi</h2>
        {citizen.consents.length === 0 ? (
          <p>Nessun consenso registrato.</p>
        ) : (
          <DataTable
            caption="Consensi dati dal cittadino"
            testId="consents-table"
            rows={citizen.consents}
            rowKey={(consent) => consent.id}
            columns={[
              { header: 'Finalità', cell: (c) => labels.consentPurpose[c.purpose] },
              { header: 'Versione del testo', cell: (c) => c.textVersion },
              { header: 'Dato il', cell: (c) => formatDate(c.grantedAt) },
              {
                header: 'Revocato',
                cell: (c) => (c.withdrawnAt ? `Sì, il ${formatDate(c.withdrawnAt)}` : 'No'),
              },
            ]}
          />
        )}
      </section>
      <section className="sl-section" aria-labelledby="cv">
        <h2 id="cv">Curriculum</h2>
        <p>
          <DownloadButton
            client={client}
            path={`/api/cv/${citizen.id}.pdf`}
            label="Scarica il CV in PDF"
            fallbackName="curriculum.pdf"
          />{' '}
          <DownloadButton
            client={client}
            path={`/api/cv/${citizen.id}/europass.json`}
            label="Scarica il CV in formato Europass"
            fallbackName="curriculum.europass.json"
          />
        </p>
        {citizen.cv ? (
          <CvView cv={citizen.cv} />
        ) : (
          <p data-testid="no-cv">Nessun curriculum: la persona non l’ha ancora compilato.</p>
        )}
        <p>
          <Link className="btn btn-primary" to={`/cittadini/${citizen.id}/curriculum`}>
            {citizen.cv ? 'Modifica profilo e curriculum' : 'Scrivi il curriculum con la persona'}
          </Link>
        </p>
      </section>
      <CoverLetters citizen={citizen} />
      <CitizenOrientation citizen={citizen} />
      <SkillsGap citizenId={citizen.id} sought={citizen.cv?.soughtOccupations ?? []} />
      <CitizenBusinessIdeas citizenId={citizen.id} />
      <DataExport
        client={client}
        path={`/api/privacy/citizens/${citizen.id}/export`}
        title="Esporta i dati del cittadino"
        fallbackName="dati-cittadino"
        id="data-export"
      >
        <p>
          Una copia di tutti i dati che Sportello Lavoro ha su {citizen.givenName} {citizen.familyName}, da
          consegnare alla persona che la chiede allo sportello (art. 15 GDPR). Le categorie particolari di
          dati, le schede di orientamento, il patto e le note condivise ci sono solo se la scarica lo
          sportello che ha in carico la persona.
        </p>
        <Notice kind="info" testId="data-export-audited">
          <p className="mb-0">
            L’esportazione resta nel registro degli accessi con il tuo nome e la persona ne riceve notizia,
            nel portale e per email.
          </p>
        </Notice>
      </DataExport>
      <CitizenErasureAtDesk citizen={citizen} />
    </>
  );
}

const REASON_MIN = 10;
const REASON_MAX = 500;

/** Who hears of a presa in carico by email: the citizen, if reachable, and the sportello that had the case. */
function notified(citizen: Citizen): string {
  const whom = [
    citizen.email ? 'alla persona' : null,
    citizen.inChargeAt ? `a ${citizen.inChargeAt.name}` : null,
  ];
  const list = whom.filter(Boolean).join(' e ');
  return list ? ` e arriva per email ${list}` : '';
}

function InCharge({ citizen }: { citizen: Citizen }) {
  const me = useMe().data?.me;
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const mySportello = me?.kind === 'OPERATOR' ? me.sportello : null;
  const canTake = mySportello != null && citizen.inChargeAt?.id !== mySportello.id;

  function fail(next: FormErrors<'reason'>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function take(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const text = reason.trim();
    if (text.length < REASON_MIN) {
      fail({
        fields: {
          reason: text ? `Scrivi almeno ${REASON_MIN} caratteri.` : 'Scrivi il motivo della presa in carico.',
        },
        form: [],
      });
      return;
    }
    setPending(true);
    try {
      const { takeCitizenInCharge } = await client.request(TakeInChargeMutation, {
        citizenId: citizen.id,
        reason: text,
      });
      const assignment = takeCitizenInCharge.caseAssignment;
      if (assignment && takeCitizenInCharge.userErrors.length === 0) {
        announce({
          kind: 'success',
          text: `${citizen.givenName} ${citizen.familyName} è ora in carico presso ${assignment.sportello.name}.`,
        });
        setErrors(noErrors());
        setReason('');
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['citizen', citizen.id] }),
          queryClient.invalidateQueries({ queryKey: ['citizens'] }),
        ]);
        return;
      }
      fail(mapUserErrors(takeCitizenInCharge.userErrors, ['reason'] as const));
    } catch (error) {
      fail(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      {announcement}
      <div className="sl-in-charge" data-testid="in-charge">
        <p>
          {citizen.inChargeAt ? (
            <>
              In carico presso <strong>{citizen.inChargeAt.name}</strong>
              {citizen.inChargeAt.id === mySportello?.id ? ' (il tuo sportello)' : ''}.
            </>
          ) : (
            'Non è in carico a nessuno sportello.'
          )}
        </p>
        {canTake ? (
          <form noValidate onSubmit={take} aria-labelledby="take-in-charge">
            <h2 id="take-in-charge" className="h5">
              {citizen.inChargeAt ? 'Trasferisci al tuo sportello' : 'Prendi in carico'}
            </h2>
            <ErrorSummary
              errors={errors}
              labels={{ reason: 'Motivo della presa in carico' }}
              ids={{ reason: 'in-charge-reason' }}
              focusKey={submits}
            />
            {citizen.inChargeAt ? (
              <p>
                Se la prendi in carico, la persona passa da {citizen.inChargeAt.name} al tuo sportello, che
                potrà leggere anche i dati su disabilità e difficoltà economiche.
              </p>
            ) : null}
            <TextAreaField
              id="in-charge-reason"
              label="Motivo della presa in carico"
              hint={`Da ${REASON_MIN} a ${REASON_MAX} caratteri. Resta nel registro degli accessi${notified(citizen)}.`}
              value={reason}
              onChange={setReason}
              maxLength={REASON_MAX}
              error={errors.fields.reason}
            />
            <Button type="submit" color="primary" aria-disabled={pending || undefined}>
              {pending ? it.common.sending : 'Prendi in carico'}
            </Button>
          </form>
        ) : null}
      </div>
    </>
  );
}

function Profile({ citizen }: { citizen: Citizen }) {
  const comune = (c: { name: string; provinceCode: string }) => `${c.name} (${c.provinceCode})`;
  return (
    <section className="sl-section" aria-labelledby="profile">
      <h2 id="profile">Dati della persona</h2>
      <dl className="sl-details sl-details--compact" data-testid="citizen-profile">
        <dt>Codice fiscale</dt>
        <dd>{citizen.codiceFiscale}</dd>
        <dt>Data di nascita</dt>
        <dd>
          {formatDate(citizen.birthDate)} ({citizen.age} anni)
        </dd>
        <dt>Comune di residenza</dt>
        <dd>{comune(citizen.residenceComune)}</dd>
        <dt>Comune di domicilio</dt>
        <dd>{citizen.domicileComune ? comune(citizen.domicileComune) : 'Lo stesso della residenza'}</dd>
        <dt>Email</dt>
        <dd className="text-break">
          {citizen.email
            ? `${citizen.email} (${citizen.emailVerified ? 'verificata' : 'non ancora verificata'})`
            : 'Nessuna: la persona si contatta per telefono o allo sportello'}
        </dd>
        <dt>Telefono</dt>
        <dd>{citizen.phone ?? 'Non indicato'}</dd>
        <dt>Condizione lavorativa</dt>
        <dd>
          {citizen.employmentStatus ? labels.employmentStatus[citizen.employmentStatus] : 'Non indicata'}
        </dd>
        <dt>Gruppi target</dt>
        <dd>
          <TargetGroups groups={citizen.targetGroups} />
        </dd>
        <dt>Registrato il</dt>
        <dd>{formatDate(citizen.createdAt)}</dd>
      </dl>
    </section>
  );
}

const levels = ['listening', 'reading', 'spokenInteraction', 'spokenProduction', 'writing'] as const;
const levelLabels: Record<(typeof levels)[number], string> = {
  listening: 'Ascolto',
  reading: 'Lettura',
  spokenInteraction: 'Interazione orale',
  spokenProduction: 'Produzione orale',
  writing: 'Scrittura',
};

function CvView({ cv }: { cv: Cv }) {
  const { score, missing } = cv.completeness;
  return (
    <div data-testid="cv">
      <p className="mb-1">
        Completezza del curriculum: <strong>{score}%</strong> (aggiornato il {formatDate(cv.updatedAt)})
      </p>
      <div className="progress sl-progress" aria-hidden="true">
        <div className="progress-bar" style={{ width: `${score}%` }} />
      </div>
      {missing.length > 0 ? (
        <p data-testid="cv-missing">Cosa manca: {missingAboutCitizen(missing)}.</p>
      ) : null}
      <dl className="sl-details sl-details--compact">
        <dt>Titolo</dt>
        <dd>{cv.headline ?? 'Non indicato'}</dd>
        <dt>Presentazione</dt>
        <dd>{cv.summary ?? 'Non indicata'}</dd>
        <dt>Lavori cercati</dt>
        <dd>
          {cv.soughtOccupations.length ? cv.soughtOccupations.map((o) => o.label).join('; ') : 'Non indicati'}
        </dd>
        <dt>Certificazioni</dt>
        <dd>{cv.certifications.length ? cv.certifications.map((c) => c.name).join('; ') : 'Nessuna'}</dd>
      </dl>
      <h3>Competenze</h3>
      {cv.skills.length === 0 ? (
        <p>Nessuna competenza indicata.</p>
      ) : (
        <DataTable
          caption="Competenze (ESCO)"
          testId="cv-skills"
          rows={cv.skills}
          rowKey={(s) => s.skill.uri}
          columns={[
            { header: 'Competenza', cell: (s) => s.skill.label },
            { header: 'Livello', cell: (s) => skillLevelLabels[s.level] },
            {
              header: 'Fonte',
              cell: (s) =>
                s.trainingModule ? (
                  <>
                    {labels.cvSkillSource[s.source]}{' '}
                    <Link to={`/formazione/${s.trainingModule.id}`}>{s.trainingModule.title}</Link>
                  </>
                ) : (
                  labels.cvSkillSource[s.source]
                ),
            },
          ]}
        />
      )}
      <h3>Esperienze di lavoro</h3>
      {cv.experiences.length === 0 ? (
        <p>Nessuna esperienza di lavoro indicata.</p>
      ) : (
        <DataTable
          caption="Lavori svolti"
          rows={cv.experiences}
          rowKey={(e) => e.id}
          columns={[
            { header: 'Mansione', cell: (e) => e.jobTitle },
            { header: 'Datore di lavoro', cell: (e) => e.employer },
            { header: 'Dal', cell: (e) => formatDate(e.startsOn) },
            { header: 'Al', cell: (e) => (e.endsOn ? formatDate(e.endsOn) : 'In corso') },
          ]}
        />
      )}
      <h3>Istruzione e formazione</h3>
      {cv.education.length === 0 ? (
        <p>Nessun titolo di studio indicato.</p>
      ) : (
        <DataTable
          caption="Titoli di studio"
          rows={cv.education}
          rowKey={(e) => e.id}
          columns={[
            { header: 'Titolo', cell: (e) => e.title.label },
            { header: 'Livello EQF', cell: (e) => e.title.eqfLevel ?? '—' },
            { header: 'Indirizzo', cell: (e) => e.field ?? '—' },
            { header: 'Anno', cell: (e) => e.yearCompleted ?? 'In corso' },
          ]}
        />
      )}
      <h3>Lingue</h3>
      {cv.languages.length === 0 ? (
        <p>Nessuna lingua indicata.</p>
      ) : (
        <DataTable
          caption="Lingue conosciute (livelli del quadro europeo)"
          rows={cv.languages}
          rowKey={(l) => l.languageCode}
          columns={[
            {
              header: 'Lingua',
              cell: (l) => l.languageName.charAt(0).toUpperCase() + l.languageName.slice(1),
            },
            { header: 'Madrelingua', cell: (l) => yesNo(l.motherTongue) },
            ...levels.map((level) => ({
              header: levelLabels[level],
              cell: (l: Cv['languages'][number]) => l[level] ?? '—',
            })),
          ]}
        />
      )}
    </div>
  );
}
