import { useQuery } from '@tanstack/react-query';
import { client } from './client';
import { graphql } from './gql';

const NetworkQuery = graphql(`
  query OpenDataLinks_Query {
    me {
      id
      network {
        id
        slug
      }
    }
  }
`);

/** The public addresses of the network's open data, to hand to the regional portal. */
export function OpenDataLinks({ semester }: { semester: string }) {
  const query = useQuery({ queryKey: ['network', 'open-data'], queryFn: () => client.request(NetworkQuery) });
  const slug = query.data?.me?.network?.slug;
  if (!slug) return null;
  const base = `${window.location.origin}/api/open-data/${slug}`;
  const links = [
    { label: `Dati per comune del semestre ${semester} (CSV)`, url: `${base}/${semester}.csv` },
    { label: `Dati per comune del semestre ${semester} (JSON)`, url: `${base}/${semester}.json` },
    { label: 'Elenco di tutti i semestri e dei file', url: `${base}/index.json` },
    { label: 'Dizionario dei dati (il significato di ogni colonna)', url: `${base}/dictionary.json` },
    {
      label: 'Offerte di lavoro pubblicate (JobPosting, per i motori di ricerca)',
      url: `${base}/vacancies.jsonld`,
    },
    { label: 'Mappa del sito delle offerte pubbliche', url: `${window.location.origin}/sitemap.xml` },
  ];
  return (
    <section className="sl-section" aria-labelledby="open-data" data-testid="open-data-links">
      <h2 id="open-data">Dati aperti</h2>
      <p>
        Iscrizioni e prese in carico per comune e gruppo sono pubblicate come dati aperti, con licenza CC BY
        4.0 (chi le riusa deve citare la rete e Sportello Lavoro). Si leggono senza accesso: puoi dare questi
        indirizzi al portale regionale. Contengono solo i numeri protetti del rapporto: un dato nascosto qui è
        nascosto anche lì (campo vuoto nel CSV, null nel JSON).
      </p>
      <ul className="text-break">
        {links.map((link) => (
          <li key={link.url}>
            {link.label}: <a href={link.url}>{link.url}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
