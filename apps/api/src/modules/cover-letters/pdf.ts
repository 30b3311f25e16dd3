import { FONT, taggedPdf } from '../../lib/pdf.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { CoverLetter } from './service.js';

const GREY = '#5c6f82';

const longDate = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Rome',
});

/**
 * A cover letter as a PDF laid out like an Italian business letter: sender on the left, place and
 * date and the addressee on the right, the subject in bold, then the text.
 */
export function renderCoverLetterPdf(
  letter: CoverLetter,
  citizen: CitizenRecord,
  residence: { name: string; province: string } | null,
  addressee: { companyName: string; comune: string | null } | null,
): Promise<Buffer> {
  const { doc, done, tag } = taggedPdf({
    title: `${letter.title} – ${citizen.user.givenName} ${citizen.user.familyName}`,
    author: `${citizen.user.givenName} ${citizen.user.familyName}`,
    margins: { top: 60, bottom: 60, left: 64, right: 64 },
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  tag('P', () => {
    doc
      .font(FONT.bold)
      .fontSize(13)
      .fillColor('black')
      .text(`${citizen.user.givenName} ${citizen.user.familyName}`);
    doc.font(FONT.regular).fontSize(10).fillColor(GREY);
    const home = residence ? `${residence.name} (${residence.province})` : null;
    for (const line of [home, citizen.user.email, citizen.phone]) if (line) doc.text(line);
  });

  doc.moveDown(2).fillColor('black').fontSize(10.5);
  if (addressee) {
    tag('P', () => {
      doc.text(`Spett.le ${addressee.companyName}`, { align: 'right', width });
      if (addressee.comune) doc.text(addressee.comune, { align: 'right', width });
    });
    doc.moveDown(1);
  }
  const place = residence ? `${residence.name}, ` : '';
  tag('P', () => doc.text(`${place}${longDate.format(letter.updatedAt)}`, { align: 'right', width }));

  doc.moveDown(2);
  tag('H1', () => doc.font(FONT.bold).text(`Oggetto: ${letter.title}`));
  doc.moveDown(1).font(FONT.regular).fontSize(11);
  for (const paragraph of letter.body.split(/\n{2,}/)) {
    tag('P', () => doc.text(paragraph, { align: 'left', lineGap: 2 }));
    doc.moveDown(0.8);
  }
  doc.end();
  return done;
}
