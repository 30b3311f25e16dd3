import type { ExternalClaims } from '@sportello/db';
import { parseCodiceFiscale } from '@sportello/domain';

/** The claim SPID and CIE carry the codice fiscale in, as `TINIT-<codice fiscale>`. */
export const FISCAL_NUMBER_CLAIM = 'https://attributes.eid.gov.it/fiscal_number';

export const fiscalNumberClaim = (codiceFiscale: string) => `TINIT-${codiceFiscale}`;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * The person as the provider asserted them, or null when something the platform needs is missing or
 * malformed (then the login is refused: without a codice fiscale nobody can be told apart).
 */
export function readExternalClaims(claims: Record<string, unknown>): ExternalClaims | null {
  const fiscal = text(claims[FISCAL_NUMBER_CLAIM])?.replace(/^TINIT-/i, '');
  const cf = fiscal ? parseCodiceFiscale(fiscal) : null;
  const givenName = text(claims.given_name);
  const familyName = text(claims.family_name);
  const birthDate = text(claims.birthdate);
  if (!cf?.ok || !givenName || !familyName || !birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate))
    return null;
  const email = claims.email_verified === false ? null : text(claims.email);
  return { codiceFiscale: cf.value.code, givenName, familyName, birthDate, email };
}
