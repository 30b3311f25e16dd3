import type { ReactNode } from 'react';
import { formatDateTime, minutesBetween } from './date-time';

/** `InterviewStatus`. */
export const interviewStatusLabels = {
  PROPOSED: 'In attesa di risposta',
  ACCEPTED: 'Accettato',
  DECLINED: 'Rifiutato',
  CANCELLED: 'Annullato',
  NEW_DATE_REQUESTED: 'Chiesta un’altra data',
} as const;

/** The badge colour of each interview status. */
export const interviewStatusClass: Record<keyof typeof interviewStatusLabels, string> = {
  PROPOSED: 'sl-status--pending',
  ACCEPTED: 'sl-status--verified',
  DECLINED: 'sl-status--rejected',
  CANCELLED: 'sl-status--neutral',
  NEW_DATE_REQUESTED: 'sl-status--pending',
};

export interface InterviewView {
  id: string;
  status: keyof typeof interviewStatusLabels;
  startsAt: string;
  endsAt: string;
  mode: 'IN_PERSON' | 'ONLINE';
  location?: string | null;
  videoUrl?: string | null;
  message?: string | null;
  responseNote?: string | null;
}

/**
 * One job interview as the candidate, the company and the staff read it: status, when, where (the
 * address, or the link of the video call), the company's message and the candidate's note. Each
 * portal names the two messages from its reader's side.
 */
export function InterviewDetails({
  interview,
  messageLabel,
  noteLabel,
  children,
}: {
  interview: InterviewView;
  /** e.g. "Messaggio dell’azienda". */
  messageLabel: string;
  /** e.g. "La tua risposta". */
  noteLabel: string;
  /** The reader's actions on this interview. */
  children?: ReactNode;
}) {
  return (
    <div className="sl-interview" data-testid="interview">
      <p className="sl-status-line mb-2">
        <span
          className={`sl-status ${interviewStatusClass[interview.status]}`}
          data-testid="interview-status"
        >
          <span className="visually-hidden">Stato del colloquio: </span>
          {interviewStatusLabels[interview.status]}
        </span>
      </p>
      <dl className="sl-details">
        <dt>Quando</dt>
        <dd>
          {formatDateTime(interview.startsAt)} ({minutesBetween(interview.startsAt, interview.endsAt)} minuti)
        </dd>
        <dt>Dove</dt>
        <dd>
          {interview.mode === 'ONLINE' ? (
            interview.videoUrl ? (
              <>
                In videochiamata:{' '}
                <a href={interview.videoUrl} target="_blank" rel="noreferrer">
                  apri il collegamento alla videochiamata
                </a>
              </>
            ) : (
              'In videochiamata'
            )
          ) : (
            (interview.location ?? '—')
          )}
        </dd>
        {interview.message ? (
          <>
            <dt>{messageLabel}</dt>
            <dd className="sl-pre-line">{interview.message}</dd>
          </>
        ) : null}
        {interview.responseNote ? (
          <>
            <dt>{noteLabel}</dt>
            <dd className="sl-pre-line" data-testid="interview-note">
              {interview.responseNote}
            </dd>
          </>
        ) : null}
      </dl>
      {children}
    </div>
  );
}
