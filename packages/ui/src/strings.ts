/** Italian texts shared by the portals. Plain words, short sentences: many users have few digital skills. */
export const it = {
  appName: 'Sportello Lavoro',
  skipToContent: 'Vai al contenuto principale',
  footer: {
    tagline: 'I servizi per il lavoro dei comuni della rete.',
    help: 'Hai bisogno di aiuto? Rivolgiti allo sportello lavoro del tuo comune: gli operatori possono fare ogni passaggio insieme a te.',
    privacy: 'Informativa sulla privacy',
  },
  common: {
    loading: 'Caricamento in corso…',
    sending: 'Invio in corso…',
    required: 'obbligatorio',
    optional: 'facoltativo',
    opensInNewTab: '(si apre in una nuova scheda)',
    backToHome: 'Torna alla pagina iniziale',
    retry: 'Riprova',
    downloading: 'Scaricamento in corso…',
  },
  session: {
    login: 'Accedi',
    logout: 'Esci',
    loggedInAs: 'Hai effettuato l’accesso come',
    loggedOut: 'Sei uscito dal tuo account.',
    expired: 'La sessione è scaduta: accedi di nuovo.',
  },
  login: {
    title: 'Accedi',
    email: 'Indirizzo email',
    password: 'Password',
    showPassword: 'Mostra la password',
    submit: 'Accedi',
    forgotPassword: 'Hai dimenticato la password?',
  },
  secondFactor: {
    title: 'Verifica in due passaggi',
    intro:
      'Apri l’app di autenticazione sul telefono e scrivi il codice di 6 cifre che mostra per Sportello Lavoro.',
    recoveryIntro:
      'Scrivi uno dei codici di recupero che hai salvato quando hai attivato la verifica. Ogni codice vale una volta sola.',
    code: 'Codice dell’app di autenticazione',
    codeHint: '6 cifre, per esempio 123456. Il codice cambia ogni 30 secondi.',
    codeFormat: 'Il codice è fatto di 6 cifre, per esempio 123456.',
    recoveryCode: 'Codice di recupero',
    recoveryHint: 'Per esempio ABCDE-FGHJK.',
    recoveryRequired: 'Scrivi uno dei tuoi codici di recupero.',
    submit: 'Verifica e accedi',
    useRecovery: 'Usa un codice di recupero',
    useApp: 'Usa il codice dell’app di autenticazione',
    restart: 'Ricomincia con email e password',
  },
  errors: {
    summaryTitle: 'Controlla i dati inseriti',
    summaryIntro: 'Correggi questi punti e riprova:',
    network:
      'Non riusciamo a contattare il servizio. Controlla la connessione a internet e riprova tra qualche minuto.',
    server: 'Si è verificato un problema nel servizio. Riprova tra qualche minuto.',
    required: 'Questo campo è obbligatorio.',
    email: 'Scrivi un indirizzo email valido, per esempio nome@esempio.it.',
    loadFailed: 'Non siamo riusciti a caricare i dati.',
    fileNotFound: 'Il documento non è disponibile.',
  },
  field: {
    showPassword: 'Mostra la password',
  },
  privacy: {
    title: 'Informativa sulla privacy',
    intro:
      'Sportello Lavoro è il servizio per il lavoro dei comuni della rete. Trattiamo i tuoi dati personali solo per offrirti i servizi per il lavoro che chiedi.',
    controllerTitle: 'Chi tratta i tuoi dati',
    controller: 'Titolare del trattamento',
    controllerUnset: 'la rete di comuni che gestisce Sportello Lavoro',
    controllerNote: 'Gli sportelli lavoro dei comuni della rete trattano i dati per suo conto.',
    dpo: 'Responsabile della protezione dei dati (RPD/DPO)',
    dpoUnset: 'scrivigli tramite lo sportello lavoro del tuo comune, che inoltra la richiesta',
    points: [
      'Quali dati: i dati che scrivi nei moduli (nome, cognome, codice fiscale, email, telefono, comune), il curriculum e le attività che fai con lo sportello. I dati sulla disabilità (legge 68/1999) e sul disagio economico li vede solo lo sportello che ti ha preso in carico, e ogni lettura viene registrata.',
      'Perché e su quale base giuridica: per registrarti e offrirti i servizi per il lavoro che chiedi (esecuzione del servizio che richiedi e compito di interesse pubblico dei comuni, art. 6, par. 1, lett. b ed e, GDPR); per mostrare il tuo curriculum alle aziende solo se dai il consenso, che puoi ritirare quando vuoi (art. 6, par. 1, lett. a); per i dati sulla disabilità e sul disagio economico, per i servizi di collocamento mirato e di inclusione previsti dalla legge (art. 9, par. 2, lett. b e g).',
      'Per quanto tempo: finché usi il servizio; puoi chiedere in ogni momento di vedere, correggere o cancellare i tuoi dati, di limitarne l’uso o di riceverne una copia. La copia di tutti i tuoi dati la scarichi da solo, in PDF e in JSON: i cittadini da «Scarica i tuoi dati» nel profilo, le aziende da «Scarica i dati dell’azienda» in «La mia azienda».',
      'Se pensi che i tuoi dati siano trattati in modo non corretto puoi presentare un reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).',
      'Non vendiamo i tuoi dati e non li usiamo per pubblicità.',
    ],
    contact: 'Per ogni domanda rivolgiti allo sportello lavoro del tuo comune.',
  },
} as const;

const longDateFormat = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric' });

/** Long Italian date, e.g. "3 marzo 2026". */
export function formatDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return longDateFormat.format(date);
}

const shortDateTimeFormat = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A moment in Italian time, short, e.g. "12 mag 2026, 09:00" (for tables). */
export function formatShortDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : shortDateTimeFormat.format(date);
}

// Italian style groups thousands only from five digits ("2500,00 €"): for money, always group.
const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' });

/** Euro from cents, e.g. "2.500,00 €". */
export const formatCents = (cents: number) => euro.format(cents / 100);
