import {
  ErrorSummary,
  type FormErrors,
  failure,
  hasErrors,
  internshipTypeLabels,
  it,
  LoadError,
  mapUserErrors,
  noErrors,
  type PickedSkill,
  SelectField,
  SkillPicker,
  TextAreaField,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { searchSkills } from '../esco-search';
import { options } from '../format';
import { graphql } from '../gql';
import type { InternshipType } from '../gql/graphql';

const HostCompaniesQuery = graphql(`
  query ProposeInternshipForm_CompaniesQuery {
    companies(status: VERIFIED, first: 100) {
      edges {
        node {
          id
          legalName
          sites {
            id
            address
            comune {
              name
            }
          }
        }
      }
    }
  }
`);

const ProposeInternshipMutation = graphql(`
  mutation ProposeInternshipForm_ProposeMutation($input: ProposeInternshipInput!, $idempotencyKey: String) {
    proposeInternship(input: $input, idempotencyKey: $idempotencyKey) {
      internship {
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

type Field =
  | 'traineeId'
  | 'companyId'
  | 'companySiteId'
  | 'type'
  | 'tutorName'
  | 'tutorRole'
  | 'tutorEmail'
  | 'tutorPhone'
  | 'objectives'
  | 'activities'
  | 'targetSkillUris'
  | 'startsOn'
  | 'endsOn'
  | 'hoursPerWeek'
  | 'indemnity';
const fieldLabels: Record<Field, string> = {
  traineeId: 'Tirocinante',
  companyId: 'Azienda ospitante',
  companySiteId: 'Sede del tirocinio',
  type: 'Tipo di tirocinio',
  tutorName: 'Nome e cognome del tutor aziendale',
  tutorRole: 'Ruolo del tutor aziendale',
  tutorEmail: 'Email del tutor aziendale',
  tutorPhone: 'Telefono del tutor aziendale',
  objectives: 'Obiettivi',
  activities: 'Attività',
  targetSkillUris: 'Competenze da acquisire',
  startsOn: 'Data di inizio',
  endsOn: 'Data di fine',
  hoursPerWeek: 'Ore settimanali',
  indemnity: 'Indennità mensile in euro',
};
const fieldIds = Object.fromEntries(
  Object.keys(fieldLabels).map((field) => [field, `internship-${field}`]),
) as Record<Field, string>;
fieldIds.targetSkillUris = 'internship-skills-search';
const aliases: Partial<Record<string, Field>> = {
  'companyTutor.name': 'tutorName',
  'companyTutor.role': 'tutorRole',
  'companyTutor.email': 'tutorEmail',
  'companyTutor.phone': 'tutorPhone',
  monthlyIndemnityCents: 'indemnity',
};

/** Euro as typed in Italy ("600", "600,50") to cents; null when it is not an amount. */
function euroToCents(value: string): number | null {
  const match = /^(\d{1,7})(?:[,.](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

const blank = {
  traineeId: '',
  companyId: '',
  companySiteId: '',
  type: '' as InternshipType | '',
  tutorName: '',
  tutorRole: '',
  tutorEmail: '',
  tutorPhone: '',
  objectives: '',
  activities: '',
  startsOn: '',
  endsOn: '',
  hoursPerWeek: '',
  indemnity: '',
};

/** An operator proposes a tirocinio; they become its promoting tutor, their sportello its promoter. */
export function ProposeInternshipForm({ onProposed }: { onProposed: () => Promise<void> }) {
  const citizens = useCitizenOptions();
  const companies = useQuery({
    queryKey: ['companies', 'VERIFIED', 'options'],
    queryFn: () => client.request(HostCompaniesQuery),
  });
  const [announcement, announce] = useAnnouncement();
  const [values, setValues] = useState(blank);
  const [skills, setSkills] = useState<PickedSkill[]>([]);
  // One key per proposal: a repeated submit of the same form creates one tirocinio.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (field: keyof typeof blank) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const hosts = companies.data?.companies.edges.map((e) => e.node) ?? [];
  const sites = hosts.find((c) => c.id === values.companyId)?.sites ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<Field>();
    const required: [Field, string][] = [
      ['traineeId', 'Scegli il tirocinante.'],
      ['companyId', 'Scegli l’azienda ospitante.'],
      ['type', 'Scegli il tipo di tirocinio.'],
      ['tutorName', 'Scrivi il nome del tutor aziendale.'],
      ['objectives', 'Scrivi gli obiettivi del progetto formativo.'],
      ['activities', 'Scrivi le attività del progetto formativo.'],
      ['startsOn', 'Scrivi la data di inizio.'],
      ['endsOn', 'Scrivi la data di fine.'],
      ['hoursPerWeek', 'Scrivi le ore settimanali.'],
    ];
    for (const [field, message] of required) {
      if (!values[field as keyof typeof blank].trim()) next.fields[field] = message;
    }
    const cents = euroToCents(values.indemnity || '0');
    if (cents === null) next.fields.indemnity = 'Scrivi l’importo in euro, per esempio 600 o 600,50.';
    if (values.hoursPerWeek && !/^\d+$/.test(values.hoursPerWeek.trim()))
      next.fields.hoursPerWeek = 'Scrivi le ore settimanali in numero intero.';
    if (!hasErrors(next) && values.type && cents !== null) {
      setPending(true);
      try {
        const { proposeInternship } = await client.request(ProposeInternshipMutation, {
          idempotencyKey,
          input: {
            traineeId: values.traineeId,
            companyId: values.companyId,
            companySiteId: values.companySiteId || null,
            type: values.type,
            companyTutor: {
              name: values.tutorName,
              role: values.tutorRole || null,
              email: values.tutorEmail || null,
              phone: values.tutorPhone || null,
            },
            objectives: values.objectives,
            activities: values.activities,
            targetSkillUris: skills.map((skill) => skill.uri),
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            hoursPerWeek: Number(values.hoursPerWeek),
            monthlyIndemnityCents: cents,
          },
        });
        if (proposeInternship.internship && proposeInternship.userErrors.length === 0) {
          const name = citizens.options.find((o) => o.value === values.traineeId)?.name ?? 'la persona';
          announce({ kind: 'success', text: `Tirocinio proposto per ${name}: è nell’elenco qui sopra.` });
          setValues(blank);
          setSkills([]);
          setIdempotencyKey(crypto.randomUUID());
          setErrors(noErrors());
          await onProposed();
          return;
        }
        next = mapUserErrors(proposeInternship.userErrors, Object.keys(fieldLabels) as Field[], aliases);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="propose-internship">
      <h2 id="propose-internship">Proponi un tirocinio</h2>
      <p>
        Chi propone il tirocinio ne è il tutor del soggetto promotore, per il proprio sportello. Il tirocinio
        di inclusione è riservato alle persone iscritte al collocamento mirato (legge 68/1999): la verifica
        resta nel registro degli accessi.
      </p>
      {announcement}
      {citizens.error ? <LoadError error={citizens.error} retry={() => citizens.refetch()} /> : null}
      {companies.error ? <LoadError error={companies.error} retry={() => companies.refetch()} /> : null}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="propose-internship-form">
        <ErrorSummary errors={errors} labels={fieldLabels} ids={fieldIds} focusKey={submits} />
        <SelectField
          id={fieldIds.traineeId}
          label={fieldLabels.traineeId}
          hint="Nome e codice fiscale."
          value={values.traineeId}
          onChange={set('traineeId')}
          options={citizens.options}
          placeholder={citizens.isPending ? it.common.loading : 'Scegli la persona'}
          error={errors.fields.traineeId}
        />
        <SelectField
          id={fieldIds.companyId}
          label={fieldLabels.companyId}
          hint="Solo le aziende verificate dallo sportello."
          value={values.companyId}
          onChange={(value) => setValues((v) => ({ ...v, companyId: value, companySiteId: '' }))}
          options={hosts.map((c) => ({ value: c.id, label: c.legalName }))}
          placeholder={companies.isPending ? it.common.loading : 'Scegli l’azienda'}
          error={errors.fields.companyId}
        />
        {sites.length ? (
          <SelectField
            id={fieldIds.companySiteId}
            label={fieldLabels.companySiteId}
            value={values.companySiteId}
            onChange={set('companySiteId')}
            options={sites.map((s) => ({ value: s.id, label: `${s.address}, ${s.comune.name}` }))}
            placeholder="Scegli la sede"
            optional
            error={errors.fields.companySiteId}
          />
        ) : null}
        <SelectField
          id={fieldIds.type}
          label={fieldLabels.type}
          value={values.type}
          onChange={set('type')}
          options={options(internshipTypeLabels)}
          placeholder="Scegli il tipo"
          error={errors.fields.type}
        />
        <TextField
          id={fieldIds.tutorName}
          label={fieldLabels.tutorName}
          value={values.tutorName}
          onChange={set('tutorName')}
          maxLength={200}
          autoComplete="off"
          error={errors.fields.tutorName}
        />
        <TextField
          id={fieldIds.tutorRole}
          label={fieldLabels.tutorRole}
          value={values.tutorRole}
          onChange={set('tutorRole')}
          maxLength={200}
          optional
          error={errors.fields.tutorRole}
        />
        <TextField
          id={fieldIds.tutorEmail}
          type="email"
          label={fieldLabels.tutorEmail}
          value={values.tutorEmail}
          onChange={set('tutorEmail')}
          autoComplete="off"
          optional
          error={errors.fields.tutorEmail}
        />
        <TextField
          id={fieldIds.tutorPhone}
          type="tel"
          label={fieldLabels.tutorPhone}
          value={values.tutorPhone}
          onChange={set('tutorPhone')}
          autoComplete="off"
          optional
          error={errors.fields.tutorPhone}
        />
        <TextAreaField
          id={fieldIds.objectives}
          label={fieldLabels.objectives}
          hint="Che cosa il tirocinante deve imparare: da 10 a 5000 caratteri."
          value={values.objectives}
          onChange={set('objectives')}
          maxLength={5000}
          error={errors.fields.objectives}
        />
        <TextAreaField
          id={fieldIds.activities}
          label={fieldLabels.activities}
          hint="Che cosa farà in azienda: da 10 a 5000 caratteri."
          value={values.activities}
          onChange={set('activities')}
          maxLength={5000}
          error={errors.fields.activities}
        />
        <SkillPicker
          id="internship-skills"
          legend="Competenze da acquisire (ESCO)"
          search={searchSkills}
          picked={skills}
          onChange={setSkills}
          error={errors.fields.targetSkillUris}
        />
        <TextField
          id={fieldIds.startsOn}
          type="date"
          label={fieldLabels.startsOn}
          value={values.startsOn}
          onChange={set('startsOn')}
          error={errors.fields.startsOn}
        />
        <TextField
          id={fieldIds.endsOn}
          type="date"
          label={fieldLabels.endsOn}
          hint="Al massimo 12 mesi dopo l’inizio, 24 per il tirocinio di inclusione."
          value={values.endsOn}
          onChange={set('endsOn')}
          error={errors.fields.endsOn}
        />
        <TextField
          id={fieldIds.hoursPerWeek}
          type="number"
          inputMode="numeric"
          min={1}
          max={40}
          step={1}
          label={fieldLabels.hoursPerWeek}
          hint="Da 1 a 40."
          value={values.hoursPerWeek}
          onChange={set('hoursPerWeek')}
          error={errors.fields.hoursPerWeek}
        />
        <TextField
          id={fieldIds.indemnity}
          inputMode="decimal"
          label={fieldLabels.indemnity}
          hint="Lorda, per esempio 600 o 600,50. Lascia vuoto se non è prevista."
          value={values.indemnity}
          onChange={set('indemnity')}
          optional
          error={errors.fields.indemnity}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Proponi il tirocinio'}
          </Button>
        </div>
      </form>
    </section>
  );
}
