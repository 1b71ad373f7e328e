import { join } from 'node:path';
import type { CertificatesSettings } from '#certificates';
import { reachableUrl } from './seed.settings.js';
import { text, url } from './setting-kinds.js';
import { setting, type Values } from './setting.js';

/** Who signs origin certificates, with which keys, and where buyers verify them. */
export const CERTIFICATES_SETTINGS = {
  certificateIssuer: setting({ name: 'CERTIFICATE_ISSUER', fallback: 'SERFOR', meaning: 'who issues the origin certificates, as printed and signed on them', ...text }),
  certificateKeys: setting({ name: 'CERTIFICATE_KEYS', meaning: 'a JWK Set of Ed25519 keys: the first with a private part signs, every key verifies (put a new key first to rotate, keep the old ones, private parts may go)', ...text }),
  certificateKeysFile: setting({ name: 'CERTIFICATE_KEYS_FILE', meaning: 'a file holding that JWK Set', ...text }),
  certificatePublicUrl: setting({ name: 'CERTIFICATE_PUBLIC_URL', meaning: 'the address buyers reach the API at, which each PDF’s QR code points into; by default where it listens', ...url(['http:', 'https:'], 'an http or https URL') }),
} as const;

/** With no keys configured, a key made once in `<dataDir>/keys` beside the token keys. */
export function certificatesSettings(values: Values<typeof CERTIFICATES_SETTINGS>, dataDir: string, listening: { host: string; port: number }): CertificatesSettings {
  const { certificateKeys, certificateKeysFile } = values;
  const keys = certificateKeys !== undefined ? { kind: 'jwks' as const, json: certificateKeys } : certificateKeysFile !== undefined ? { kind: 'file' as const, path: certificateKeysFile } : { kind: 'local' as const, dir: join(dataDir, 'keys') };
  return { issuer: values.certificateIssuer, keys, publicUrl: values.certificatePublicUrl ?? reachableUrl(listening.host, listening.port) };
}

/** At most one source of certificate keys: which key signs must be unambiguous. */
export function oneCertificateKeySource(env: NodeJS.ProcessEnv): readonly string[] {
  const { certificateKeys, certificateKeysFile } = CERTIFICATES_SETTINGS;
  return (env[certificateKeys.name] ?? '') !== '' && (env[certificateKeysFile.name] ?? '') !== '' ? [`Set only one of ${certificateKeys.name}, ${certificateKeysFile.name}`] : [];
}
