import { parseCodiceFiscale } from '@sportello/domain';
import type { TestIdentity } from './identities.js';

const born = (identity: TestIdentity) => {
  const cf = parseCodiceFiscale(identity.codiceFiscale);
  return cf.ok && cf.value.sex === 'F' ? 'nata' : 'nato';
};

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
.warning{background:#fff4e5;border-left:6px solid #b35c00;padding:.75rem 1rem;margin-bottom:1.5rem}
ul{list-style:none;padding:0}li{border:1px solid #c5c7c9;border-radius:6px;padding:.75rem 1rem;margin-bottom:.75rem}
button{font-size:1rem;padding:.5rem 1rem;background:#0066cc;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus{outline:3px solid #ff9900;outline-offset:2px}.cf{font-family:monospace;letter-spacing:.05em}`;

/** The development provider's login: one button per test identity. */
export function loginPage(uid: string, identities: readonly TestIdentity[]): string {
  const items = identities
    .map(
      (identity) => `<li>
  <p><strong>${escapeHtml(identity.givenName)} ${escapeHtml(identity.familyName)}</strong>, ${born(identity)} il ${escapeHtml(identity.birthDate.split('-').reverse().join('/'))}<br>
  Codice fiscale <span class="cf">${escapeHtml(identity.codiceFiscale)}</span><br>${escapeHtml(identity.note)}</p>
  <form method="post" action="/interaction/${escapeHtml(uid)}">
    <input type="hidden" name="sub" value="${escapeHtml(identity.sub)}">
    <button type="submit">Entra come ${escapeHtml(identity.givenName)} ${escapeHtml(identity.familyName)}</button>
  </form>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="it">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Identità di prova - fornitore di sviluppo</title><style>${STYLE}</style></head>
<body>
<main>
<h1>Identità di prova</h1>
<div class="warning" role="note"><strong>Fornitore di identità di sviluppo.</strong> Questa pagina sostituisce SPID e CIE solo sulle installazioni di prova: nessuna di queste persone esiste davvero. In produzione qui compare il vero accesso con SPID o CIE.</div>
<p>Scegli la persona con cui entrare.</p>
<ul>
${items}
</ul>
</main>
</body>
</html>`;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
