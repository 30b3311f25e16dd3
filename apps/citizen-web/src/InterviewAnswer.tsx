import { type Announcement, attempt, it, TextAreaField, type UserErrorLike } from '@sportello/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { answerErrorText } from './applications';
import { client } from './client';
import { graphql } from './gql';

const RespondMutation = graphql(`
  mutation InterviewAnswer_RespondMutation($id: ID!, $accept: Boolean!, $note: String) {
    respondToInterview(id: $id, accept: $accept, note: $note) {
      interview {
        id
        status
        responseNote
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const AskForAnotherDateMutation = graphql(`
  mutation InterviewAnswer_AskForAnotherDateMutation($id: ID!, $note: String!) {
    askForAnotherInterviewDate(id: $id, note: $note) {
      interview {
        id
        status
        responseNote
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Choice = 'newDate' | 'decline';

/**
 * The candidate's answer to a proposed job interview: accept it, ask for another date saying when
 * they can come, or decline it (with a reason for the company, if they want).
 */
export function InterviewAnswer({
  interviewId,
  companyName,
  onAnswered,
}: {
  interviewId: string;
  companyName: string;
  onAnswered: (outcome: Announcement) => Promise<void>;
}) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const noteId = `interview-note-${interviewId}`;
  const focusNote = () => document.getElementById(noteId)?.focus();

  useEffect(() => {
    if (choice) document.getElementById(noteId)?.focus();
  }, [choice, noteId]);

  async function send(run: () => Promise<readonly UserErrorLike[]>, success: string) {
    if (pending) return;
    setPending(true);
    setError(undefined);
    const userErrors = await attempt(run);
    setPending(false);
    const noteError = userErrors.find((e) => e.field === 'note');
    if (noteError) {
      setError(noteError.message);
      focusNote();
      return;
    }
    await onAnswered(
      userErrors.length
        ? { kind: 'danger', text: answerErrorText(userErrors) }
        : { kind: 'success', text: success },
    );
  }

  const accept = () =>
    send(async () => {
      const { respondToInterview } = await client.request(RespondMutation, { id: interviewId, accept: true });
      return respondToInterview.userErrors;
    }, `Hai accettato il colloquio con ${companyName}. L’azienda riceve la tua risposta.`);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice === 'newDate') {
      if (note.trim().length < 3) {
        setError('Scrivi quando puoi venire, per esempio «il pomeriggio dopo le 15».');
        focusNote();
        return;
      }
      void send(async () => {
        const { askForAnotherInterviewDate } = await client.request(AskForAnotherDateMutation, {
          id: interviewId,
          note: note.trim(),
        });
        return askForAnotherInterviewDate.userErrors;
      }, `Hai chiesto un’altra data a ${companyName}. Quando l’azienda ti propone un nuovo colloquio lo trovi qui.`);
    } else {
      void send(async () => {
        const { respondToInterview } = await client.request(RespondMutation, {
          id: interviewId,
          accept: false,
          note: note.trim() || null,
        });
        return respondToInterview.userErrors;
      }, `Hai rifiutato il colloquio con ${companyName}. La candidatura resta aperta: se vuoi chiuderla, ritirala.`);
    }
  }

  if (!choice) {
    return (
      <div className="sl-card-actions" data-testid="interview-answer">
        <button
          type="button"
          className="btn btn-primary"
          onClick={accept}
          aria-disabled={pending || undefined}
        >
          {pending ? it.common.sending : 'Accetto il colloquio'}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={() => setChoice('newDate')}>
          Non posso quel giorno: chiedo un’altra data
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => setChoice('decline')}>
          Rifiuto il colloquio
        </button>
      </div>
    );
  }
  return (
    <form className="sl-form-box" noValidate onSubmit={submit} data-testid="interview-answer-form">
      <TextAreaField
        id={noteId}
        label={choice === 'newDate' ? 'Quando puoi venire?' : 'Vuoi dire all’azienda perché rifiuti?'}
        hint={
          choice === 'newDate'
            ? 'Scrivi i giorni e gli orari in cui sei libera/o: l’azienda ti proporrà un nuovo colloquio.'
            : 'L’azienda leggerà il tuo messaggio. Al massimo 1000 caratteri.'
        }
        value={note}
        onChange={setNote}
        optional={choice === 'decline'}
        rows={3}
        error={error}
      />
      <div className="sl-card-actions">
        <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined}>
          {pending
            ? it.common.sending
            : choice === 'newDate'
              ? 'Chiedi un’altra data'
              : 'Rifiuta il colloquio'}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary"
          onClick={() => {
            setChoice(null);
            setNote('');
            setError(undefined);
          }}
        >
          Annulla
        </button>
      </div>
    </form>
  );
}
