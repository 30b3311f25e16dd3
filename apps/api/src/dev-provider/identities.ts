import { computeCodiceFiscaleCheckChar } from '@sportello/domain';

export interface TestIdentity {
  /** The subject the provider asserts: stable for the same person. */
  sub: string;
  codiceFiscale: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  email: string;
  /** What the login page says of the person, to help pick one. */
  note: string;
}

const cf = (first15: string) => first15 + computeCodiceFiscaleCheckChar(first15);

/**
 * The people the development provider can log in: two citizens of the demo network who already
 * have an account with a password, and two residents of member comuni who have none yet.
 */
export const TEST_IDENTITIES: readonly TestIdentity[] = [
  {
    sub: 'prova-anna-ricci',
    codiceFiscale: cf('RCCNNA85P52E514'),
    givenName: 'Anna',
    familyName: 'Ricci',
    birthDate: '1985-09-12',
    email: 'anna.ricci@esempio.it',
    note: 'non ha ancora un account; risiede a Legnano',
  },
  {
    sub: 'prova-paolo-greco',
    codiceFiscale: cf('GRCPLA90A15L682'),
    givenName: 'Paolo',
    familyName: 'Greco',
    birthDate: '1990-01-15',
    email: 'paolo.greco@esempio.it',
    note: 'non ha ancora un account; risiede a Varese',
  },
  {
    sub: 'prova-giulia-bianchi',
    codiceFiscale: cf('BNCGLI79C54E514'),
    givenName: 'Giulia',
    familyName: 'Bianchi',
    birthDate: '1979-03-14',
    email: 'giulia.bianchi@demo.sportellolavoro.it',
    note: 'ha già un account con email e password (dati dimostrativi)',
  },
  {
    sub: 'prova-marco-colombo',
    codiceFiscale: cf('CLMMRC68L02F205'),
    givenName: 'Marco',
    familyName: 'Colombo',
    birthDate: '1968-07-02',
    email: 'marco.colombo@demo.sportellolavoro.it',
    note: 'ha già un account con email e password (dati dimostrativi)',
  },
];
