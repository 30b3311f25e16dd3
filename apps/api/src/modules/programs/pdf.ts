import { FONT, taggedPdf } from '../../lib/pdf.js';
import type { CitizenRecord } from '../citizens/service.js';
import { formatEuro } from './eligibility.js';
import type { Program, ProgramCall, ProgramParticipation } from './service.js';

const BLUE = '#0059b3';
const GREY = '#5c6f82';
const ROME = 'Europe/Rome';
const longDate = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ROME,
});
const dayOfMonth = new Intl.DateTimeFormat('it-IT', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const monthName = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface Statement {
  month: string;
  days: { day: string; hours: number }[];
  hours: number;
  amountCents: number;
  hourlyRateCents: number;
}

const hoursLabel = (hours: number) => `${hours} ${hours === 1 ? 'ora' : 'ore'}`;

/** Prospetto mensile dell'indennità: the days attended, the hours and the amount due. */
export function renderStatementPdf(
  statement: Statement,
  context: {
    program: Program;
    call: ProgramCall;
    participation: ProgramParticipation;
    citizen: CitizenRecord;
  },
  issuedOn: Date,
): Promise<Buffer> {
  const { program, call, participation, citizen } = context;
  const person = `${citizen.user.givenName} ${citizen.user.familyName}`;
  const month = monthName.format(new Date(`${statement.month}-01T00:00:00Z`));
  const { doc, done, tag } = taggedPdf({
    title: `Prospetto dell’indennità – ${month} – ${person}`,
    author: program.title,
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
  });
  tag('P', () => doc.font(FONT.bold).fontSize(11).fillColor(BLUE).text(`${program.kind} – ${program.title}`));
  tag('P', () => doc.font(FONT.regular).fontSize(9.5).fillColor(GREY).text(`Bando: ${call.title}`));
  doc.moveDown(1.5);
  tag('H1', () =>
    doc.font(FONT.bold).fontSize(18).fillColor('black').text(`Prospetto dell’indennità di ${month}`),
  );
  doc.moveDown(1).font(FONT.regular).fontSize(11).fillColor('black');
  tag('P', () =>
    doc.text(
      `${person} (codice fiscale ${citizen.codiceFiscale}), progetto «${participation.projectDescription}» presso ${participation.place}, tutor ${participation.tutor}.`,
      { lineGap: 3 },
    ),
  );
  doc.moveDown(1);
  tag('H2', () => doc.font(FONT.bold).fontSize(12).fillColor(BLUE).text('Presenze'));
  doc.moveDown(0.3).font(FONT.regular).fontSize(10.5).fillColor('black');
  if (statement.days.length === 0) tag('P', () => doc.text('Nessuna presenza registrata nel mese.'));
  for (const { day, hours } of statement.days)
    tag('P', () => doc.text(`${dayOfMonth.format(new Date(`${day}T00:00:00Z`))}: ${hoursLabel(hours)}`));
  doc.moveDown(1);
  tag('P', () =>
    doc
      .font(FONT.bold)
      .text(
        `Totale: ${hoursLabel(statement.hours)} × ${formatEuro(statement.hourlyRateCents)} l’ora = ${formatEuro(statement.amountCents)}`,
      ),
  );
  doc.moveDown(2).font(FONT.regular).fontSize(9).fillColor(GREY);
  tag('P', () =>
    doc.text(`Prospetto del ${longDate.format(issuedOn)}, rilasciato tramite Sportello Lavoro.`),
  );
  doc.end();
  return done;
}
