import { FONT, taggedPdf } from '../../lib/pdf.js';
import type { SportelloRecord } from '../network/service.js';
import type { FundingContract } from './contracts.js';
import { classLabel, euro, groupLabel, italianDate, KIND_LABEL } from './labels.js';
import type { Statement, StatementLineView } from './statements.js';

const BLUE = '#0059b3';
const GREY = '#5c6f82';
const longDate = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Rome',
});

/**
 * The rendiconto as a document: the contract, the period, one paragraph per outcome under its
 * pseudonymous reference (no personal data), and the totals.
 */
export function renderStatementPdf(input: {
  networkName: string;
  contract: FundingContract;
  sportello: SportelloRecord;
  statement: Statement;
  lines: StatementLineView[];
}): Promise<Buffer> {
  const { networkName, contract, sportello, statement, lines } = input;
  const title = `Rendiconto n. ${statement.number} – ${contract.name}`;
  const { doc, done, tag, decoration } = taggedPdf({
    title,
    author: networkName,
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
  });
  const rule = () => {
    const y = doc.y + 2;
    decoration(() =>
      doc
        .moveTo(doc.page.margins.left, y)
        .lineTo(doc.page.width - doc.page.margins.right, y)
        .strokeColor(BLUE)
        .lineWidth(0.7)
        .stroke(),
    );
    doc.moveDown(0.5);
  };

  tag('P', () => doc.font(FONT.bold).fontSize(11).fillColor(BLUE).text(networkName));
  doc.moveDown(1);
  tag('H1', () => doc.font(FONT.bold).fontSize(18).fillColor('black').text(title));
  doc.moveDown(0.5).font(FONT.regular).fontSize(10.5).fillColor('black');
  tag('P', () =>
    doc.text(
      `Periodo dal ${italianDate(statement.periodStartsOn)} al ${italianDate(statement.periodEndsOn)}. Emesso il ${longDate.format(statement.issuedAt)}.`,
    ),
  );
  tag('P', () =>
    doc.text(
      `Soggetto che eroga il servizio: ${sportello.name}, ${sportello.address}. Contratto dal ${italianDate(contract.startsOn)} al ${italianDate(contract.endsOn)}, tetto di spesa ${euro(contract.capCents)} euro. È pagato un esito con contratto di almeno ${contract.minDurationMonths} mesi (o a tempo indeterminato) e con la persona ancora al lavoro dopo ${contract.retentionDays} giorni.`,
      { lineGap: 2 },
    ),
  );
  doc.moveDown(1);
  tag('H2', () => doc.font(FONT.bold).fontSize(12).fillColor(BLUE).text('Esiti rendicontati'));
  rule();
  doc.font(FONT.regular).fontSize(10).fillColor('black');
  if (lines.length === 0) tag('P', () => doc.text('Nessun esito da rendicontare in questo periodo.'));
  for (const line of lines) {
    const what = line.kind === 'CHARGE' ? 'Addebito' : 'Storno di un addebito precedente';
    const capped =
      line.kind === 'CHARGE' && line.amountCents < line.tariffCents ? ' (ridotto per il tetto di spesa)' : '';
    tag('P', () =>
      doc.text(
        `${line.reference} – ${what}: ${KIND_LABEL[line.outcomeKind]} dal ${italianDate(line.startsOn)}, ${classLabel(line.contractClass)}, tariffa «${groupLabel(line.targetGroup)}» ${euro(line.tariffCents)} euro. Importo ${euro(line.amountCents)} euro${capped}.`,
        { lineGap: 1.5 },
      ),
    );
    doc.moveDown(0.3);
  }
  doc.moveDown(0.7);
  tag('H2', () => doc.font(FONT.bold).fontSize(12).fillColor(BLUE).text('Totali'));
  rule();
  doc.font(FONT.regular).fontSize(10.5).fillColor('black');
  tag('P', () => doc.text(`Addebiti: ${euro(statement.chargedCents)} euro`));
  tag('P', () => doc.text(`Storni: ${euro(-statement.creditedCents)} euro`));
  tag('P', () => doc.font(FONT.bold).text(`Totale del rendiconto: ${euro(statement.totalCents)} euro`));
  doc.moveDown(1);
  tag('P', () =>
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor(GREY)
      .text(
        'Gli esiti sono indicati con il solo riferimento pseudonimo: il dettaglio resta nel registro degli esiti della rete. Un rendiconto emesso non si modifica; le correzioni compaiono come storni nel rendiconto successivo.',
      ),
  );
  doc.end();
  return done;
}
