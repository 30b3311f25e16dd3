/**
 * What each event tells, in plain Italian, and to whom. Services call `notify(tx, await event(...))`
 * at the end of the function that changes the state, inside its transaction.
 */
import {
  applications,
  companies,
  companyMembers,
  type Db,
  type Tx,
  trainingEnrolments,
  trainingModules,
  vacancies,
} from '@sportello/db';
import { and, eq } from 'drizzle-orm';
import { formatItalianDateTime } from '../../lib/format.js';
import type { NotificationEvent } from './service.js';

type Q = Db | Tx;

interface ApplicationLike {
  id: string;
  networkId: string;
  vacancyId: string;
  companyId: string;
  citizenId: string;
  status: string;
  proposedBy: string | null;
}

const longDate = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'UTC' });
const italianDate = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

/** The users who act for a company. */
export async function companyMemberIds(tx: Q, companyId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: companyMembers.userId })
    .from(companyMembers)
    .where(eq(companyMembers.companyId, companyId));
  return rows.map((row) => row.userId);
}

async function companyName(tx: Q, companyId: string): Promise<string> {
  const [row] = await tx
    .select({ name: companies.legalName })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.name ?? '';
}

async function vacancyTitle(tx: Q, vacancyId: string): Promise<string> {
  const [row] = await tx
    .select({ title: vacancies.title })
    .from(vacancies)
    .where(eq(vacancies.id, vacancyId));
  return row?.title ?? '';
}

export async function companyReviewed(
  tx: Q,
  company: {
    id: string;
    networkId: string;
    legalName: string;
    status: string;
    rejectionReason: string | null;
  },
): Promise<NotificationEvent> {
  const verified = company.status === 'VERIFIED';
  return {
    kind: 'COMPANY_REVIEWED',
    networkId: company.networkId,
    recipients: await companyMemberIds(tx, company.id),
    portal: 'COMPANY',
    path: '/area-riservata',
    subjectId: company.id,
    title: verified
      ? `${company.legalName} è verificata`
      : `La registrazione di ${company.legalName} non è stata accettata`,
    body: verified
      ? `Lo sportello lavoro ha verificato ${company.legalName}: ora puoi pubblicare offerte di lavoro e ospitare tirocini.`
      : `Lo sportello lavoro non ha accettato la registrazione di ${company.legalName}.\nMotivo: ${company.rejectionReason ?? ''}\nPer chiarimenti rivolgiti allo sportello.`,
  };
}

export async function vacancyReviewed(
  tx: Q,
  vacancy: {
    id: string;
    networkId: string;
    companyId: string;
    title: string;
    status: string;
    rejectionReason: string | null;
  },
): Promise<NotificationEvent> {
  const published = vacancy.status === 'PUBLISHED';
  return {
    kind: 'VACANCY_REVIEWED',
    networkId: vacancy.networkId,
    recipients: await companyMemberIds(tx, vacancy.companyId),
    portal: 'COMPANY',
    path: `/offerte/${vacancy.id}`,
    subjectId: vacancy.id,
    title: published ? `Offerta pubblicata: ${vacancy.title}` : `Offerta non pubblicata: ${vacancy.title}`,
    body: published
      ? `Lo sportello lavoro ha pubblicato la tua offerta «${vacancy.title}»: da ora le persone possono candidarsi.`
      : `Lo sportello lavoro non ha pubblicato la tua offerta «${vacancy.title}».\nMotivo: ${vacancy.rejectionReason ?? ''}\nPuoi correggerla e inviarla di nuovo.`,
  };
}

