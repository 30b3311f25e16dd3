import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** The name authenticator apps show above the account. */
export const TOTP_ISSUER = 'Sportello Lavoro';
/** RFC 6238 defaults, which every authenticator app understands: SHA-1, 6 digits, 30 seconds. */
const TOTP_PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** A code is accepted one step before or after the server's clock, for clocks that drift a little. */
const TOTP_WINDOW = 1;

export const RECOVERY_CODE_COUNT = 10;
/** Crockford-like: no 0/O, 1/I/L, so a code copied by hand is read back right. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECOVERY_CODE_LENGTH = 10;

/** How long the password step's challenge waits for the second factor. */
export const SECOND_FACTOR_CHALLENGE_TTL_SECONDS = 5 * 60;
/** The audience suffix of the challenge token: it can never pass as an access token. */
export const SECOND_FACTOR_PURPOSE = 'second-factor';

/** A new random TOTP secret (160 bits, as RFC 4226 recommends), in base32 as apps take it. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const otpauthUri = (secretBase32: string, accountName: string) =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
    ...TOTP_PARAMETERS,
  }).toString();

/** The QR code of the URI as an SVG data URL, for an `<img>`. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The time step a code belongs to, when it is right within the window; the caller refuses a step
 * not after the last one used, so a code is never accepted twice.
 */
export function totpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secretBase32),
    ...TOTP_PARAMETERS,
    timestamp: now,
    window: TOTP_WINDOW,
  });
  return delta === null ? null : TOTP.counter({ period: TOTP_PARAMETERS.period, timestamp: now }) + delta;
}

/** Ten characters from a 31-letter alphabet (about 50 bits), shown as `ABCDE-FGHJK`. */
export function newRecoveryCode(): string {
  const chars = Array.from(
    { length: RECOVERY_CODE_LENGTH },
    () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
  ).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What is hashed and compared: case, spaces and dashes as the person typed them do not matter. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
