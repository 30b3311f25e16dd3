import { FONT, taggedPdf } from '../../lib/pdf.js';
import type { CitizenExport } from './citizen-export.js';
import type { CompanyExport } from './company-export.js';
import { type Person, ROLE_LABELS } from './people.js';

const BLUE = '#0059b3';
const GREY = '#5c6f82';
const ROME = 'Europe/Rome';
const dateTime = new Intl.DateTimeFormat('it-IT', { dateStyle: 'short', timeStyle: 'short', timeZone: ROME });
const longDateTime = new Intl.DateTimeFormat('it-IT', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: ROME,
});
const euros = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });

/** The Italian titles of the sections, in the order of the JSON document. */
export const CITIZEN_SECTION_TITLES: Record<string, string> = {
  account: 'Il tuo account',
  profile: 'Profilo',
  consents: 'Consensi',
  cv: 'Curriculum',
  coverLetters: 'Lettere di presentazione',
  applications: 'Candidature e colloqui di lavoro',
  colloqui: 'Colloqui con lo sportello',
  orientation: 'Orientamento',
  internships: 'Tirocini',
  training: 'Corsi di formazione',
  programs: 'Progetti e bandi (cantieri di lavoro e simili)',
  selfEmployment: 'Idee d’impresa e microcredito',
  outplacement: 'Outplacement (ricollocazione dopo una crisi aziendale)',
  groupActivities: 'Attività di gruppo',
  caseFile: 'Presa in carico e percorso',
  placements: 'Inserimenti lavorativi',
  frontDesk: 'Contatti allo sportello',
  notifications: 'Notifiche',
  jobAlert: 'Avviso offerte',
  specialCategories: 'Categorie particolari di dati',
  accessLog: 'Registro degli accessi',
  people: 'Persone citate',
};

export const COMPANY_SECTION_TITLES: Record<string, string> = {
  account: 'Il tuo account',
  company: 'L’azienda',
  members: 'Persone dell’azienda',
  sites: 'Sedi',
  vacancies: 'Offerte di lavoro',
  applications: 'Candidature ricevute',
  colloqui: 'Colloqui con lo sportello',
  internships: 'Tirocini ospitati',
  services: 'Servizi ricevuti dallo sportello',
  notifications: 'Notifiche',
  accessLog: 'Registro degli accessi',
  people: 'Persone citate',
};

const COMPANY_CONTACT_CHANNEL: Record<string, string> = {
  COMPANY_VISIT: 'visita in azienda',
  PHONE: 'telefonata',
  EMAIL: 'email',
  EVENT: 'evento',
};