/** The sportello prepared a draft from a need found at a contact: the company completes and sends it. */
export async function vacancyDraftPrepared(
  tx: Q,
  vacancy: { id: string; networkId: string; companyId: string; title: string },
  need: { recordedOn: string; channel: string },
): Promise<NotificationEvent> {
  const at =
    need.channel === 'COMPANY_VISIT'
      ? 'alla visita'
      : need.channel === 'EVENT'
        ? 'all’incontro'
        : 'al contatto';
  return {
    kind: 'VACANCY_DRAFT_PREPARED',
    networkId: vacancy.networkId,
    recipients: await companyMemberIds(tx, vacancy.companyId),
    portal: 'COMPANY',
    path: `/offerte/${vacancy.id}`,
    subjectId: vacancy.id,
    title: `Bozza di offerta da completare: ${vacancy.title}`,
    body: `Lo sportello lavoro ha preparato una bozza di offerta «${vacancy.title}» dal fabbisogno emerso ${at} del ${italianDate(need.recordedOn)}.\nCompletala con le mansioni e la retribuzione, controlla contratto, orario e sede, poi inviala allo sportello per la pubblicazione: finché non la invii, nessuno la vede.`,
  };
}

export async function applicationReceived(tx: Q, application: ApplicationLike): Promise<NotificationEvent> {
  const title = await vacancyTitle(tx, application.vacancyId);
  return {
    kind: 'APPLICATION_RECEIVED',
    networkId: application.networkId,
    recipients: await companyMemberIds(tx, application.companyId),
    portal: 'COMPANY',
    path: `/offerte/${application.vacancyId}`,
    subjectId: application.id,
    title: `Nuova candidatura: ${title}`,
    body: `Una persona si è candidata alla tua offerta «${title}». Trovi la candidatura e il suo CV nella pagina dell'offerta.`,
  };
}

export async function candidaturesAwaitingAnswer(
  tx: Q,
  application: ApplicationLike,
  count: number,
  days: number,
): Promise<NotificationEvent> {
  const title = await vacancyTitle(tx, application.vacancyId);
  const which = count === 1 ? 'Una candidatura aspetta' : `${count} candidature aspettano`;
  return {
    kind: 'APPLICATION_AWAITING_ANSWER',
    networkId: application.networkId,
    recipients: await companyMemberIds(tx, application.companyId),
    portal: 'COMPANY',
    path: `/offerte/${application.vacancyId}`,
    subjectId: application.vacancyId,
    title: `Candidature in attesa di risposta: ${title}`,
    body: `${which} la tua risposta da almeno ${days} giorni per l'offerta «${title}». Dai una risposta a ogni persona, anche se non è adatta: se entro altri ${days} giorni non rispondi, la candidatura si chiude e la persona riceve l'avviso che non hai risposto.`,
  };
}

const CITIZEN_STATUS: Record<string, string> = {
  SHORTLISTED: 'sei in preselezione: l’azienda ha scelto di approfondire il tuo profilo',
  INTERVIEW: 'l’azienda vuole conoscerti con un colloquio',
  OFFER: 'l’azienda ti fa un’offerta di lavoro',
  HIRED: 'l’azienda ha registrato la tua assunzione. Complimenti',
  REJECTED:
    'l’azienda ha scelto altre persone. Non scoraggiarti: lo sportello può aiutarti a trovare altre offerte',
  NO_ANSWER:
    'l’azienda non ha risposto nel tempo previsto, quindi la candidatura è chiusa. Non scoraggiarti: lo sportello può aiutarti a trovare altre offerte',
};

export async function applicationStatusChanged(
  tx: Q,
  application: ApplicationLike,
): Promise<NotificationEvent> {
  const title = await vacancyTitle(tx, application.vacancyId);
  return {
    kind: 'APPLICATION_STATUS_CHANGED',
    networkId: application.networkId,
    recipients: [application.citizenId],
    portal: 'CITIZEN',
    path: '/candidature',
    subjectId: application.id,
    title: `Novità sulla tua candidatura: ${title}`,
    body: `Per la tua candidatura all'offerta «${title}» di ${await companyName(tx, application.companyId)}: ${CITIZEN_STATUS[application.status] ?? 'lo stato è cambiato'}.`,
  };
}

