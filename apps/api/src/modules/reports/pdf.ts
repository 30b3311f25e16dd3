import SVGtoPDF from 'svg-to-pdfkit';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import { FONT, taggedPdf } from '../../lib/pdf.js';
import { type ReportChart, reportCharts } from './charts.js';
import { semesterLabel } from './semester.js';
import type { CountTable, LabourMarketReport, Tally } from './service.js';

const BLUE = '#0059b3';
const GREY = '#5c6f82';
const SUPPRESSED = '–';

/** A Vega-Lite chart as SVG, rendered headless (no canvas: text widths are estimated). */
export async function chartSvg(chart: ReportChart): Promise<string> {
  const view = new View(parse(compile(chart.spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? SUPPRESSED : value.toLocaleString('it-IT');

/**
 * The semestral labour-market report as a PDF: the figures as tables, each with its chart drawn
 * from SVG, and the note on k-anonymity. Headings and paragraphs are tagged; charts are figures
 * with their title as alternative text.
 */
export async function renderReportPdf(report: LabourMarketReport): Promise<Buffer> {
  const charts = reportCharts(report);
  const svgs = new Map(await Promise.all(charts.map(async (c) => [c.id, await chartSvg(c)] as const)));
  const where = report.comune ? `Comune di ${report.comune.name}` : report.networkName;
  const title = `Rapporto sul mercato del lavoro – ${semesterLabel(report.semester.code)}`;
  const { doc, done, tag, decoration } = taggedPdf({
    title: `${title} – ${where}`,
    author: report.networkName,
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
  });
  const contentWidth = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(80);
    doc.moveDown(0.8);
    tag('H2', () => doc.font(FONT.bold).fontSize(13).fillColor(BLUE).text(text));
    const y = doc.y + 2;
    decoration(() =>
      doc
        .moveTo(doc.page.margins.left, y)
        .lineTo(doc.page.width - doc.page.margins.right, y)
        .strokeColor(BLUE)
        .lineWidth(0.7)
        .stroke(),
    );
    doc.moveDown(0.5).font(FONT.regular).fontSize(10).fillColor('black');
  };
  const paragraph = (text: string, options: { color?: string; size?: number } = {}) =>
    tag('P', () =>
      doc
        .font(FONT.regular)
        .fontSize(options.size ?? 10)
        .fillColor(options.color ?? 'black')
        .text(text, { lineGap: 1.5 }),
    );
  const chart = (id: string) => {
    const found = charts.find((c) => c.id === id)!;
    const svg = svgs.get(id)!;
    const match = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
    const [w, h] = match ? [Number(match[1]), Number(match[2])] : [500, 200];
    // Vega's pixels at 96 dpi, as svg-to-pdfkit draws them by default; narrower if the page needs.
    const width = Math.min(contentWidth(), w * 0.75);
    const height = (h * width) / w;
    ensure(height + 36);
    doc.moveDown(0.4);
    tag('P', () => doc.font(FONT.bold).fontSize(10).fillColor('black').text(found.title));
    const x = doc.page.margins.left;
    const y = doc.y + 4;
    const element = doc.struct('Figure', { alt: found.title }, () => {
      // Without a preserveAspectRatio option svg-to-pdfkit draws the SVG at its own width
      // attribute and `width` only sets the viewport: a wide chart ran past the margin.
      SVGtoPDF(doc as never, svg, x, y, {
        width,
        height,
        assumePt: true,
        preserveAspectRatio: 'xMinYMin meet',
        fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
      });
    });
    doc.addStructure(element);
    element.end();
    doc.x = x;
    doc.y = y + height + 6;
    if (found.suppressed > 0)
      paragraph(`${found.suppressed} dati non mostrati per tutelare la riservatezza.`, {
        color: GREY,
        size: 8.5,
      });
  };
  /** A table: a header row, then one line per row; columns of equal width after the first. */
  const table = (header: string[], rows: string[][], firstWidth = 190) => {
    const left = doc.page.margins.left;
    const rest = (contentWidth() - firstWidth) / Math.max(1, header.length - 1);
    const xs = header.map((_, i) => (i === 0 ? left : left + firstWidth + (i - 1) * rest));
    const widths = header.map((_, i) => (i === 0 ? firstWidth - 6 : rest - 4));
    const line = (cells: string[], bold: boolean) => {
      doc.font(bold ? FONT.bold : FONT.regular).fontSize(8.5);
      const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! }))) + 4;
      ensure(height);
      const y = doc.y;
      tag('P', () => {
        cells.forEach((cell, i) => {
          doc
            .fillColor('black')
            .text(cell, xs[i]!, y, { width: widths[i]!, align: i === 0 ? 'left' : 'right' });
        });
      });
      doc.x = left;
      doc.y = y + height;
    };
    line(header, true);
    for (const row of rows) line(row, false);
    doc.moveDown(0.4);
  };
  const countTable = (t: CountTable, firstHeader: string) => {
    const header = [firstHeader, ...t.columnLabels, 'Totale'];
    const rows = t.rowLabels.map((label, r) => [label, ...t.cells[r]!.map(figure), figure(t.rowTotals[r])]);
    rows.push(['Totale', ...t.colTotals.map(figure), figure(t.grandTotal)]);
    table(header, rows, 130);
  };
  const tallyTable = (tallies: Tally[], header: [string, string]) =>
    table(
      header,
      tallies.map((t) => [t.label, figure(t.count)]),
      330,
    );

  tag('P', () => doc.font(FONT.bold).fontSize(11).fillColor(BLUE).text(report.networkName));
  doc.moveDown(0.8);
  tag('H1', () => doc.font(FONT.bold).fontSize(19).fillColor('black').text(title));
  doc.moveDown(0.3);
  paragraph(`${where}. Dati dal ${italian(report.semester.startsOn)} al ${italian(report.semester.endsOn)}.`);
  doc.moveDown(0.3);
  paragraph(
    `Riservatezza: ogni numero che conta persone è mostrato solo se vale almeno ${report.minCount} (oppure zero). I numeri più piccoli, e quelli che permetterebbero di ricavarli dai totali, sono sostituiti da «${SUPPRESSED}». Ogni persona è contata in un solo gruppo: prima le persone iscritte alle liste della legge 68/1999, poi quelle in fragilità economica, poi chi ha almeno 45 anni, poi i giovani tra 15 e 29 anni senza lavoro.`,
    { color: GREY, size: 9 },
  );

  heading('Iscrizioni e prese in carico');
  paragraph('Persone che si sono iscritte nel semestre, per comune di residenza e gruppo.');
  countTable(report.registrations, 'Comune');
  chart('registrations');
  paragraph('Persone prese in carico da uno sportello durante il semestre.');
  countTable(report.peopleInCharge, 'Comune');

  heading('Offerte di lavoro');
  paragraph(`Offerte pubblicate nel semestre: ${report.vacancies.toLocaleString('it-IT')}.`);
  chart('vacancies-section');
  chart('vacancies-isco');
  chart('vacancies-contract');

  heading('Competenze richieste e offerte');
  paragraph(
    'Le competenze (classificazione europea ESCO) che le offerte del semestre chiedono di più rispetto a quante persone le indicano nel CV: quota delle offerte meno quota dei CV, in punti percentuali.',
  );
  table(
    ['Competenza', 'Offerte', 'CV', 'Divario (punti)'],
    report.largestSkillGaps.map((s) => [
      s.label,
      s.demanded.toLocaleString('it-IT'),
      figure(s.offered),
      s.gapPoints === null ? SUPPRESSED : s.gapPoints.toLocaleString('it-IT'),
    ]),
    250,
  );
  chart('skills-gap');
  paragraph('Le competenze più richieste dalle offerte:');
  table(
    ['Competenza', 'Offerte', 'Quota (%)'],
    report.topDemandedSkills.map((s) => [
      s.label,
      s.demanded.toLocaleString('it-IT'),
      s.demandShare.toLocaleString('it-IT'),
    ]),
    300,
  );
  paragraph('Le competenze più presenti nei CV:');
  table(
    ['Competenza', 'CV', 'Quota (%)'],
    report.topOfferedSkills.map((s) => [s.label, figure(s.offered), figure(s.supplyShare)]),
    300,
  );

  heading('Dall’incontro all’assunzione');
  tallyTable(report.funnel, ['Passaggio', 'Persone']);
  chart('funnel');

  heading('Tirocini e formazione');
  tallyTable(report.internships, ['Tirocini', 'Numero']);
  tallyTable(report.training, ['Formazione', 'Numero']);

  heading('Tempo per trovare lavoro');
  table(
    ['Gruppo', 'Assunzioni', 'Giorni (mediana)'],
    report.timeToPlacement.map((m) => [m.label, figure(m.placements), figure(m.medianDays)]),
    250,
  );
  chart('time-to-placement');

  heading('Esiti per gruppo');
  paragraph(
    'Esiti del semestre per gruppo alla data dell’esito: le assunzioni per tipo di contratto, poi le attività in proprio avviate, i tirocini conclusi senza assunzione e le conclusioni dei programmi.',
  );
  countTable(report.outcomes, 'Gruppo');
  chart('outcomes');
  paragraph('Persone ancora al lavoro alla verifica dei 90 giorni:');
  tallyTable(report.stillEmployedAt90Days, ['Gruppo', 'Persone']);

  doc.end();
  return done;
}

const italian = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
