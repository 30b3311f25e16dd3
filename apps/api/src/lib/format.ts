const italianDateTime = new Intl.DateTimeFormat('it-IT', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Rome',
});

/** "lunedì 24 novembre 2026 alle ore 09:00": how emails state a time, always in Italian time. */
export const formatItalianDateTime = (date: Date) => italianDateTime.format(date);