export async function candidateProposed(tx: Q, application: ApplicationLike): Promise<NotificationEvent> {
  const title = await vacancyTitle(tx, application.vacancyId);
  return {
    kind: 'CANDIDATE_PROPOSED',
    networkId: application.networkId,
    recipients: [application.citizenId],
    portal: 'CITIZEN',
    path: '/proposte',
    subjectId: application.id,
    title: `Lo sportello ti propone per un'offerta: ${title}`,
    body: `Lo sportello lavoro pensa che l'offerta «${title}» di ${await companyName(tx, application.companyId)} sia adatta a te. L'azienda vedrà il tuo CV solo se accetti: apri la proposta per leggerla e rispondere.`,
  };
}

export async function proposalAnswered(
  tx: Q,
  application: ApplicationLike,
  accepted: boolean,
): Promise<NotificationEvent[]> {
  const title = await vacancyTitle(tx, application.vacancyId);
  const answer = accepted ? 'ha accettato' : 'ha rifiutato';
  const common = {
    kind: 'PROPOSAL_ANSWERED' as const,
    networkId: application.networkId,
    path: `/offerte/${application.vacancyId}`,
    subjectId: application.id,
    title: `Proposta ${accepted ? 'accettata' : 'rifiutata'}: ${title}`,
  };
  return [
    {
      ...common,
      recipients: accepted ? await companyMemberIds(tx, application.companyId) : [],
      portal: 'COMPANY',
      body: `La persona che lo sportello ha proposto per l'offerta «${title}» ha accettato: la sua candidatura e il suo CV sono nella pagina dell'offerta.`,
    },
    {
      ...common,
      recipients: application.proposedBy ? [application.proposedBy] : [],
      portal: 'OPERATOR',
      body: `La persona che hai proposto per l'offerta «${title}» ${answer} la proposta.`,
    },
  ];
}

export async function interviewProposed(
  tx: Q,
  interview: {
    id: string;
    networkId: string;
    applicationId: string;
    citizenId: string;
    companyId: string;
    startsAt: Date;
    location: string | null;
    videoUrl: string | null;
  },
  calendar: NotificationEvent['calendar'],
): Promise<NotificationEvent> {
  const when = formatItalianDateTime(interview.startsAt);
  const where = interview.location ?? `online, su ${interview.videoUrl}`;
  return {
    kind: 'INTERVIEW_PROPOSED',
    networkId: interview.networkId,
    recipients: [interview.citizenId],
    portal: 'CITIZEN',
    path: '/candidature',
    subjectId: interview.id,
    title: `Proposta di colloquio di lavoro: ${when}`,
    body: `${await companyName(tx, interview.companyId)} ti propone un colloquio di lavoro.\n\nQuando: ${when}\nDove: ${where}\n\nAccetta o rifiuta dal portale. In allegato trovi l'invito da aggiungere al tuo calendario.`,
    calendar,
  };
}

export async function interviewAnswered(
  tx: Q,
  interview: {
    id: string;
    networkId: string;
    applicationId: string;
    companyId: string;
    startsAt: Date;
    status: string;
  },
): Promise<NotificationEvent> {
  const answer =
    interview.status === 'ACCEPTED'
      ? 'accettato'
      : interview.status === 'NEW_DATE_REQUESTED'
        ? 'chiesto un’altra data per'
        : 'rifiutato';
  const [application] = await tx
    .select({ vacancyId: applications.vacancyId })
    .from(applications)
    .where(eq(applications.id, interview.applicationId));
  const when = formatItalianDateTime(interview.startsAt);
  return {
    kind: 'INTERVIEW_ANSWERED',
    networkId: interview.networkId,
    recipients: await companyMemberIds(tx, interview.companyId),
    portal: 'COMPANY',
    path: `/offerte/${application?.vacancyId ?? ''}`,
    subjectId: interview.id,
    title: `Colloquio di lavoro di ${when}: la persona candidata ha ${answer} il colloquio`,
    body: `La persona candidata ha ${answer} il colloquio di lavoro di ${when}. I dettagli e la sua nota sono nella pagina dell'offerta.`,
  };
}

