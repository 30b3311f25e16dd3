import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses an endpoint may not have in production: loopback, private, link-local (cloud metadata
 * services live there), shared, unique-local and unspecified ranges, so that a subscription cannot
 * make the API call into the network it runs in.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL.check(mapped, 'ipv4');
  const family = isIP(address);
  return family !== 0 && INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * Why an endpoint URL is refused, in Italian, or null. Always http(s) without credentials; in
 * production only https to a public host, so no secret travels in clear and nothing internal is
 * reachable.
 */
export function endpointUrlProblem(raw: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'Scrivi un indirizzo web completo, per esempio https://esempio.it/webhook.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'L’indirizzo deve iniziare con https://.';
  }
  if (url.username || url.password) return 'L’indirizzo non può contenere nome utente o password.';
  if (!production) return null;
  if (url.protocol !== 'https:') return 'L’indirizzo deve iniziare con https:// (connessione protetta).';
  const host = bareHost(url).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || isInternalAddress(host)) {
    return 'L’indirizzo deve essere raggiungibile da internet, non un indirizzo interno.';
  }
  return null;
}

/**
 * In production, checked again before each delivery: a public name may have come to resolve to an
 * internal address since the subscription was made.
 */
export async function resolvesToInternal(raw: string): Promise<boolean> {
  const host = bareHost(new URL(raw));
  if (isIP(host)) return isInternalAddress(host);
  const addresses = await lookup(host, { all: true });
  return addresses.some(({ address }) => isInternalAddress(address));
}
