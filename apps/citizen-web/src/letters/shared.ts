import { GraphQLRequestError, it } from '@sportello/ui';

/** What a failed request shows at the top of a form. */
export function requestFailed(error: unknown) {
  return { fields: {}, form: [error instanceof GraphQLRequestError ? error.message : it.errors.server] };
}

const longDateTime = new Intl.DateTimeFormat('it-IT', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Rome',
});
export const dateTime = (value: string) => longDateTime.format(new Date(value));

export const cvPdfPath = (citizenId: string) => `/api/cv/${citizenId}.pdf`;
export const cvEuropassPath = (citizenId: string) => `/api/cv/${citizenId}/europass.json`;
export const letterPdfPath = (letterId: string) => `/api/cover-letters/${letterId}.pdf`;
