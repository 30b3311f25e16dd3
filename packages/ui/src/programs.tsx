/** One rule of a bando applied to a person, as the API returns it. */
export interface EligibilityCheckLike {
  rule: string;
  outcome: 'PASS' | 'FAIL' | 'TO_DECLARE';
  reason: string;
}

const OUTCOME_LABEL = {
  PASS: 'Requisito rispettato',
  FAIL: 'Requisito non rispettato',
  TO_DECLARE: 'Da dichiarare nella domanda',
} as const;
const OUTCOME_MARK = { PASS: '✓', FAIL: '✗', TO_DECLARE: '?' } as const;

/** The requirements of a bando, one line each, with the reason in plain words. */
export function EligibilityChecks({ checks }: { checks: readonly EligibilityCheckLike[] }) {
  if (checks.length === 0) return <p>Il bando non chiede requisiti particolari.</p>;
  return (
    <ul className="sl-checks">
      {checks.map((check) => (
        <li key={check.rule} className={`sl-check sl-check--${check.outcome.toLowerCase()}`}>
          <span aria-hidden="true">{OUTCOME_MARK[check.outcome]} </span>
          <span className="visually-hidden">{OUTCOME_LABEL[check.outcome]}: </span>
          {check.reason}
        </li>
      ))}
    </ul>
  );
}

export const participationStatusLabels = {
  ACTIVE: 'In corso',
  INTERRUPTED: 'Interrotta',
  ENDED: 'Conclusa',
} as const;

export const programOutcomeLabels = {
  HIRED: 'Assunto',
  TRAINING: 'Avviato a un corso di formazione',
  NONE: 'Nessun esito',
} as const;

/** The month of a date (YYYY-MM-DD) as the statement names it: YYYY-MM. */
export const monthOf = (day: string) => day.slice(0, 7);

export const statementPdfPath = (participationId: string, month: string) =>
  `/api/program-participations/${participationId}/statement/${month}.pdf`;

const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });
/** Today's date in Italy, YYYY-MM-DD. */
export const todayInRome = () => romeDay.format(new Date());