const INTERNSHIP_CHANGE: Record<string, string> = {
  PROPOSED: 'Lo sportello lavoro propone il tirocinio',
  AGREEMENT_SIGNED: 'La convenzione del tirocinio è firmata',
  ACTIVE: 'Il tirocinio è iniziato',
  SUSPENDED: 'Il tirocinio è sospeso',
  INTERRUPTED: 'Il tirocinio è interrotto',
  COMPLETED: 'Il tirocinio è concluso, con la valutazione finale',
};

export async function internshipChanged(
  tx: Q,
  internship: {
    id: string;
    networkId: string;
    companyId: string;
    citizenId: string;
    status: string;
    startsOn: string;
    endsOn: string;
    statusReason: string | null;
  },
): Promise<NotificationEvent[]> {
  const company = await companyName(tx, internship.companyId);
  const change = INTERNSHIP_CHANGE[internship.status] ?? 'Il tirocinio è cambiato';
  const reason = internship.statusReason ? `\nMotivo: ${internship.statusReason}` : '';
  const period = `dal ${italianDate(internship.startsOn)} al ${italianDate(internship.endsOn)}`;
  const common = {
    kind: 'INTERNSHIP' as const,
    networkId: internship.networkId,
    path: `/tirocini/${internship.id}`,
    subjectId: internship.id,
    title: `${change}: ${company}`,
  };
  return [
    {
      ...common,
      recipients: [internship.citizenId],
      portal: 'CITIZEN',
      body: `${change} presso ${company}, ${period}.${reason}\nI dettagli, gli obiettivi e i contatti del tutor sono nella pagina del tirocinio.`,
    },
    {
      ...common,
      recipients: await companyMemberIds(tx, internship.companyId),
      portal: 'COMPANY',
      body: `${change} che la tua azienda ospita, ${period}.${reason}\nI dettagli sono nella pagina del tirocinio.`,
    },
  ];
}

export async function trainingPlaceConfirmed(
  tx: Q,
  enrolment: { id: string; networkId: string; citizenId: string; moduleId: string },
): Promise<NotificationEvent> {
  const [module] = await tx.select().from(trainingModules).where(eq(trainingModules.id, enrolment.moduleId));
  return {
    kind: 'TRAINING',
    networkId: enrolment.networkId,
    recipients: [enrolment.citizenId],
    portal: 'CITIZEN',
    path: `/corsi/${enrolment.moduleId}`,
    subjectId: enrolment.id,
    title: `Posto confermato: ${module?.title ?? ''}`,
    body: `Hai un posto nel corso «${module?.title ?? ''}», dal ${module ? italianDate(module.startsOn) : ''} al ${module ? italianDate(module.endsOn) : ''}. Se non puoi partecipare, ritira l'iscrizione dal portale: il posto servirà a un'altra persona.`,
  };
}

export async function trainingModuleCancelled(
  tx: Q,
  module: { id: string; networkId: string; title: string },
): Promise<NotificationEvent> {
  const enrolled = await tx
    .select({ citizenId: trainingEnrolments.citizenId })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.moduleId, module.id), eq(trainingEnrolments.status, 'ENROLLED')));
  return {
    kind: 'TRAINING',
    networkId: module.networkId,
    recipients: enrolled.map((row) => row.citizenId),
    portal: 'CITIZEN',
    path: '/iscrizioni',
    subjectId: module.id,
    title: `Corso annullato: ${module.title}`,
    body: `Lo sportello lavoro ha annullato il corso «${module.title}» a cui eri iscritto. Ci scusiamo: trovi altri corsi nel portale, oppure chiedi allo sportello.`,
  };
}
