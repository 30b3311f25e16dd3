import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportPKCS8, generateKeyPair } from 'jose';

/**
 * Outside production a missing key is generated once and kept beside the embedded database, so
 * tokens survive a restart of the development server.
 */
export async function resolveSigningKeyPem(
  configured: string | undefined,
  localPath: string,
): Promise<string> {
  if (configured) return configured.replace(/\\n/g, '\n');
  if (existsSync(localPath)) return readFileSync(localPath, 'utf8');
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const pem = await exportPKCS8(privateKey);
  mkdirSync(dirname(localPath), { recursive: true });
  writeFileSync(localPath, pem, { mode: 0o600 });
  return pem;
}
