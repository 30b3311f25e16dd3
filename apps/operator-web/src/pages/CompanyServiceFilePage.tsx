import {
  CheckboxField,
  type CompanyContactChannelName,
  CompanyNeedSummary,
  companyContactChannelLabels,
  DataExport,
  formatDate,
  formatShortDateTime,
  LoadError,
  Loading,
  Notice,
  needStatusLabels,
  noErrors,
  OccupationPicker,
  PageTitle,
  type PickedSkill,
  SelectField,
  SkillPicker,
  TextAreaField,
  TextField,
  todayInRome,
  type UserErrorLike,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ActionForm } from '../action-form';
import { client } from '../client';
import { searchOccupations, searchSkills, suggestSkills } from '../esco-search';
import { labels as statusLabels } from '../format';
import { graphql } from '../gql';
import type {
  CompanyContactChannel,
  CompanyContactField,
  CompanyNeedStatus,
  CompanyServiceFilePage_QueryQuery,
} from '../gql/graphql';

const ServiceFileQuery = graphql(`
  query CompanyServiceFilePage_Query($companyId: ID!) {
    companyServiceFile(companyId: $companyId) {
      company {
        id
        legalName
      }
      contacts {
        id
        contactedOn
        channel
        summary
        sharedWithCompany
        outcome
        internalNotes
        law68Quota
        law68Uncovered
        recordedByName
        corrections {
          id
          correctedAt
          correctedByName
          reason
          changes {
            field
            previousValue
          }
        }
      }
      needs {
        id
        status
        recordedOn
        headcount
        neededBy
        occupation {
          uri
          label
        }
        skills {
          uri
          label
        }
        vacancies {
          id
          title
        }
        draftedVacancy {
          id
          title
          status
        }
        internships {
          id
          startsOn
          trainee {
            givenName
            familyName
          }
        }
      }
      followUps {
        id
        dueOn
        action
        done
        overdue
      }
      linkableVacancies {
        id
        title
      }
      linkableInternships {
        id
        startsOn
        trainee {
          givenName
          familyName
        }
      }
    }
  }
`);

