import { Button } from 'design-react-kit';
import { todayInRome } from './programs';
import { formatDate, it } from './strings';

/** A follow-up day of an outcome (30, 90 or 180 days after the start) as the portals read it. */
export interface FollowUpCheckpoint {
  days: number;
  dueOn: string;
  answer: { stillEmployed: boolean; confirmedByName: string; at: string } | null;
}

/** What the question and the answers say, in the words of who is asked. */
export interface FollowUpWords {
  /** "Mario Rossi lavora ancora da voi?" */
  question: string;
  yes: string;
  no: string;
  /** What an answer says once given: "Lavora ancora da voi." */
  saidYes: string;
  saidNo: string;
  /** Before the day: "Ancora presto: potrete rispondere da quel giorno." */
  tooEarly: string;
  /** Told to screen readers after each button: "(verifica a 90 giorni di Mario Rossi)". */
  buttonContext: (days: number) => string;
}

/**
 * The follow-up days of one hire or business: the answer given, "too early", or the two buttons.
 * `sending` names the checkpoint (by its days) whose answer is on its way.
 */
export function FollowUpCheckpoints({
  checkpoints,
  words,
  sending,
  busy,
  onAnswer,
}: {
  checkpoints: readonly FollowUpCheckpoint[];
  words: FollowUpWords;
  sending: number | null;
  busy: boolean;
  onAnswer: (checkpoint: FollowUpCheckpoint, stillEmployed: boolean) => void;
}) {
  const today = todayInRome();
  return (
    <ul className="list-unstyled">
      {checkpoints.map((checkpoint) => (
        <li key={checkpoint.days} className="mb-3" data-testid={`checkpoint-${checkpoint.days}`}>
          <h3 className="h6 mb-1">
            Dopo {checkpoint.days} giorni ({formatDate(checkpoint.dueOn)})
          </h3>
          {checkpoint.answer ? (
            <p className="mb-0">
              {checkpoint.answer.stillEmployed ? words.saidYes : words.saidNo} Risposta di{' '}
              {checkpoint.answer.confirmedByName}, il {formatDate(checkpoint.answer.at)}.
            </p>
          ) : checkpoint.dueOn > today ? (
            <p className="mb-0">{words.tooEarly}</p>
          ) : (
            <fieldset>
              <legend className="fs-6 fw-normal">{words.question}</legend>
              <div className="sl-actions mt-1">
                {[true, false].map((yes) => (
                  <Button
                    key={String(yes)}
                    type="button"
                    color="primary"
                    outline={!yes}
                    size="sm"
                    aria-disabled={busy || undefined}
                    onClick={() => onAnswer(checkpoint, yes)}
                  >
                    {sending === checkpoint.days ? it.common.sending : yes ? words.yes : words.no}
                    <span className="visually-hidden"> {words.buttonContext(checkpoint.days)}</span>
                  </Button>
                ))}
              </div>
            </fieldset>
          )}
        </li>
      ))}
    </ul>
  );
}
