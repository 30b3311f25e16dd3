import { FONT, taggedPdf } from '../../lib/pdf.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { Comune } from '../network/service.js';
import type { CvRecord } from './service.js';
import { languageName } from './service.js';

const BLUE = '#0059b3';
const GREY = '#5c6f82';
const ABILITY_LABELS = [
  ['listening', 'Ascolto'],
  ['reading', 'Lettura'],
  ['spokenInteraction', 'Interazione'],
  ['spokenProduction', 'Produzione orale'],
  ['writing', 'Scrittura'],
] as const;

const italianDate = (isoDate: string) => isoDate.split('-').reverse().join('/');
const monthYear = (isoDate: string) => {
  const [year, month] = isoDate.split('-');
  return `${month}/${year}`;
};

const SKILL_LEVEL_LABELS = { BASIC: 'base', INTERMEDIATE: 'intermedio', ADVANCED: 'avanzato' } as const;
const ATTESTED_BY = {
  DECLARED: '',
  INTERNSHIP: ', attestata al termine di un tirocinio',
  TRAINING: ', attestata al termine di un modulo formativo',
} as const;

/**
 * The CV as a PDF with a Europass-like layout: personal details on top, then one section per part
 * of the CV, in Italian. Returns the finished document.
 */
export function renderCvPdf(
  citizen: CitizenRecord,
  cv: CvRecord | undefined,
  residence: Comune | undefined,
): Promise<Buffer> {
  const { doc, done, tag, decoration } = taggedPdf({
    title: `Curriculum vitae – ${citizen.user.givenName} ${citizen.user.familyName}`,
    author: 'Sportello Lavoro',
    margins: { top: 50, bottom: 50, left: 56, right: 56 },
  });

  const section = (title: string) => {
    doc.moveDown(0.8);
    tag('H2', () => doc.fillColor(BLUE).font(FONT.bold).fontSize(12).text(title.toUpperCase()));
    const y = doc.y + 2;
    decoration(() =>
      doc
        .moveTo(doc.page.margins.left, y)
        .lineTo(doc.page.width - doc.page.margins.right, y)
        .strokeColor(BLUE)
        .lineWidth(0.7)
        .stroke(),
    );
    doc.moveDown(0.5).fillColor('black').font(FONT.regular).fontSize(10);
  };
  const entry = (when: string, title: string, lines: (string | null | undefined)[]) => {
    tag('P', () => {
      doc.font(FONT.regular).fontSize(9).fillColor(GREY).text(when);
      doc.font(FONT.bold).fontSize(10.5).fillColor('black').text(title);
      doc.font(FONT.regular).fontSize(10);
      for (const line of lines) if (line) doc.text(line);
    });
    doc.moveDown(0.5);
  };

  tag('H1', () =>
    doc
      .font(FONT.bold)
      .fontSize(20)
      .fillColor('black')
      .text(`${citizen.user.givenName} ${citizen.user.familyName}`),
  );
  const headline = cv?.headline;
  if (headline) tag('P', () => doc.font(FONT.regular).fontSize(12).fillColor(BLUE).text(headline));
  doc.moveDown(0.3).font(FONT.regular).fontSize(10).fillColor(GREY);
  const contacts = [
    residence ? `${residence.name} (${residence.provinceCode})` : null,
    citizen.user.email,
    citizen.phone,
    citizen.drivingLicences.length ? `Patente: ${citizen.drivingLicences.join(', ')}` : null,
  ].filter(Boolean);
  tag('P', () => doc.text(contacts.join('  ·  ')));

  const summary = cv?.summary;
  if (summary) {
    section('Profilo');
    tag('P', () => doc.text(summary));
  }
  const sought = cv?.soughtOccupations ?? [];
  if (sought.length) {
    section('Lavori cercati');
    tag('P', () => doc.text(sought.map((s) => s.occupation.labelIt ?? s.occupation.labelEn).join(', ')));
  }
  if (cv?.experiences.length) {
    section('Esperienza lavorativa');
    for (const e of cv.experiences) {
      entry(
        `${monthYear(e.startsOn)} – ${e.endsOn ? monthYear(e.endsOn) : 'in corso'}`,
        `${e.jobTitle} – ${e.employer}`,
        [e.comune ? `${e.comune.name} (${e.comune.provinceCode})` : null, e.description],
      );
    }
  }
  if (cv?.education.length) {
    section('Istruzione e formazione');
    for (const e of cv.education) {
      entry(
        e.yearCompleted ? String(e.yearCompleted) : 'in corso',
        e.title.labelIt + (e.title.eqfLevel ? ` (livello EQF ${e.title.eqfLevel})` : ''),
        [e.field, e.institution],
      );
    }
  }
  if (cv?.languages.length) {
    section('Competenze linguistiche');
    const mother = cv.languages
      .filter((l) => l.motherTongue)
      .map((l) => languageName(l.languageCode) ?? l.languageCode);
    if (mother.length) {
      tag('P', () => doc.text(`Lingua madre: ${mother.join(', ')}`));
      doc.moveDown(0.3);
    }
    const others = cv.languages.filter((language) => !language.motherTongue);
    for (const l of others) {
      const levels = ABILITY_LABELS.map(([key, label]) => `${label} ${l[key] ?? '–'}`).join('   ');
      tag('P', () => {
        doc.font(FONT.bold).text(languageName(l.languageCode) ?? l.languageCode, { continued: true });
        doc.font(FONT.regular).text(`   ${levels}`);
      });
    }
    if (others.length) {
      tag('P', () =>
        doc
          .font(FONT.regular)
          .fontSize(8)
          .fillColor(GREY)
          .moveDown(0.3)
          .text('Livelli del Quadro comune europeo di riferimento per le lingue (A1–C2).'),
      );
      doc.fillColor('black').fontSize(10);
    }
  }
  if (cv?.skills.length) {
    section('Competenze');
    for (const s of cv.skills) {
      const attested = ATTESTED_BY[s.source];
      tag('P', () => {
        doc.font(FONT.bold).text(s.skill.labelIt ?? s.skill.labelEn, { continued: true });
        doc.font(FONT.regular).text(`   livello ${SKILL_LEVEL_LABELS[s.level]}${attested}`);
      });
    }
  }
  if (cv?.certifications.length) {
    section('Certificazioni');
    for (const c of cv.certifications) {
      const dates = [
        c.issuedOn ? `rilasciata il ${italianDate(c.issuedOn)}` : null,
        c.expiresOn ? `valida fino al ${italianDate(c.expiresOn)}` : null,
      ];
      entry(dates.filter(Boolean).join(', '), c.name, [c.issuer]);
    }
  }
  doc.moveDown(1);
  tag('P', () =>
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(GREY)
      .text(
        'Autorizzo il trattamento dei dati personali contenuti nel curriculum ai sensi del Regolamento (UE) 2016/679.',
      ),
  );
  doc.end();
  return done;
}