const RecordContactMutation = graphql(`
  mutation CompanyServiceFilePage_RecordContactMutation($input: CompanyContactInput!, $idempotencyKey: String) {
    recordCompanyContact(input: $input, idempotencyKey: $idempotencyKey) {
      contact {
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

const ScheduleFollowUpMutation = graphql(`
  mutation CompanyServiceFilePage_ScheduleFollowUpMutation($input: CompanyFollowUpInput!, $idempotencyKey: String) {
    scheduleCompanyFollowUp(input: $input, idempotencyKey: $idempotencyKey) {
      followUp {
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

const FollowUpDoneMutation = graphql(`
  mutation CompanyServiceFilePage_FollowUpDoneMutation($id: ID!, $done: Boolean!) {
    setCompanyFollowUpDone(id: $id, done: $done) {
      followUp {
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

const NeedStatusMutation = graphql(`
  mutation CompanyServiceFilePage_NeedStatusMutation($id: ID!, $status: CompanyNeedStatus!) {
    setCompanyNeedStatus(id: $id, status: $status) {
      need {
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

const LinkVacancyMutation = graphql(`
  mutation CompanyServiceFilePage_LinkVacancyMutation($needId: ID!, $vacancyId: ID!) {
    linkVacancyToCompanyNeed(needId: $needId, vacancyId: $vacancyId) {
      need {
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

const LinkInternshipMutation = graphql(`
  mutation CompanyServiceFilePage_LinkInternshipMutation($needId: ID!, $internshipId: ID!) {
    linkInternshipToCompanyNeed(needId: $needId, internshipId: $internshipId) {
      need {
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

const CreateVacancyFromNeedMutation = graphql(`
  mutation CompanyServiceFilePage_CreateVacancyFromNeedMutation($needId: ID!, $idempotencyKey: String) {
    createVacancyFromCompanyNeed(needId: $needId, idempotencyKey: $idempotencyKey) {
      vacancy {
        id
        title
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CorrectContactMutation = graphql(`
  mutation CompanyServiceFilePage_CorrectContactMutation($id: ID!, $input: CompanyContactCorrectionInput!) {
    correctCompanyContact(id: $id, input: $input) {
      contact {
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

type ServiceFile = NonNullable<CompanyServiceFilePage_QueryQuery['companyServiceFile']>;
type Refresh = () => Promise<unknown>;

const person = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/** A company's services: follow-ups, needs with what came from them, contacts, and the forms to add them. */
export function CompanyServiceFilePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['companyServiceFile', id],
    queryFn: () => client.request(ServiceFileQuery, { companyId: id }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['companyServiceFile', id] });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={query.refetch} />;
  const file = query.data.companyServiceFile;
  if (!file) return <PageTitle>Azienda non trovata</PageTitle>;
  return (
    <>
      <PageTitle>Servizi a {file.company.legalName}</PageTitle>
      <p className="sl-lead">
        Contatti, visite, fabbisogni e scadenze dell’azienda. L’azienda vede nel suo portale solo la data, il
        canale e la sintesi dei contatti condivisi, e i fabbisogni aperti di quei contatti.{' '}
        <Link to="/servizi-aziende">Tutte le aziende seguite</Link>
      </p>
      <FollowUps file={file} refresh={refresh} />
      <Needs file={file} refresh={refresh} />
      <Contacts file={file} refresh={refresh} />
      <ContactForm companyId={file.company.id} onDone={refresh} />
      <FollowUpForm companyId={file.company.id} onDone={refresh} />
      <DataExport
        client={client}
        path={`/api/privacy/companies/${file.company.id}/export`}
        title="Esporta i dati dell’azienda"
        fallbackName="dati-azienda"
        id="company-data-export"
      >
        <p>
          Una copia di tutti i dati che Sportello Lavoro ha su {file.company.legalName} (art. 15 GDPR):
          azienda, utenti, sedi, offerte, candidature viste, colloqui, tirocini e servizi condivisi. L’account
          e le notifiche di ciascun utente restano fuori: ognuno li scarica dalla sua area riservata.
        </p>
        <Notice kind="info" testId="company-data-export-audited">
          <p className="mb-0">
            L’esportazione resta nel registro degli accessi con il tuo nome e gli utenti dell’azienda ne
            ricevono notizia nel loro portale.
          </p>
        </Notice>
      </DataExport>
    </>
  );
}

function FollowUps({ file, refresh }: { file: ServiceFile; refresh: Refresh }) {
  return (
    <section className="sl-section" aria-labelledby="follow-ups">
      <h2 id="follow-ups">Scadenze</h2>
      {file.followUps.length === 0 ? (
        <p>Nessuna scadenza.</p>
      ) : (
        <ul className="list-unstyled" data-testid="follow-ups">
          {file.followUps.map((f) => (
            <li key={f.id} className="mb-2">
              {formatDate(f.dueOn)}: {f.action}{' '}
              {f.done ? (
                <span className="sl-status sl-status--verified">Fatto</span>
              ) : f.overdue ? (
                <strong className="text-danger">In ritardo</strong>
              ) : null}{' '}
              <Button
                type="button"
                color="secondary"
                size="xs"
                onClick={async () => {
                  await client.request(FollowUpDoneMutation, { id: f.id, done: !f.done });
                  await refresh();
                }}
              >
                {f.done ? 'Segna da fare' : 'Segna fatto'}
                <span className="visually-hidden">: {f.action}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Needs({ file, refresh }: { file: ServiceFile; refresh: Refresh }) {
  return (
    <section className="sl-section" aria-labelledby="needs">
      <h2 id="needs">Fabbisogni</h2>
      {file.needs.length === 0 ? (
        <p>Nessun fabbisogno registrato.</p>
      ) : (
        file.needs.map((need, i) => (
          <article key={need.id} className="sl-form-box mb-3" data-testid={`need-${i}`}>
            <h3 className="h5">
              Fabbisogno del {formatDate(need.recordedOn)}: {needStatusLabels[need.status]}
            </h3>
            <CompanyNeedSummary
              need={need}
              vacancyLink={(v) => <Link to={`/offerte/${v.id}`}>{v.title}</Link>}
            />
            {need.internships.length ? (
              <p className="mb-1">
                Tirocini nati da questo fabbisogno:{' '}
                {need.internships.map((t, j) => (
                  <span key={t.id}>
                    {j > 0 ? ', ' : ''}
                    <Link to={`/tirocini/${t.id}`}>
                      {person(t.trainee)}, dal {formatDate(t.startsOn)}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
            <NeedActions index={i} need={need} file={file} refresh={refresh} />
          </article>
        ))
      )}
    </section>
  );
}

function NeedActions({
  index,
  need,
  file,
  refresh,
}: {
  index: number;
  need: ServiceFile['needs'][number];
  file: ServiceFile;
  refresh: Refresh;
}) {
  const [message, setMessage] = useState('');
  const show = async (errors: readonly UserErrorLike[]) => {
    setMessage(errors[0]?.message ?? '');
    if (!errors.length) await refresh();
  };
  const vacancies = file.linkableVacancies.filter((v) => !need.vacancies.some((l) => l.id === v.id));
  const internships = file.linkableInternships.filter((t) => !need.internships.some((l) => l.id === t.id));
  return (
    <div className="row g-2 align-items-end">
      <DraftFromNeed index={index} need={need} refresh={refresh} />
      <div className="col-md-4">
        <SelectField
          id={`need-${index}-status`}
          label="Stato del fabbisogno"
          value={need.status}
          onChange={async (status) => {
            const { setCompanyNeedStatus } = await client.request(NeedStatusMutation, {
              id: need.id,
              status: status as CompanyNeedStatus,
            });
            await show(setCompanyNeedStatus.userErrors);
          }}
          options={(Object.keys(needStatusLabels) as CompanyNeedStatus[]).map((s) => ({
            value: s,
            label: needStatusLabels[s],
          }))}
          placeholder="Scegli lo stato"
        />
      </div>
      {vacancies.length ? (
        <LinkChoice
          id={`need-${index}-vacancy`}
          label="Offerta dell’azienda nata da questo fabbisogno"
          placeholder="Scegli l’offerta"
          action="Collega l’offerta"
          options={vacancies.map((v) => ({ value: v.id, label: v.title }))}
          onLink={async (vacancyId) =>
            (await client.request(LinkVacancyMutation, { needId: need.id, vacancyId }))
              .linkVacancyToCompanyNeed.userErrors
          }
          onDone={show}
        />
      ) : null}
      {internships.length ? (
        <LinkChoice
          id={`need-${index}-internship`}
          label="Tirocinio nato da questo fabbisogno"
          placeholder="Scegli il tirocinio"
          action="Collega il tirocinio"
          options={internships.map((t) => ({
            value: t.id,
            label: `${person(t.trainee)}, dal ${formatDate(t.startsOn)}`,
          }))}
          onLink={async (internshipId) =>
            (await client.request(LinkInternshipMutation, { needId: need.id, internshipId }))
              .linkInternshipToCompanyNeed.userErrors
          }
          onDone={show}
        />
      ) : null}
      {message ? (
        <p className="sl-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The vacancy draft made from the need: the button that creates it for the company, or the link to
 * the one already made. The company completes the draft and sends it for publication.
 */
function DraftFromNeed({
  index,
  need,
  refresh,
}: {
  index: number;
  need: ServiceFile['needs'][number];
  refresh: Refresh;
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState(false);
  const [error, setError] = useState('');
  const drafted = need.draftedVacancy;
  if (drafted)
    return (
      <div className="col-12" data-testid={`need-${index}-draft`}>
        {created ? (
          <Notice kind="success" testId={`need-${index}-draft-created`}>
            <p className="mb-0">
              Bozza creata per l’azienda, che ha ricevuto una notifica nel suo portale e per email.{' '}
              <Link to={`/offerte/${drafted.id}`}>Apri la bozza «{drafted.title}»</Link>
            </p>
          </Notice>
        ) : (
          <p className="mb-1">
            Offerta preparata dallo sportello da questo fabbisogno:{' '}
            <Link to={`/offerte/${drafted.id}`}>{drafted.title}</Link>
            {` (stato: ${statusLabels.vacancyStatus[drafted.status]}).`}
          </p>
        )}
        {drafted.status === 'DRAFT' ? (
          <p className="mb-1">
            L’azienda completa la bozza (mansioni, contratto, orario, retribuzione) e la invia allo sportello
            per la pubblicazione.
          </p>
        ) : null}
      </div>
    );
  if (need.status !== 'OPEN') return null;
  return (
    <div className="col-12 mb-2">
      <p className="mb-1">
        Prepara per l’azienda una bozza di offerta con la professione, le competenze e il numero di posti di
        questo fabbisogno: l’azienda riceve una notifica, la completa e la invia allo sportello per la
        pubblicazione.
      </p>
      <Button
        type="button"
        color="primary"
        size="sm"
        aria-disabled={pending || undefined}
        onClick={async () => {
          if (pending) return;
          setPending(true);
          setError('');
          try {
            const { createVacancyFromCompanyNeed } = await client.request(CreateVacancyFromNeedMutation, {
              needId: need.id,
              idempotencyKey,
            });
            const errors = createVacancyFromCompanyNeed.userErrors;
            if (errors.length) setError(errors[0]!.message);
            else setCreated(true);
            await refresh();
          } catch {
            setError('La bozza non è stata creata: riprova tra poco.');
          } finally {
            setPending(false);
          }
        }}
      >
        {pending ? 'Creazione in corso…' : 'Crea l’offerta da questo fabbisogno'}
      </Button>
      {error ? (
        <p className="sl-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A choice among the company's vacancies or tirocini and the button that links the chosen one to a need. */
function LinkChoice({
  id,
  label,
  placeholder,
  action,
  options,
  onLink,
  onDone,
}: {
  id: string;
  label: string;
  placeholder: string;
  action: string;
  options: { value: string; label: string }[];
  onLink: (chosen: string) => Promise<readonly UserErrorLike[]>;
  onDone: (errors: readonly UserErrorLike[]) => Promise<void>;
}) {
  const [chosen, setChosen] = useState('');
  return (
    <div className="col-md-4">
      <SelectField
        id={id}
        label={label}
        value={chosen}
        onChange={setChosen}
        options={options}
        placeholder={placeholder}
        optional
      />
      <Button
        type="button"
        color="secondary"
        size="sm"
        aria-disabled={!chosen || undefined}
        onClick={async () => {
          if (!chosen) return;
          const errors = await onLink(chosen);
          setChosen('');
          await onDone(errors);
        }}
      >
        {action}
      </Button>
    </div>
  );
}

const fieldLabels: Record<CompanyContactField, string> = {
  CONTACTED_ON: 'data',
  CHANNEL: 'canale',
  SUMMARY: 'sintesi',
  SHARED_WITH_COMPANY: 'condivisione con l’azienda',
  OUTCOME: 'esito',
  INTERNAL_NOTES: 'note interne',
};

/** What a field held before a correction, in words. */
function previousValue(field: CompanyContactField, value: string | null | undefined) {
  if (value == null || value === '') return 'vuoto';
  if (field === 'CONTACTED_ON') return formatDate(value);
  if (field === 'CHANNEL') return companyContactChannelLabels[value as CompanyContactChannelName] ?? value;
  if (field === 'SHARED_WITH_COMPANY') return value === 'true' ? 'condiviso' : 'solo per lo sportello';
  return `«${value}»`;
}

type Contact = ServiceFile['contacts'][number];

function Contacts({ file, refresh }: { file: ServiceFile; refresh: Refresh }) {
  const [correcting, setCorrecting] = useState<string | null>(null);
  return (
    <section className="sl-section" aria-labelledby="contacts">
      <h2 id="contacts">Contatti e visite</h2>
      {file.contacts.length === 0 ? (
        <p>Nessun contatto registrato.</p>
      ) : (
        <ul className="list-unstyled" data-testid="contacts">
          {file.contacts.map((c, i) => (
            <li key={c.id} className="mb-3" data-testid={`contact-${i}`}>
              <strong>
                {formatDate(c.contactedOn)}, {companyContactChannelLabels[c.channel]}
              </strong>{' '}
              ({c.recordedByName}
              {c.sharedWithCompany ? ', condiviso con l’azienda' : ', solo per lo sportello'})
              <div>{c.summary}</div>
              {c.outcome ? <div>Esito: {c.outcome}</div> : null}
              {c.internalNotes ? <div>Note interne: {c.internalNotes}</div> : null}
              {c.law68Quota != null ? (
                <div>
                  Quota di riserva L.68/99: {c.law68Quota} posti d’obbligo, {c.law68Uncovered} scoperti
                </div>
              ) : null}
              {c.corrections.length ? <Corrections contact={c} /> : null}
              {correcting === c.id ? (
                <ContactCorrectionForm
                  contact={c}
                  onClose={() => setCorrecting(null)}
                  onDone={async () => {
                    setCorrecting(null);
                    await refresh();
                  }}
                />
              ) : (
                <Button type="button" color="secondary" size="xs" onClick={() => setCorrecting(c.id)}>
                  Correggi
                  <span className="visually-hidden"> il contatto del {formatDate(c.contactedOn)}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who corrected the contact, when, why, and what the changed fields held before. */
function Corrections({ contact }: { contact: Contact }) {
  return (
    <details className="mt-1 mb-1" data-testid="contact-corrections">
      <summary>Storico delle correzioni ({contact.corrections.length})</summary>
      <ul className="mb-1">
        {contact.corrections.map((k) => (
          <li key={k.id}>
            {formatShortDateTime(k.correctedAt)}, {k.correctedByName} ha corretto:{' '}
            {k.changes
              .map((ch) => `${fieldLabels[ch.field]} (prima: ${previousValue(ch.field, ch.previousValue)})`)
              .join('; ')}
            {k.reason ? `. Motivo: ${k.reason}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ContactCorrectionForm({
  contact,
  onClose,
  onDone,
}: {
  contact: Contact;
  onClose: () => void;
  onDone: Refresh;
}) {
  const [values, setValues] = useState({
    contactedOn: contact.contactedOn,
    channel: contact.channel as string,
    summary: contact.summary,
    sharedWithCompany: contact.sharedWithCompany,
    outcome: contact.outcome ?? '',
    internalNotes: contact.internalNotes ?? '',
    reason: '',
  });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const labels = {
    contactedOn: 'Data del contatto',
    channel: 'Canale',
    summary: 'Sintesi',
    outcome: 'Esito',
    internalNotes: 'Note interne',
    reason: 'Motivo della correzione',
  };
  const ids = Object.fromEntries(Object.keys(labels).map((k) => [k, `correct-${k}`])) as Record<
    keyof typeof labels,
    string
  >;
  return (
    <div data-testid="correct-contact">
      <ActionForm
        title={`Correggi il contatto del ${formatDate(contact.contactedOn)}`}
        id={`correct-contact-${contact.id}`}
        level={3}
        labels={labels}
        ids={ids}
        button="Salva la correzione"
        check={() => {
          const next = noErrors<keyof typeof labels>();
          if (!values.contactedOn) next.fields.contactedOn = 'Indica la data del contatto.';
          if (values.summary.trim().length < 5) next.fields.summary = 'Scrivi almeno 5 caratteri.';
          return next;
        }}
        run={async () => {
          const { correctCompanyContact } = await client.request(CorrectContactMutation, {
            id: contact.id,
            input: {
              contactedOn: values.contactedOn,
              channel: values.channel as CompanyContactChannel,
              summary: values.summary,
              sharedWithCompany: values.sharedWithCompany,
              outcome: values.outcome || null,
              internalNotes: values.internalNotes || null,
              reason: values.reason || null,
            },
          });
          if (correctCompanyContact.userErrors.length === 0) await onDone();
          return correctCompanyContact.userErrors;
        }}
      >
        {(errors) => (
          <>
            <p>
              Cambia i dati sbagliati e salva: i valori di prima restano nello storico delle correzioni, con
              il tuo nome. L’azienda vede solo i dati corretti, se il contatto è condiviso.
            </p>
            <TextField
              id={ids.contactedOn}
              label={labels.contactedOn}
              type="date"
              value={values.contactedOn}
              onChange={(contactedOn) => set({ contactedOn })}
              error={errors.fields.contactedOn}
            />
            <SelectField
              id={ids.channel}
              label={labels.channel}
              value={values.channel}
              onChange={(channel) => set({ channel })}
              options={(Object.keys(companyContactChannelLabels) as CompanyContactChannelName[]).map((c) => ({
                value: c,
                label: companyContactChannelLabels[c],
              }))}
              placeholder="Scegli il canale"
              error={errors.fields.channel}
            />
            <TextAreaField
              id={ids.summary}
              label={labels.summary}
              value={values.summary}
              onChange={(summary) => set({ summary })}
              maxLength={5000}
              error={errors.fields.summary}
            />
            <CheckboxField
              id={`correct-shared-${contact.id}`}
              label="L’azienda può leggere data, canale e sintesi nel suo portale"
              checked={values.sharedWithCompany}
              onChange={(sharedWithCompany) => set({ sharedWithCompany })}
              hint="Esito e note interne non sono mai mostrati all’azienda."
            />
            <TextField
              id={ids.outcome}
              label={labels.outcome}
              value={values.outcome}
              onChange={(outcome) => set({ outcome })}
              maxLength={2000}
              error={errors.fields.outcome}
              optional
            />
            <TextAreaField
              id={ids.internalNotes}
              label={labels.internalNotes}
              hint="Solo per lo sportello."
              value={values.internalNotes}
              onChange={(internalNotes) => set({ internalNotes })}
              maxLength={5000}
              error={errors.fields.internalNotes}
              optional
            />
            <TextField
              id={ids.reason}
              label={labels.reason}
              hint="Per esempio: era una telefonata, non una visita."
              value={values.reason}
              onChange={(reason) => set({ reason })}
              maxLength={1000}
              error={errors.fields.reason}
              optional
            />
          </>
        )}
      </ActionForm>
      <Button type="button" color="secondary" size="sm" className="mb-3" onClick={onClose}>
        Annulla la correzione
      </Button>
    </div>
  );
}

interface NeedDraft {
  occupationUri: string;
  headcount: string;
  neededBy: string;
  skills: PickedSkill[];
}

const emptyNeed = (): NeedDraft => ({ occupationUri: '', headcount: '1', neededBy: '', skills: [] });
const emptyContact = () => ({
  contactedOn: todayInRome(),
  channel: '',
  summary: '',
  sharedWithCompany: true,
  outcome: '',
  internalNotes: '',
  law68Quota: '',
  law68Uncovered: '',
});

const NEED_FIELDS = {
  occupationUri: ['Occupation', 'Professione cercata'],
  headcount: ['Headcount', 'Quante persone'],
  neededBy: ['NeededBy', 'Entro quando'],
  skillUris: ['Skills', 'Competenze'],
} as const;

/** `input.needs[1].headcount` becomes the form's `need1Headcount`. */
const formField = (field: string | null | undefined) => {
  const match = /^input\.needs\[(\d+)\]\.(occupationUri|headcount|neededBy|skillUris)/.exec(field ?? '');
  return match ? `need${match[1]}${NEED_FIELDS[match[2] as keyof typeof NEED_FIELDS][0]}` : field;
};

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

function ContactForm({ companyId, onDone }: { companyId: string; onDone: Refresh }) {
  const [values, setValues] = useState(emptyContact);
  const [needs, setNeeds] = useState<NeedDraft[]>([]);
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const set = (patch: Partial<ReturnType<typeof emptyContact>>) => setValues((v) => ({ ...v, ...patch }));
  const setNeed = (i: number, patch: Partial<NeedDraft>) =>
    setNeeds((all) => all.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const labels: Record<string, string> = {
    contactedOn: 'Data del contatto',
    channel: 'Canale',
    summary: 'Sintesi',
    outcome: 'Esito',
    internalNotes: 'Note interne',
    law68Quota: 'Posti d’obbligo (quota di riserva L.68/99)',
    law68Uncovered: 'Posti scoperti',
  };
  const ids: Record<string, string> = Object.fromEntries(Object.keys(labels).map((k) => [k, `contact-${k}`]));
  needs.forEach((_, i) => {
    for (const [suffix, label] of Object.values(NEED_FIELDS)) {
      labels[`need${i}${suffix}`] = `Fabbisogno ${i + 1}: ${label.toLowerCase()}`;
      ids[`need${i}${suffix}`] = `need-${i}-${suffix.toLowerCase()}`;
    }
  });
  return (
    <ActionForm
      title="Registra un contatto o una visita"
      id="record-contact"
      labels={labels}
      ids={ids}
      button="Registra il contatto"
      check={() => {
        const next = noErrors<string>();
        if (!values.contactedOn) next.fields.contactedOn = 'Indica la data del contatto.';
        if (!values.channel) next.fields.channel = 'Scegli il canale.';
        if (values.summary.trim().length < 5) next.fields.summary = 'Scrivi almeno 5 caratteri.';
        if (values.law68Quota.trim() && whole(values.law68Quota) === null)
          next.fields.law68Quota = 'Scrivi un numero intero, per esempio 3.';
        if (values.law68Uncovered.trim() && whole(values.law68Uncovered) === null)
          next.fields.law68Uncovered = 'Scrivi un numero intero, anche 0.';
        needs.forEach((n, i) => {
          if (!n.occupationUri) next.fields[`need${i}Occupation`] = 'Scegli la professione cercata.';
          if (whole(n.headcount) === null)
            next.fields[`need${i}Headcount`] = 'Scrivi quante persone, per esempio 2.';
          if (!n.neededBy) next.fields[`need${i}NeededBy`] = 'Indica entro quando servono.';
        });
        return next;
      }}
      run={async () => {
        const { recordCompanyContact } = await client.request(RecordContactMutation, {
          idempotencyKey,
          input: {
            companyId,
            contactedOn: values.contactedOn,
            channel: values.channel as CompanyContactChannel,
            summary: values.summary,
            sharedWithCompany: values.sharedWithCompany,
            outcome: values.outcome || null,
            internalNotes: values.internalNotes || null,
            law68Quota: whole(values.law68Quota),
            law68Uncovered: whole(values.law68Uncovered),
            needs: needs.map((n) => ({
              occupationUri: n.occupationUri,
              headcount: whole(n.headcount) ?? 0,
              neededBy: n.neededBy,
              skillUris: n.skills.map((s) => s.uri),
            })),
          },
        });
        if (recordCompanyContact.userErrors.length === 0) {
          setValues(emptyContact());
          setNeeds([]);
          setKey(crypto.randomUUID());
          await onDone();
        }
        return recordCompanyContact.userErrors.map((e) => ({ ...e, field: formField(e.field) }));
      }}
    >
      {(errors) => (
        <>
          <TextField
            id={ids.contactedOn!}
            label={labels.contactedOn}
            type="date"
            value={values.contactedOn}
            onChange={(contactedOn) => set({ contactedOn })}
            error={errors.fields.contactedOn}
          />
          <SelectField
            id={ids.channel!}
            label={labels.channel}
            value={values.channel}
            onChange={(channel) => set({ channel })}
            options={(Object.keys(companyContactChannelLabels) as CompanyContactChannelName[]).map((c) => ({
              value: c,
              label: companyContactChannelLabels[c],
            }))}
            placeholder="Scegli il canale"
            error={errors.fields.channel}
          />
          <TextAreaField
            id={ids.summary!}
            label={labels.summary}
            hint="Che cosa vi siete detti o che cosa avete fatto."
            value={values.summary}
            onChange={(summary) => set({ summary })}
            maxLength={5000}
            error={errors.fields.summary}
          />
          <CheckboxField
            id="contact-shared"
            label="L’azienda può leggere data, canale e sintesi nel suo portale"
            checked={values.sharedWithCompany}
            onChange={(sharedWithCompany) => set({ sharedWithCompany })}
            hint="Esito e note interne non sono mai mostrati all’azienda."
          />
          <TextField
            id={ids.outcome!}
            label={labels.outcome}
            value={values.outcome}
            onChange={(outcome) => set({ outcome })}
            maxLength={2000}
            error={errors.fields.outcome}
            optional
          />
          <TextAreaField
            id={ids.internalNotes!}
            label={labels.internalNotes}
            hint="Solo per lo sportello."
            value={values.internalNotes}
            onChange={(internalNotes) => set({ internalNotes })}
            maxLength={5000}
            error={errors.fields.internalNotes}
            optional
          />
          <TextField
            id={ids.law68Quota!}
            label={labels.law68Quota}
            hint="Quanti posti l’azienda deve riservare alle persone delle liste L.68/99. Lascia vuoto se non lo sai."
            inputMode="numeric"
            value={values.law68Quota}
            onChange={(law68Quota) => set({ law68Quota })}
            error={errors.fields.law68Quota}
            optional
          />
          <TextField
            id={ids.law68Uncovered!}
            label={labels.law68Uncovered}
            hint="Quanti di quei posti sono ancora da coprire (anche 0)."
            inputMode="numeric"
            value={values.law68Uncovered}
            onChange={(law68Uncovered) => set({ law68Uncovered })}
            error={errors.fields.law68Uncovered}
            optional
          />
          {needs.map((need, i) => (
            <fieldset key={i} className="sl-fieldset" data-testid={`need-form-${i}`}>
              <legend>Fabbisogno {i + 1}</legend>
              <OccupationPicker
                id={ids[`need${i}Occupation`]!}
                label="Professione cercata"
                suggested={[]}
                value={need.occupationUri}
                onChange={(occupationUri) => setNeed(i, { occupationUri })}
                search={searchOccupations}
                error={errors.fields[`need${i}Occupation`]}
              />
              <TextField
                id={ids[`need${i}Headcount`]!}
                label="Quante persone"
                inputMode="numeric"
                value={need.headcount}
                onChange={(headcount) => setNeed(i, { headcount })}
                error={errors.fields[`need${i}Headcount`]}
              />
              <TextField
                id={ids[`need${i}NeededBy`]!}
                label="Entro quando"
                type="date"
                value={need.neededBy}
                onChange={(neededBy) => setNeed(i, { neededBy })}
                error={errors.fields[`need${i}NeededBy`]}
              />
              <SkillPicker
                id={ids[`need${i}Skills`]!}
                legend="Competenze richieste"
                picked={need.skills}
                onChange={(skills) => setNeed(i, { skills })}
                search={searchSkills}
                occupationUris={need.occupationUri ? [need.occupationUri] : []}
                suggest={suggestSkills}
                error={errors.fields[`need${i}Skills`]}
              />
              <Button
                type="button"
                color="secondary"
                size="sm"
                onClick={() => setNeeds((all) => all.filter((_, j) => j !== i))}
              >
                Togli il fabbisogno {i + 1}
              </Button>
            </fieldset>
          ))}
          <Button
            type="button"
            color="secondary"
            className="mb-3"
            onClick={() => setNeeds((all) => [...all, emptyNeed()])}
          >
            Aggiungi un fabbisogno
          </Button>
        </>
      )}
    </ActionForm>
  );
}

function FollowUpForm({ companyId, onDone }: { companyId: string; onDone: Refresh }) {
  const [values, setValues] = useState({ dueOn: '', action: '' });
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const labels = { dueOn: 'Entro il', action: 'Che cosa fare' };
  const ids = { dueOn: 'follow-up-due', action: 'follow-up-action' };
  return (
    <ActionForm
      title="Nuova scadenza"
      id="schedule-follow-up"
      labels={labels}
      ids={ids}
      button="Aggiungi la scadenza"
      check={() => {
        const next = noErrors<keyof typeof labels>();
        if (!values.dueOn) next.fields.dueOn = 'Indica la data.';
        if (values.action.trim().length < 3) next.fields.action = 'Scrivi che cosa fare.';
        return next;
      }}
      run={async () => {
        const { scheduleCompanyFollowUp } = await client.request(ScheduleFollowUpMutation, {
          idempotencyKey,
          input: { companyId, ...values },
        });
        if (scheduleCompanyFollowUp.userErrors.length === 0) {
          setValues({ dueOn: '', action: '' });
          setKey(crypto.randomUUID());
          await onDone();
        }
        return scheduleCompanyFollowUp.userErrors;
      }}
    >
      {(errors) => (
        <>
          <TextField
            id={ids.dueOn}
            label={labels.dueOn}
            type="date"
            value={values.dueOn}
            onChange={(dueOn) => setValues((v) => ({ ...v, dueOn }))}
            error={errors.fields.dueOn}
          />
          <TextField
            id={ids.action}
            label={labels.action}
            hint="Per esempio: richiamare il responsabile, inviare tre profili."
            value={values.action}
            onChange={(action) => setValues((v) => ({ ...v, action }))}
            maxLength={1000}
            error={errors.fields.action}
          />
        </>
      )}
    </ActionForm>
  );
}