const APPLICATION_STATUS: Record<string, string> = {
  PROPOSED: 'proposta dallo sportello',
  APPLIED: 'inviata',
  SHORTLISTED: 'in preselezione',
  INTERVIEW: 'colloquio',
  OFFER: 'offerta di lavoro',
  HIRED: 'assunzione',
  REJECTED: 'non selezionata',
  WITHDRAWN: 'ritirata',
};
const CONSENT_PURPOSE: Record<string, string> = {
  PRIVACY_NOTICE: 'Presa visione dell’informativa privacy',
  CV_SHARING: 'Condivisione del curriculum con le aziende',
  MARKETING: 'Notizie ed eventi',
};
const ACTIONS: Record<string, string> = {
  'privacy.export': 'copia dei dati scaricata',
  'special_categories.read': 'lettura delle categorie particolari di dati',
  'special_categories.declare': 'registrazione delle categorie particolari di dati',
  'special_categories.eligibility_check': 'verifica dei requisiti della legge 68/1999',
  'citizen.profile_updated_on_behalf': 'profilo modificato dallo sportello',
  'cv.saved_on_behalf': 'curriculum modificato dallo sportello',
  'case.read': 'consultazione del fascicolo',
  'case.close': 'chiusura del fascicolo',
  'patto.save': 'patto di servizio',
  'orientation_record.read': 'lettura della scheda di orientamento',
  'orientation_record.create': 'scheda di orientamento scritta',
  'group_activity.certificate': 'attestato di partecipazione scaricato',
  'group_activity.enrol': 'iscrizione a un’attività di gruppo',
  'group_activity.withdraw': 'ritiro da un’attività di gruppo',
  'group_activity.attendance': 'registro presenze',
  'internship.propose': 'tirocinio proposto',
  'internship.sign': 'convenzione di tirocinio firmata',
  'internship.start': 'tirocinio iniziato',
  'internship.monitor': 'monitoraggio del tirocinio',
  'training.enrol': 'iscrizione a un corso',
  'programs.apply': 'domanda a un bando',
  'programs.admit': 'ammissione a un progetto',
  'programs.interrupt': 'partecipazione a un progetto interrotta',
  'programs.end': 'partecipazione a un progetto conclusa',
  'self_employment.submit_idea': 'idea d’impresa scritta',
  'self_employment.refer': 'idea d’impresa segnalata per un microcredito',
  'self_employment.update_referral': 'risposta del partner di microcredito registrata',
  'self_employment.business_started': 'avvio dell’impresa registrato',
  'self_employment.checklist': 'piano d’impresa: un passo segnato',
  'placement.record': 'inserimento lavorativo registrato',
  'placement.verify': 'inserimento lavorativo verificato',
  'front_desk.mark_in_error': 'contatto segnato come errore',
};
const CHANNEL: Record<string, string> = {
  DESK: 'allo sportello',
  PHONE: 'telefono',
  EMAIL: 'email',
  VIDEO: 'video',
};
const TOPIC: Record<string, string> = {
  INFORMATION: 'informazioni',
  CV_HELP: 'aiuto con il CV',
  ORIENTATION: 'orientamento',
  COMPANY: 'azienda',
  OTHER: 'altro',
};
/** Joins sentences, adding a full stop only where the text has none. */
const sentences = (...parts: string[]) =>
  parts.map((part) => (/[.!?…]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`)).join(' ');

const INTERNSHIP_STATUS: Record<string, string> = {
  PROPOSED: 'proposto',
  AGREEMENT_SIGNED: 'convenzione firmata',
  ACTIVE: 'in corso',
  SUSPENDED: 'sospeso',
  INTERRUPTED: 'interrotto',
  COMPLETED: 'concluso',
};
const BOOKING_STATUS: Record<string, string> = {
  BOOKED: 'prenotato',
  CANCELLED: 'annullato',
  ATTENDED: 'svolto',
  NO_SHOW: 'assente',
};
const INTERVIEW_STATUS: Record<string, string> = {
  PROPOSED: 'in attesa di risposta',
  ACCEPTED: 'accettato',
  DECLINED: 'rifiutato',
  CANCELLED: 'annullato',
  NEW_DATE_REQUESTED: 'chiesta un’altra data',
};
const REFERRAL_STATUS: Record<string, string> = {
  SENT: 'inviata',
  IN_ASSESSMENT: 'in valutazione',
  GRANTED: 'concesso',
  REFUSED: 'non concesso',
};

const PARTICIPATION_STATUS: Record<string, string> = {
  ACTIVE: 'in corso',
  INTERRUPTED: 'interrotta',
  ENDED: 'conclusa',
};
const ENROLMENT_STATUS: Record<string, string> = {
  ENROLLED: 'iscritto/a',
  WITHDRAWN: 'ritirato/a',
  COMPLETED: 'completato',
};
const ATTENDANCE_STATUS: Record<string, string> = {
  PRESENT: 'presente',
  ABSENT: 'assente',
  EXCUSED: 'assente giustificato/a',
};
const ACTION_STATUS: Record<string, string> = { TODO: 'da fare', DONE: 'fatta', CANCELLED: 'annullata' };
const CONTRACT_TYPE: Record<string, string> = {
  PERMANENT: 'tempo indeterminato',
  FIXED_TERM: 'tempo determinato',
  APPRENTICESHIP: 'apprendistato',
  AGENCY: 'somministrazione',
  INTERNSHIP: 'tirocinio',
  COLLABORATION: 'collaborazione',
  SELF_EMPLOYMENT: 'lavoro autonomo',
};
const EMPLOYMENT_STATUS: Record<string, string> = {
  UNEMPLOYED: 'disoccupato/a',
  NEVER_EMPLOYED: 'inoccupato/a',
  EMPLOYED_SEEKING: 'occupato/a in cerca di altro lavoro',
};
const VACANCY_STATUS: Record<string, string> = {
  DRAFT: 'bozza',
  SUBMITTED: 'inviata allo sportello',
  PUBLISHED: 'pubblicata',
  REJECTED: 'non accettata',
  CLOSED: 'chiusa',
  FILLED: 'coperta',
  EXPIRED: 'scaduta',
};
const COMPANY_STATUS: Record<string, string> = {
  PENDING: 'in attesa di verifica',
  VERIFIED: 'verificata',
  REJECTED: 'non accettata',
};
const OUTPLACEMENT_REASON: Record<string, string> = {
  COMPANY_CRISIS: 'crisi aziendale',
  SITE_CLOSURE: 'chiusura della sede',
  COLLECTIVE_DISMISSAL: 'licenziamento collettivo',
};
const OUTPLACEMENT_STATUS: Record<string, string> = {
  IN_CHARGE: 'in carico',
  IN_TRAINING: 'in formazione',
  RELOCATED: 'ricollocato/a',
  SELF_EMPLOYED: 'autoimpiego',
  NO_OUTCOME: 'nessun esito',
  WITHDRAWN: 'ritirato/a',
};
/** A code in Italian where the map has it, else the code itself. */
const say = (labels: Record<string, string>, code: string | null | undefined) =>
  code ? (labels[code] ?? code) : null;

type Value = string | number | boolean | Date | null | undefined;

const show = (value: Value): string => {
  if (value === null || value === undefined || value === '') return '–';
  if (value instanceof Date) return dateTime.format(value);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return String(value);
};

function renderer(title: string, author: string) {
  const { doc, done, tag, decoration } = taggedPdf({
    title,
    author,
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
  });
  const h1 = (text: string) =>
    tag('H1', () => doc.font(FONT.bold).fontSize(18).fillColor('black').text(text));
  const h2 = (text: string) => {
    doc.moveDown(0.8);
    tag('H2', () => doc.font(FONT.bold).fontSize(13).fillColor(BLUE).text(text));
    const y = doc.y + 1;
    decoration(() =>
      doc
        .moveTo(doc.page.margins.left, y)
        .lineTo(doc.page.width - doc.page.margins.right, y)
        .strokeColor(BLUE)
        .lineWidth(0.6)
        .stroke(),
    );
    doc.moveDown(0.3);
  };
  const p = (text: string, options: { bold?: boolean; grey?: boolean; indent?: number } = {}) =>
    tag('P', () =>
      doc
        .font(options.bold ? FONT.bold : FONT.regular)
        .fontSize(options.grey ? 8.5 : 9.5)
        .fillColor(options.grey ? GREY : 'black')
        .text(text, { indent: options.indent ?? 0, lineGap: 1.5 }),
    );
  /** "Etichetta: valore" pairs, joined on one paragraph. */
  const fields = (pairs: [string, Value][], indent = 0) =>
    p(pairs.map(([label, value]) => `${label}: ${show(value)}`).join(' · '), { indent });
  const none = () => p('Nessun dato.', { grey: true });
  return { doc, done, h1, h2, p, fields, none };
}

function peopleNames(people: readonly Person[]) {
  const byId = new Map(people.map((person) => [person.id, person]));
  return (id: string | null | undefined) => {
    const person = id ? byId.get(id) : undefined;
    if (!person) return '–';
    return `${person.name} (${ROLE_LABELS[person.role].toLowerCase()}${person.organisation ? `, ${person.organisation}` : ''})`;
  };
}

function intro(
  r: ReturnType<typeof renderer>,
  document: CitizenExport | CompanyExport,
  subjectLine: string,
  name: (id: string | null) => string,
) {
  r.h1('I tuoi dati presso Sportello Lavoro');
  r.p(subjectLine, { bold: true });
  r.p(
    `Copia prodotta il ${longDateTime.format(document.generatedAt)} su richiesta di ${name(document.requestedBy.id)}. Contiene i dati che ${document.controller.network} tratta tramite Sportello Lavoro, sezione per sezione; il file JSON scaricabile accanto a questo PDF contiene gli stessi dati in forma completa e leggibile da un programma (versione dello schema ${document.schemaVersion}).`,
  );
  r.p(
    `Titolare del trattamento: ${document.controller.privacyController ?? document.controller.network}.${document.controller.dpoEmail ? ` Responsabile della protezione dei dati: ${document.controller.dpoEmail}.` : ''}`,
  );
  if (document.withheld.length > 0) {
    r.p('Parti non comprese in questa copia:', { bold: true });
    for (const w of document.withheld) r.p(`• ${w.reason}`, { indent: 8 });
  }
}

function accountSection(r: ReturnType<typeof renderer>, account: CitizenExport['account']) {
  const { user } = account;
  r.fields([
    ['Nome', `${user.givenName} ${user.familyName}`],
    ['Email', user.email],
    ['Email verificata', user.emailVerifiedAt],
    ['Account creato', user.createdAt],
    ['Disattivato', user.disabledAt],
  ]);
  r.fields([
    ['Accessi (sessioni)', account.sessions.length],
    ['Browser riconosciuti', account.devices.length],
    ['Link inviati per email', account.emailLinks.length],
  ]);
  for (const identity of account.linkedIdentities)
    r.fields([
      ['Identità digitale (SPID o CIE) collegata il', identity.linkedAt],
      ['ultimo accesso con SPID o CIE', identity.lastLoginAt],
    ]);
  for (const d of account.devices)
    r.fields(
      [
        ['Browser dal', d.createdAt],
        ['ultimo accesso', d.lastLoginAt],
      ],
      8,
    );
}

function notificationsSection(r: ReturnType<typeof renderer>, n: CitizenExport['notifications']) {
  if (n.received.length === 0) r.none();
  for (const item of n.received)
    r.p(`${show(item.createdAt)} – ${item.title}${item.readAt ? '' : ' (non letta)'}`);
  for (const pref of n.emailPreferences)
    r.p(`Email per «${pref.kind}»: ${pref.email ? 'attiva' : 'disattivata'}`, { grey: true });
}

function accessLogSection(
  r: ReturnType<typeof renderer>,
  log: CitizenExport['accessLog'],
  name: (id: string | null) => string,
) {
  if (log.length === 0) r.none();
  for (const entry of log)
    r.p(
      `${show(entry.at)} – ${ACTIONS[entry.action] ?? entry.action} – ${entry.by ? name(entry.by) : entry.byIntegration ? 'integrazione di un sistema esterno' : '–'}${entry.reason ? ` – motivo: ${entry.reason}` : ''}`,
    );
}

function peopleSection(r: ReturnType<typeof renderer>, people: readonly Person[]) {
  if (people.length === 0) r.none();
  for (const person of people)
    r.p(
      `${person.name}: ${ROLE_LABELS[person.role]}${person.organisation ? `, ${person.organisation}` : ''}`,
    );
}

/** "I tuoi dati presso Sportello Lavoro": the citizen's export in readable Italian, section by section. */
export function renderCitizenExportPdf(document: CitizenExport): Promise<Buffer> {
  const { subject } = document;
  const r = renderer(
    `I tuoi dati presso Sportello Lavoro – ${subject.givenName} ${subject.familyName}`,
    document.controller.network,
  );
  const name = peopleNames(document.people);
  const t = CITIZEN_SECTION_TITLES;
  intro(
    r,
    document,
    `${subject.givenName} ${subject.familyName} – codice fiscale ${subject.codiceFiscale}`,
    name,
  );

  r.h2(t.account!);
  accountSection(r, document.account);

  r.h2(t.profile!);
  const profile = document.profile;
  r.fields([
    ['Codice fiscale', profile.codiceFiscale],
    ['Nato/a il', profile.birthDate],
    ['Residenza', profile.residenceComune?.name],
    ['Domicilio', profile.domicileComune?.name],
    ['Telefono', profile.phone],
  ]);
  r.fields([
    ['Condizione lavorativa', say(EMPLOYMENT_STATUS, profile.employmentStatus)],
    ['Tempo pieno', profile.availableFullTime],
    ['Part time', profile.availablePartTime],
    ['Turni', profile.availableForShifts],
    ['Raggio di mobilità (km)', profile.mobilityRadiusKm],
    ['Mezzo proprio', profile.hasOwnVehicle],
    ['Patenti', profile.drivingLicences.join(', ')],
    ['Registrato allo sportello da', profile.registeredBy ? name(profile.registeredBy) : null],
  ]);

  r.h2(t.consents!);
  if (document.consents.length === 0) r.none();
  for (const c of document.consents)
    r.fields([
      [CONSENT_PURPOSE[c.purpose] ?? c.purpose, `testo ${c.textVersion}`],
      ['dato il', c.grantedAt],
      ['revocato il', c.withdrawnAt],
    ]);

  r.h2(t.cv!);
  const cv = document.cv;
  if (!cv) r.none();
  else {
    r.fields([
      ['Titolo', cv.headline],
      ['Aggiornato il', cv.updatedAt],
    ]);
    if (cv.summary) r.p(cv.summary);
    if (cv.soughtOccupations.length)
      r.p(`Professioni cercate: ${cv.soughtOccupations.map((o) => o.label).join('; ')}`);
    for (const e of cv.experiences)
      r.p(
        `Esperienza: ${e.jobTitle} presso ${e.employer}, dal ${show(e.startsOn)} ${e.endsOn ? `al ${show(e.endsOn)}` : 'a oggi'}`,
      );
    for (const e of cv.education)
      r.p(
        `Istruzione: ${e.title}${e.field ? `, ${e.field}` : ''}${e.institution ? `, ${e.institution}` : ''}${e.yearCompleted ? ` (${e.yearCompleted})` : ''}`,
      );
    for (const l of cv.languages)
      r.p(
        `Lingua: ${l.languageCode}${l.motherTongue ? ' (madrelingua)' : ` – ascolto ${show(l.listening)}, lettura ${show(l.reading)}, scrittura ${show(l.writing)}`}`,
      );
    for (const c of cv.certifications) r.p(`Certificazione: ${c.name}${c.issuer ? `, ${c.issuer}` : ''}`);
    if (cv.skills.length)
      r.p(`Competenze: ${cv.skills.map((s) => `${s.label} (${s.level.toLowerCase()})`).join('; ')}`);
  }

  r.h2(t.coverLetters!);
  if (document.coverLetters.length === 0) r.none();
  for (const l of document.coverLetters)
    r.fields([
      ['Lettera', l.title],
      ['scritta il', l.createdAt],
      ['modificata il', l.updatedAt],
    ]);

  r.h2(t.applications!);
  if (document.applications.length === 0) r.none();
  for (const a of document.applications) {
    r.p(`${a.vacancy.title} – ${a.company.name}: ${APPLICATION_STATUS[a.status] ?? a.status}`, {
      bold: true,
    });
    for (const e of a.history)
      r.p(
        `${show(e.at)}: ${APPLICATION_STATUS[e.toStatus] ?? e.toStatus}${e.reason ? ` (${e.reason})` : ''}`,
        {
          indent: 8,
        },
      );
    for (const i of a.interviews)
      r.p(
        `Colloquio di lavoro ${show(i.startsAt)} (${i.mode === 'ONLINE' ? 'online' : 'in presenza'}): ${say(INTERVIEW_STATUS, i.status)}`,
        {
          indent: 8,
        },
      );
  }

  r.h2(t.colloqui!);
  if (document.colloqui.length === 0) r.none();
  for (const b of document.colloqui)
    r.fields([
      ['Colloquio', b.startsAt],
      ['sportello', b.sportello.name],
      ['modalità', b.mode === 'ONLINE' ? 'online' : 'in presenza'],
      ['stato', say(BOOKING_STATUS, b.status)],
    ]);

  r.h2(t.orientation!);
  if (document.orientation.length === 0) r.none();
  for (const o of document.orientation) {
    r.fields([
      ['Scheda del', o.heldOn],
      ['sportello', o.sportello.name],
      ['scritta da', name(o.writtenBy)],
    ]);
    r.p(sentences(`Interessi: ${o.interests}`, `Punti di forza: ${o.strengths}`, `Sintesi: ${o.summary}`), {
      indent: 8,
    });
    if (o.targetOccupations.length)
      r.p(`Obiettivi: ${o.targetOccupations.map((x) => x.label).join('; ')}`, { indent: 8 });
  }

  r.h2(t.internships!);
  if (document.internships.length === 0) r.none();
  for (const i of document.internships) {
    r.p(
      `Tirocinio presso ${i.company.name}, dal ${show(i.startsOn)} al ${show(i.endsOn)}: ${say(INTERNSHIP_STATUS, i.status)}`,
      {
        bold: true,
      },
    );
    r.fields(
      [
        ['Ore settimanali', i.hoursPerWeek],
        ['Indennità mensile', euros.format(i.monthlyIndemnityCents / 100)],
        ['Tutor aziendale', i.companyTutorName],
        ['Tutor dello sportello', name(i.promotingTutor)],
      ],
      8,
    );
    for (const m of i.monitoring)
      r.p(
        `Monitoraggio ${show(m.periodStartsOn)}–${show(m.periodEndsOn)}: ${m.hoursAttended} ore. ${m.note}`,
        {
          indent: 8,
        },
      );
  }

  r.h2(t.training!);
  if (document.training.length === 0) r.none();
  for (const e of document.training)
    r.fields([
      ['Corso', e.module.title],
      ['ente', e.module.provider],
      ['iscrizione', e.enrolledAt],
      ['stato', say(ENROLMENT_STATUS, e.status)],
    ]);

  r.h2(t.programs!);
  if (document.programs.length === 0) r.none();
  for (const a of document.programs) {
    r.fields([
      ['Bando', `${a.call.program.title} – ${a.call.title}`],
      ['domanda', a.submittedAt],
      ['posizione in graduatoria', a.ranking?.position ?? null],
      ['partecipazione', a.participation ? say(PARTICIPATION_STATUS, a.participation.status) : null],
    ]);
    for (const d of a.participation?.attendance ?? []) r.p(`${show(d.day)}: ${d.hours} ore`, { indent: 8 });
  }

  r.h2(t.selfEmployment!);
  if (document.selfEmployment.length === 0) r.none();
  for (const i of document.selfEmployment) {
    r.fields([
      ['Idea d’impresa', i.title],
      ['scritta il', i.createdAt],
      ['impresa avviata il', i.businessStartedOn],
      ['partita IVA', i.partitaIva],
    ]);
    for (const referral of i.referrals)
      r.p(
        `Microcredito presso ${referral.partner.name}: ${say(REFERRAL_STATUS, referral.status)}${
          referral.grantedAmountCents ? ` (${euros.format(referral.grantedAmountCents / 100)})` : ''
        }`,
        { indent: 8 },
      );
  }

  r.h2(t.outplacement!);
  if (document.outplacement.length === 0) r.none();
  for (const w of document.outplacement) {
    r.fields([
      ['Azienda', `${w.project.companyName} (partita IVA ${w.project.partitaIva})`],
      ['motivo', say(OUTPLACEMENT_REASON, w.project.reason)],
      ['sportello', w.project.sportello.name],
      ['dal', w.project.startsOn],
    ]);
    for (const e of w.history)
      r.p(`${show(e.statusOn)}: ${say(OUTPLACEMENT_STATUS, e.status)}${e.note ? ` – ${e.note}` : ''}`, {
        indent: 8,
      });
  }

  r.h2(t.groupActivities!);
  if (document.groupActivities.length === 0) r.none();
  for (const e of document.groupActivities) {
    r.fields([
      ['Attività', e.activity.title],
      ['iscrizione', e.enrolledAt],
      ['stato', say(ENROLMENT_STATUS, e.status)],
    ]);
    for (const a of e.attendance)
      r.p(`${show(a.session.startsAt)} – ${a.session.topic}: ${say(ATTENDANCE_STATUS, a.status)}`, {
        indent: 8,
      });
  }

  r.h2(t.caseFile!);
  const { assignments, cases } = document.caseFile;
  if (assignments.length === 0 && cases.length === 0) r.none();
  for (const a of assignments)
    r.fields([
      ['Presa in carico', a.startedAt],
      ['sportello', a.sportello.name],
      ['fino al', a.endedAt],
    ]);
  for (const c of cases) {
    r.fields([
      ['Percorso aperto il', c.openedAt],
      ['sportello', c.sportello.name],
      ['chiuso il', c.closedAt],
    ]);
    for (const v of c.pattoVersions) {
      r.p(
        `Patto di servizio, versione ${v.version}${v.acceptedAt ? `, accettata il ${show(v.acceptedAt)}` : ''}: ${v.objectives}`,
        {
          indent: 8,
        },
      );
      for (const action of v.actions)
        r.p(
          `• ${action.description}${action.dueOn ? ` (entro il ${show(action.dueOn)})` : ''}: ${say(ACTION_STATUS, action.status)}`,
          {
            indent: 16,
          },
        );
    }
    for (const d of c.sharedDiary) r.p(`Nota del ${show(d.occurredOn)}: ${d.body}`, { indent: 8 });
  }

  r.h2(t.placements!);
  if (document.placements.length === 0) r.none();
  for (const pl of document.placements)
    r.fields([
      ['Assunzione presso', pl.employerName],
      ['dal', pl.startsOn],
      ['contratto', say(CONTRACT_TYPE, pl.contractType)],
      ['verificata il', pl.verifiedAt],
    ]);

  r.h2(t.frontDesk!);
  if (document.frontDesk.length === 0) r.none();
  for (const c of document.frontDesk)
    r.fields([
      ['Contatto del', c.contactedOn],
      ['sportello', c.sportello.name],
      ['canale', say(CHANNEL, c.channel)],
      ['argomento', say(TOPIC, c.topic)],
      ['nota', c.note],
    ]);

  r.h2(t.notifications!);
  notificationsSection(r, document.notifications);

  r.h2(t.jobAlert!);
  const alert = document.jobAlert;
  if (!alert) r.none();
  else {
    r.fields([
      ['Frequenza', alert.frequency === 'DAILY' ? 'ogni giorno' : 'ogni settimana'],
      ['punteggio minimo', alert.minScore],
      ['ultimo invio', alert.lastSentAt],
      ['offerte inviate', alert.deliveries.length],
    ]);
  }

  r.h2(t.specialCategories!);
  const special = document.specialCategories;
  if (document.withheld.some((w) => w.section === 'specialCategories'))
    r.p('Non comprese in questa copia (vedi sopra).', { grey: true });
  else if (!special) r.none();
  else
    r.fields([
      ['Iscrizione al collocamento mirato (legge 68/1999)', special.law68Disability],
      ['categoria', special.disabilityCategory],
      ['Condizione di disagio economico', special.economicHardship],
      ['aggiornato il', special.updatedAt],
    ]);

  r.h2(t.accessLog!);
  r.p('Chi ha letto o modificato i tuoi dati dove la legge chiede di registrarlo.', { grey: true });
  accessLogSection(r, document.accessLog, name);

  r.h2(t.people!);
  peopleSection(r, document.people);

  r.doc.end();
  return r.done;
}

/** The company's export in readable Italian, section by section. */
export function renderCompanyExportPdf(document: CompanyExport): Promise<Buffer> {
  const { subject } = document;
  const r = renderer(
    `I dati dell’azienda presso Sportello Lavoro – ${subject.legalName}`,
    document.controller.network,
  );
  const name = peopleNames(document.people);
  const t = COMPANY_SECTION_TITLES;
  intro(r, document, `${subject.legalName} – partita IVA ${subject.partitaIva}`, name);

  // An export by the staff leaves out the members' own sections; the introduction says why.
  if (document.account) {
    r.h2(t.account!);
    accountSection(r, document.account);
  }

  r.h2(t.company!);
  const c = document.company;
  r.fields([
    ['Ragione sociale', c.legalName],
    ['Partita IVA', c.partitaIva],
    ['Codice fiscale', c.codiceFiscale],
    ['Comune', c.comuneName],
    ['Email', c.email],
    ['ATECO', c.atecoTitle],
    ['Stato', say(COMPANY_STATUS, c.status)],
    ['Registrata il', c.createdAt],
  ]);

  r.h2(t.members!);
  for (const m of document.members)
    r.fields([
      ['Nome', `${m.givenName} ${m.familyName}`],
      ['email', m.email],
      ['ruolo', m.role === 'OWNER' ? 'titolare' : 'collaboratore'],
    ]);

  r.h2(t.sites!);
  if (document.sites.length === 0) r.none();
  for (const s of document.sites) r.p(`${s.address}, ${s.comuneName}`);

  r.h2(t.vacancies!);
  if (document.vacancies.length === 0) r.none();
  for (const v of document.vacancies)
    r.fields([
      ['Offerta', v.title],
      ['stato', say(VACANCY_STATUS, v.status)],
      ['creata il', v.createdAt],
      ['scade il', v.expiresOn],
    ]);

  r.h2(t.applications!);
  if (document.applications.length === 0) r.none();
  for (const a of document.applications) {
    r.p(
      `${a.vacancy.title} – ${a.candidate.givenName} ${a.candidate.familyName}: ${APPLICATION_STATUS[a.status] ?? a.status}`,
      { bold: true },
    );
    for (const i of a.interviews)
      r.p(`Colloquio di lavoro ${show(i.startsAt)}: ${say(INTERVIEW_STATUS, i.status)}`, { indent: 8 });
  }

  r.h2(t.colloqui!);
  if (document.colloqui.length === 0) r.none();
  for (const b of document.colloqui)
    r.fields([
      ['Colloquio', b.startsAt],
      ['sportello', b.sportello.name],
      ['stato', say(BOOKING_STATUS, b.status)],
    ]);

  r.h2(t.internships!);
  if (document.internships.length === 0) r.none();
  for (const i of document.internships)
    r.fields([
      ['Tirocinante', `${i.trainee.givenName} ${i.trainee.familyName}`],
      ['dal', i.startsOn],
      ['al', i.endsOn],
      ['stato', say(INTERNSHIP_STATUS, i.status)],
    ]);

  r.h2(t.services!);
  if (document.services.contacts.length === 0) r.none();
  for (const c of document.services.contacts)
    r.fields([
      ['Contatto', c.contactedOn],
      ['canale', say(COMPANY_CONTACT_CHANNEL, c.channel)],
      ['sintesi', c.summary],
    ]);
  for (const n of document.services.needs)
    r.p(`Fabbisogno: ${n.occupation.label}, ${n.headcount} entro il ${show(n.neededBy)}`, { indent: 8 });

  if (document.notifications) {
    r.h2(t.notifications!);
    notificationsSection(r, document.notifications);
  }

  r.h2(t.accessLog!);
  accessLogSection(r, document.accessLog, name);

  r.h2(t.people!);
  peopleSection(r, document.people);

  r.doc.end();
  return r.done;
}
