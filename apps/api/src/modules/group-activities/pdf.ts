import { FONT, taggedPdf } from '../../lib/pdf.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { Certificate } from './service.js';

const BLUE = '#0059b3';
const GREY = '#5c6f82';
const ROME = 'Europe/Rome';
const longDate = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ROME,
});
const dayTime = new Intl.DateTimeFormat('it-IT', { hour: '2-digit', minute: '2-digit', timeZone: ROME });

/** Hours as Italians write them: "2", "1,5". */
export const formatHours = (hours: number) =>
  `${hours.toLocaleString('it-IT', { maximumFractionDigits: 2 })} ${hours === 1 ? 'ora' : 'ore'}`;

/**
 * The attestato di partecipazione: who attended which activity, run by which sportello, the
 * sessions attended with their hours and the total, in Italian.
 */
export function renderCertificatePdf(
  certificate: Certificate,
  citizen: CitizenRecord,
  issuedOn: Date,
): Promise<Buffer> {
  const { activity, sportello, sessions } = certificate;
  const person = `${citizen.user.givenName} ${citizen.user.familyName}`;
  const { doc, done, tag, decoration } = taggedPdf({
    title: `Attestato di partecipazione – ${activity.title} – ${person}`,
    author: sportello.name,
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
  });
  const hoursOf = (s: { startsAt: Date; endsAt: Date }) =>
    (s.endsAt.getTime() - s.startsAt.getTime()) / 3_600_000;
  const total = sessions.reduce((sum, s) => sum + hoursOf(s), 0);

  tag('P', () => {
    doc.font(FONT.bold).fontSize(11).fillColor(BLUE).text(sportello.name);
    doc
      .font(FONT.regular)
      .fontSize(9.5)
      .fillColor(GREY)
      .text(`${sportello.address}, ${sportello.comuneName}`);
  });
  doc.moveDown(2);
  tag('H1', () =>
    doc
      .font(FONT.bold)
      .fontSize(20)
      .fillColor('black')
      .text('Attestato di partecipazione', { align: 'center' }),
  );
  doc.moveDown(1.5).font(FONT.regular).fontSize(11.5).fillColor('black');
  tag('P', () =>
    doc.text(
      `Si attesta che ${person} (codice fiscale ${citizen.codiceFiscale}) ha partecipato all’attività di gruppo «${activity.title}» (${certificate.kindLabel}), organizzata da ${sportello.name}${certificate.facilitator ? ` e condotta da ${certificate.facilitator}` : ''}, frequentando ${sessions.length === 1 ? 'un incontro' : `${sessions.length} incontri`} per un totale di ${formatHours(total)}.`,
      { lineGap: 3 },
    ),
  );
  doc.moveDown(1);
  tag('H2', () => doc.font(FONT.bold).fontSize(12).fillColor(BLUE).text('Incontri frequentati'));
  const y = doc.y + 2;
  decoration(() =>
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .strokeColor(BLUE)
      .lineWidth(0.7)
      .stroke(),
  );
  doc.moveDown(0.5).font(FONT.regular).fontSize(10.5).fillColor('black');
  for (const session of sessions) {
    tag('P', () =>
      doc.text(
        `${longDate.format(session.startsAt)}, dalle ${dayTime.format(session.startsAt)} alle ${dayTime.format(session.endsAt)} (${formatHours(hoursOf(session))}): ${session.topic}`,
      ),
    );
    doc.moveDown(0.3);
  }
  doc.moveDown(0.5);
  tag('P', () => doc.font(FONT.bold).text(`Totale: ${formatHours(total)}`));
  doc.moveDown(2).font(FONT.regular).fontSize(10.5);
  tag('P', () => doc.text(`${sportello.comuneName}, ${longDate.format(issuedOn)}`));
  doc.moveDown(0.5);
  tag('P', () =>
    doc.fillColor(GREY).fontSize(9).text(`Rilasciato da ${sportello.name} tramite Sportello Lavoro.`),
  );
  doc.end();
  return done;
}
