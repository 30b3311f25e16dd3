import {
  DataTable,
  formatDate,
  LoadError,
  Loading,
  Notice,
  type Occupation,
  OccupationPicker,
} from '@sportello/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { client } from '../client';
import { searchOccupations } from '../esco-search';
import { graphql } from '../gql';
import type { SkillGapStatus } from '../gql/graphql';
import { useOrientationRecords } from './CitizenOrientation';

const SkillsGapQuery = graphql(`
  query CitizenSkillsGap_SkillsGapQuery($citizenId: ID!, $occupationUri: ID!, $first: Int) {
    skillsGap(citizenId: $citizenId, occupationUri: $occupationUri) {
      occupation {
        uri
        label
      }
      notice
      coverage {
        essential
        percent
        summary
      }
      essentialSkills {
        skill {
          uri
          label
        }
        status
        reason
        openInternships
        openTrainingModules
      }
      trainingModules {
        trainingModule {
          id
          title
          provider
          startsOn
          seatsLeft
        }
        skills {
          uri
          label
        }
      }
      internshipHosts {
        companyName
        openInternships
        skills {
          uri
          label
        }
      }
      vacancies(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            vacancy {
              id
              title
              companyName
            }
            skills {
              uri
              label
            }
            essentialCount
          }
        }
      }
    }
  }
`);

const STATUS: Record<SkillGapStatus, string> = {
  DECLARED: 'Sì, dichiarata',
  ATTESTED: 'Sì, attestata da un tirocinio o da un modulo formativo',
  RELATED: 'In parte (competenza affine)',
  MISSING: 'No, mancante',
};

const PAGE = 10;

function suggestedHint(fromCv: boolean, fromOrientation: boolean): string | undefined {
  if (fromCv && fromOrientation)
    return 'In cima, le professioni cercate nel CV e quelle obiettivo delle schede di orientamento.';
  if (fromCv) return 'In cima, le professioni cercate nel CV.';
  if (fromOrientation) return 'In cima, le professioni obiettivo delle schede di orientamento.';
  return undefined;
}
const MAX_SHOWN = 100;

const skillList = (skills: readonly { label: string }[]) => skills.map((s) => s.label).join('; ');

/**
 * Orientation: the essential skills of a target occupation the citizen lacks, and the tirocini and
 * vacancies of the network that would build them.
 */
