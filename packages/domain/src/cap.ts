/**
 * Italian postal code (CAP, codice di avviamento postale): exactly five
 * ASCII digits. No range or existence check is performed, and the input is
 * not trimmed: normalise it before calling if needed.
 */
const CAP_RE = /^[0-9]{5}$/;

export function isValidCap(input: string): boolean {
  return typeof input === 'string' && CAP_RE.test(input);
}
