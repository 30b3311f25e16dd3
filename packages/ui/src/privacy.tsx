import { useQuery } from '@tanstack/react-query';
import { Loading, PageTitle } from './layout';
import { LoadError } from './paged-list';
import { it } from './strings';

export interface PrivacyNetwork {
  id: string;
  name: string;
  privacyController?: string | null;
  dpoEmail?: string | null;
}

/** Whom the notice names, network by network: the controller and how to reach the DPO. */
function Controllers({ networks }: { networks: readonly PrivacyNetwork[] }) {
  const t = it.privacy;
  return (
    <>
      <h2 className="h4">{t.controllerTitle}</h2>
      {networks.map((network) => (
        <dl className="sl-details" key={network.id} data-testid="privacy-controller">
          {networks.length > 1 ? (
            <>
              <dt>Rete</dt>
              <dd>{network.name}</dd>
            </>
          ) : null}
          <dt>{t.controller}</dt>
          <dd>{network.privacyController ?? t.controllerUnset}</dd>
          <dt>{t.dpo}</dt>
          <dd className="text-break">
            {network.dpoEmail ? <a href={`mailto:${network.dpoEmail}`}>{network.dpoEmail}</a> : t.dpoUnset}
          </dd>
        </dl>
      ))}
      <p>{t.controllerNote}</p>
    </>
  );
}

/** The privacy notice (art. 13 GDPR), with the controller and the DPO of each network. */
export function PrivacyView({ loadNetworks }: { loadNetworks: () => Promise<readonly PrivacyNetwork[]> }) {
  const networks = useQuery({ queryKey: ['privacy-networks'], queryFn: loadNetworks });
  const t = it.privacy;
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <div className="sl-prose">
        <p>{t.intro}</p>
        {networks.isPending ? <Loading /> : null}
        {networks.error ? <LoadError error={networks.error} retry={() => networks.refetch()} /> : null}
        {networks.data ? <Controllers networks={networks.data} /> : null}
        <h2 className="h4">Come li trattiamo</h2>
        <ul>
          {t.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p>{t.contact}</p>
      </div>
    </>
  );
}