export function SkillsGap({ citizenId, sought }: { citizenId: string; sought: readonly Occupation[] }) {
  const records = useOrientationRecords(citizenId).data ?? [];
  // The target occupations of the orientation records, named as such, after those the CV seeks.
  const targets = records
    .flatMap((r) => r.targetOccupations)
    .filter(
      (o, i, all) => all.findIndex((x) => x.uri === o.uri) === i && !sought.some((s) => s.uri === o.uri),
    )
    .map((o) => ({ uri: o.uri, label: `${o.label} (obiettivo dell’orientamento)` }));
  const suggested = [...sought, ...targets];
  // A link from the case (?professione=…) opens the gap of that occupation.
  const [params] = useSearchParams();
  const linked = params.get('professione') ?? '';
  const [occupationUri, setOccupationUri] = useState(linked);
  const [shown, setShown] = useState(PAGE);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!linked) return;
    setOccupationUri(linked);
    setShown(PAGE);
    section.current?.scrollIntoView({ block: 'start' });
  }, [linked]);
  const gap = useQuery({
    queryKey: ['skillsGap', citizenId, occupationUri, shown],
    queryFn: () => client.request(SkillsGapQuery, { citizenId, occupationUri, first: shown }),
    enabled: occupationUri !== '',
    placeholderData: keepPreviousData,
  });
  const data = gap.data?.skillsGap;

  function choose(uri: string) {
    setOccupationUri(uri);
    setShown(PAGE);
  }

  return (
    <section className="sl-section" aria-labelledby="skills-gap" ref={section}>
      <h2 id="skills-gap">Competenze mancanti</h2>
      <p>
        Scegli una professione obiettivo: vedi quali competenze essenziali mancano nel CV e quali tirocini,
        moduli formativi e offerte della rete aiutano a costruirle.
      </p>
      <OccupationPicker
        id="skills-gap-picker"
        label="Professione obiettivo"
        suggested={suggested}
        value={occupationUri}
        onChange={choose}
        search={searchOccupations}
        hint={suggestedHint(sought.length > 0, targets.length > 0)}
        optional
      />
      {occupationUri === '' ? null : gap.error ? (
        <LoadError error={gap.error} retry={gap.refetch} />
      ) : !data ? (
        <Loading />
      ) : (
        <div data-testid="skills-gap" aria-live="polite">
          <h3 className="h4 mt-4">{data.occupation.label}</h3>
          {data.notice ? (
            <Notice kind="warning" testId="skills-gap-notice">
              <p className="mb-0">{data.notice}</p>
            </Notice>
          ) : null}
          {data.coverage.essential > 0 ? (
            <>
              <p data-testid="skills-gap-coverage">
                Copertura: <strong>{data.coverage.summary}</strong> ({data.coverage.percent}%).
              </p>
              <DataTable
                caption={`Competenze essenziali per ${data.occupation.label}`}
                testId="skills-gap-table"
                rows={data.essentialSkills}
                rowKey={(item) => item.skill.uri}
                columns={[
                  { header: 'Competenza', cell: (item) => item.skill.label },
                  { header: 'Nel CV', cell: (item) => STATUS[item.status] },
                  { header: 'Nota', cell: (item) => item.reason ?? '—' },
                  { header: 'Tirocini aperti che la formano', cell: (item) => item.openInternships },
                  { header: 'Moduli formativi che la formano', cell: (item) => item.openTrainingModules },
                ]}
              />
            </>
          ) : null}
          {data.coverage.essential === 0 ? null : data.coverage.percent === 100 ? (
            <p data-testid="skills-gap-complete">Il CV copre tutte le competenze essenziali.</p>
          ) : (
            <>
              <h4 className="h5 mt-4">Tirocini che formano le competenze da costruire</h4>
              {data.internshipHosts.length ? (
                <DataTable
                  caption="Aziende che ospitano tirocini aperti su queste competenze"
                  testId="skills-gap-internships"
                  rows={data.internshipHosts}
                  rowKey={(host) => `${host.companyName}|${skillList(host.skills)}`}
                  columns={[
                    { header: 'Azienda ospitante', cell: (host) => host.companyName },
                    { header: 'Tirocini aperti', cell: (host) => host.openInternships },
                    { header: 'Competenze', cell: (host) => skillList(host.skills) },
                  ]}
                />
              ) : (
                <p data-testid="skills-gap-no-internships">
                  Nessun tirocinio aperto della rete forma queste competenze.
                </p>
              )}
              <h4 className="h5 mt-4">Moduli formativi che formano le competenze da costruire</h4>
              {data.trainingModules.length ? (
                <DataTable
                  caption="Moduli formativi pubblicati, con posti liberi, su queste competenze"
                  testId="skills-gap-training"
                  rows={data.trainingModules}
                  rowKey={(row) => row.trainingModule.id}
                  columns={[
                    {
                      header: 'Modulo formativo',
                      cell: (row) => (
                        <Link to={`/formazione/${row.trainingModule.id}`}>
                          {row.trainingModule.title} – {row.trainingModule.provider}
                        </Link>
                      ),
                    },
                    { header: 'Inizio', cell: (row) => formatDate(row.trainingModule.startsOn) },
                    { header: 'Posti liberi', cell: (row) => row.trainingModule.seatsLeft },
                    { header: 'Competenze', cell: (row) => skillList(row.skills) },
                  ]}
                />
              ) : (
                <p data-testid="skills-gap-no-training">
                  Nessun modulo formativo aperto della rete forma queste competenze.
                </p>
              )}
              <h4 className="h5 mt-4">Offerte che chiedono le competenze da costruire</h4>
              {data.vacancies.edges.length ? (
                <>
                  <DataTable
                    caption={`Offerte pubblicate che chiedono queste competenze (${data.vacancies.totalCount})`}
                    testId="skills-gap-vacancies"
                    rows={data.vacancies.edges.map((e) => e.node)}
                    rowKey={(node) => node.vacancy.id}
                    columns={[
                      {
                        header: 'Offerta',
                        cell: (node) => (
                          <Link to={`/offerte/${node.vacancy.id}`}>
                            {node.vacancy.title} – {node.vacancy.companyName}
                          </Link>
                        ),
                      },
                      { header: 'Competenze da costruire richieste', cell: (node) => skillList(node.skills) },
                      { header: 'Di cui essenziali', cell: (node) => node.essentialCount },
                    ]}
                  />
                  {data.vacancies.pageInfo.hasNextPage && shown < MAX_SHOWN ? (
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-sm"
                      onClick={() => setShown(shown + PAGE)}
                    >
                      Mostra altre offerte
                    </button>
                  ) : null}
                </>
              ) : (
                <p data-testid="skills-gap-no-vacancies">
                  Nessuna offerta pubblicata della rete chiede queste competenze.
                </p>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
