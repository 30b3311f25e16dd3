import {
  type Announcement,
  attempt,
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  hasErrors,
  InternshipEvaluationResult,
  InternshipHire,
  internshipOutcomeLabels,
  it,
  mapUserErrors,
  noErrors,
  type PickedSkill,
  SelectField,
  SkillPicker,
  TextAreaField,
  TextField,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { searchSkills } from '../esco-search';
import { labels, options, skillLevelGrades } from '../format';
import { graphql } from '../gql';
import type { ContractType, InternshipOutcome, SkillLevel } from '../gql/graphql';
import type { Internship } from './InternshipPage';

const CompleteMutation = graphql(`
  mutation InternshipEvaluation_CompleteMutation($id: ID!, $input: CompleteInternshipInput!) {
    completeInternship(id: $id, input: $input) {
      internship {
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

type EvaluationField =
  | 'outcome'
  | 'judgement'
  | 'acquiredSkills'
  | 'contractType'
  | 'startsOn'
  | 'durationMonths';
const evaluationLabels: Record<EvaluationField, string> = {
  outcome: 'Esito',
  judgement: 'Giudizio complessivo',
  acquiredSkills: 'Competenze acquisite',
  contractType: 'Tipo di contratto',
  startsOn: 'Data di assunzione',
  durationMonths: 'Durata in mesi',
};
const evaluationIds: Record<EvaluationField, string> = {
  outcome: 'evaluation-outcome',
  judgement: 'evaluation-judgement',
  acquiredSkills: 'evaluation-skills-search',
  contractType: 'hire-contract',
  startsOn: 'hire-starts-on',
  durationMonths: 'hire-duration',
};

export function InternshipEvaluation({
  internship: i,
  onDone,
}: {
  internship: Internship;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<InternshipOutcome | ''>('');
  const [judgement, setJudgement] = useState('');
  const [skills, setSkills] = useState<PickedSkill<SkillLevel>[]>(() =>
    i.targetSkills.map((skill) => ({ uri: skill.uri, label: skill.label, grade: 'BASIC' as const })),
  );
  const [hired, setHired] = useState(false);
  const [contractType, setContractType] = useState<ContractType | ''>('');
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const [errors, setErrors] = useState<FormErrors<EvaluationField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  if (i.evaluation) {
    return (
      <InternshipEvaluationResult internship={i}>
        <InternshipHire internship={i} />
      </InternshipEvaluationResult>
    );
  }
  if (i.status !== 'ACTIVE') return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<EvaluationField>();
    if (!outcome) next.fields.outcome = 'Scegli l’esito del tirocinio.';
    if (!judgement.trim()) next.fields.judgement = 'Scrivi il giudizio complessivo.';
    if (hired && !contractType) next.fields.contractType = 'Scegli il tipo di contratto.';
    if (hired && !startsOn) next.fields.startsOn = 'Scrivi la data di assunzione.';
    if (!hasErrors(next) && outcome) {
      setPending(true);
      const userErrors = await attempt(async () => {
        const result = await client.request(CompleteMutation, {
          id: i.id,
          input: {
            outcome,
            judgement,
            acquiredSkills: skills.map((skill) => ({ skillUri: skill.uri, level: skill.grade ?? 'BASIC' })),
            hire:
              hired && contractType
                ? { contractType, startsOn, durationMonths: months.trim() ? Number(months) : null }
                : null,
          },
        });
        return result.completeInternship.userErrors;
      });
      setPending(false);
      if (userErrors.length === 0) {
        await onDone({
          kind: 'success',
          text: hired
            ? 'Il tirocinio è concluso; l’assunzione è registrata tra gli inserimenti.'
            : 'Il tirocinio è concluso.',
        });
        return;
      }
      next = mapUserErrors(userErrors, Object.keys(evaluationLabels) as EvaluationField[], {
        skillUri: 'acquiredSkills',
      });
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="evaluation">
      <h2 id="evaluation">Valutazione finale</h2>
      <p>
        La valutazione finale conclude il tirocinio. Se l’azienda assume il tirocinante, registra
        l’assunzione.
      </p>
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="evaluation-form">
        <ErrorSummary errors={errors} labels={evaluationLabels} ids={evaluationIds} focusKey={submits} />
        <SelectField
          id={evaluationIds.outcome}
          label={evaluationLabels.outcome}
          value={outcome}
          onChange={(value) => setOutcome(value as InternshipOutcome)}
          options={options(internshipOutcomeLabels)}
          placeholder="Scegli l’esito"
          error={errors.fields.outcome}
        />
        <TextAreaField
          id={evaluationIds.judgement}
          label={evaluationLabels.judgement}
          value={judgement}
          onChange={setJudgement}
          maxLength={5000}
          error={errors.fields.judgement}
        />
        <SkillPicker
          id="evaluation-skills"
          legend="Competenze acquisite (ESCO)"
          grades={skillLevelGrades}
          search={searchSkills}
          picked={skills}
          onChange={setSkills}
          error={errors.fields.acquiredSkills}
        />
        <CheckboxField
          id="hired"
          label="L’azienda assume il tirocinante"
          checked={hired}
          onChange={setHired}
        />
        {hired ? (
          <>
            <SelectField
              id={evaluationIds.contractType}
              label={evaluationLabels.contractType}
              value={contractType}
              onChange={(value) => setContractType(value as ContractType)}
              options={options(labels.contractType)}
              placeholder="Scegli il contratto"
              error={errors.fields.contractType}
            />
            <TextField
              id={evaluationIds.startsOn}
              type="date"
              label={evaluationLabels.startsOn}
              value={startsOn}
              onChange={setStartsOn}
              error={errors.fields.startsOn}
            />
            <TextField
              id={evaluationIds.durationMonths}
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              step={1}
              label={evaluationLabels.durationMonths}
              hint="Da 1 a 120 mesi. Lascia vuoto per un contratto a tempo indeterminato."
              value={months}
              onChange={setMonths}
              optional
              error={errors.fields.durationMonths}
            />
          </>
        ) : null}
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Concludi il tirocinio'}
          </Button>
        </div>
      </form>
    </section>
  );
}
