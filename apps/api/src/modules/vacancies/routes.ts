import { todayInItaly } from '@sportello/domain';
import type { FastifyInstance } from 'fastify';
import { uuidParams } from '../../lib/route-schemas.js';
import { type PublicVacancy, publicVacancies } from './job-posting.js';
import { isPubliclyVisible } from './policy.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const CONTRACT_LABEL = {
  PERMANENT: 'Tempo indeterminato',
  FIXED_TERM: 'Tempo determinato',
  APPRENTICESHIP: 'Apprendistato',
  AGENCY: 'Somministrazione',
  INTERNSHIP: 'Tirocinio',
  COLLABORATION: 'Collaborazione',
  SELF_EMPLOYMENT: 'Lavoro autonomo',
} as const;

// Money always grouped ("1.700 €"), as the portals show it.
const euro = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  useGrouping: 'always',
});

/** The pay lines of the page: the range and the collective agreement, each when given. */
function payLines(vacancy: {
  salaryMinCents: number | null;
  salaryMaxCents: number | null;
  collectiveAgreement: string | null;
  agreementLevel: string | null;
}): string {
  const { salaryMinCents: min, salaryMaxCents: max } = vacancy;
  const lines: string[] = [];
  if (min != null && max != null && min !== max) {
    lines.push(`Retribuzione: da ${euro.format(min / 100)} a ${euro.format(max / 100)} lordi al mese`);
  } else if (min != null || max != null) {
    lines.push(`Retribuzione: ${euro.format((min ?? max)! / 100)} lordi al mese`);
  }
  if (vacancy.collectiveAgreement && vacancy.agreementLevel) {
    lines.push(
      `Contratto collettivo: ${escapeHtml(vacancy.collectiveAgreement)}, ${escapeHtml(vacancy.agreementLevel)}`,
    );
  }
  return lines.map((line) => `<p>${line}</p>`).join('\n');
}

/** The public page of a published vacancy, with its JobPosting as JSON-LD. No login. */
export async function vacancyPageRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: string } }>(
    '/offerte/:id',
    { schema: uuidParams('id') },
    async (request, reply) => {
      const { services } = request;
      const vacancy = await services.vacancies.byId(request.params.id);
      if (!vacancy || !isPubliclyVisible(vacancy, todayInItaly())) {
        return reply
          .code(404)
          .type('text/html; charset=utf-8')
          .send(
            '<!doctype html><html lang="it"><meta charset="utf-8"><title>Offerta non trovata</title><h1>Offerta non trovata o non più disponibile</h1><p><a href="/cittadini/">Cerca altre offerte</a></p></html>',
          );
      }
      const [{ companyName, comune, occupation, url, skills, posting }] = (await publicVacancies(services, [
        vacancy,
      ])) as [PublicVacancy];
      const skillList = (essential: boolean) =>
        skills
          .filter((s) => s.essential === essential)
          .map(({ skill }) => escapeHtml(skill.labelIt ?? skill.labelEn))
          .join(', ');
      const requiredSkills = skillList(true);
      const welcomeSkills = skillList(false);
      // "<" is escaped so the description cannot close the script element.
      const jsonLd = JSON.stringify(posting).replace(/</g, '\\u003c');
      const place = vacancy.remote ? 'Da remoto' : `${comune?.name ?? ''} (${comune?.provinceCode ?? ''})`;
      return reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(vacancy.title)} – ${escapeHtml(companyName)} | Sportello Lavoro</title>
<link rel="canonical" href="${escapeHtml(url)}">
<script type="application/ld+json">${jsonLd}</script>
<style>body{font-family:"Titillium Web",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}a{color:#0059b3}</style>
</head>
<body>
<main>
<h1>${escapeHtml(vacancy.title)}</h1>
<p><strong>${escapeHtml(companyName)}</strong> · ${escapeHtml(place)}</p>
<p>${CONTRACT_LABEL[vacancy.contractType]} · ${vacancy.hours === 'FULL_TIME' ? 'Tempo pieno' : 'Part-time'} · Posti: ${vacancy.positions}</p>
${payLines(vacancy)}
${occupation ? `<p>Professione: ${escapeHtml(occupation.labelIt ?? occupation.labelEn)}</p>` : ''}
<div>${escapeHtml(vacancy.description).replace(/\n/g, '<br>')}</div>
${requiredSkills ? `<p>Competenze richieste: ${requiredSkills}.</p>` : ''}
${welcomeSkills ? `<p>Competenze gradite: ${welcomeSkills}.</p>` : ''}
<p>Scade il ${escapeHtml(vacancy.expiresOn.split('-').reverse().join('/'))}.</p>
<p><a href="/cittadini/candidatura/${escapeHtml(vacancy.id)}">Candidati dal portale dei cittadini</a></p>
</main>
</body>
</html>`);
    },
  );
}
