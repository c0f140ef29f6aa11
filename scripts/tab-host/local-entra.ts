import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

/**
 * Entra's sign-in metadata and keys on loopback, for the tab's preview and tests: the same document shape as
 * login.microsoftonline.com/common/v2.0/.well-known/openid-configuration (issuer with a {tenantid} placeholder), a JWKS
 * with one RSA key, and a signer for tokens like those Teams hands the tab. Nothing here is product code: the bot only
 * ever sees a metadata URL (TAB_OPENID_METADATA_URL).
 */
export interface LocalEntra {
  readonly metadataUrl: string;
  /** A compact RS256 JWS over exactly `claims`; 'unrelated' signs with a key that is published nowhere. */
  sign(claims: JWTPayload, options?: { readonly key?: 'published' | 'unrelated' }): Promise<string>;
  /** A token as Teams would give the tab: v2 issuer of `tenantId`, audience `audience`, valid for an hour from now. */
  teamsToken(who: { readonly tenantId: string; readonly objectId: string; readonly audience: string; readonly roles?: readonly string[] }): Promise<string>;
  /** Paths asked for so far, in order. */
  readonly requests: readonly string[];
  /** While down, metadata and keys answer 503, as a sign-in service in trouble would. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

export async function startLocalEntra(): Promise<LocalEntra> {
  const published = await generateKeyPair('RS256');
  const unrelated = await generateKeyPair('RS256');
  const kid = `local-${randomUUID()}`;
  const jwks = { keys: [{ ...(await exportJWK(published.publicKey)), kid, use: 'sig', alg: 'RS256' }] };
  let base = '';
  let down = false;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    requests.push(path);
    const body =
      path === '/common/v2.0/.well-known/openid-configuration'
        ? {
            issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
            jwks_uri: `${base}/common/discovery/v2.0/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
          }
        : path === '/common/discovery/v2.0/keys'
          ? jwks
          : undefined;
    if (down) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'temporarily_unavailable' }));
      return;
    }
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not_found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sign = (claims: JWTPayload, options: { readonly key?: 'published' | 'unrelated' } = {}) => {
    const key: KeyLike = options.key === 'unrelated' ? unrelated.privateKey : published.privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  };
  return {
    metadataUrl: `${base}/common/v2.0/.well-known/openid-configuration`,
    requests,
    sign,
    teamsToken: ({ tenantId, objectId, audience, roles }) => {
      const now = Math.floor(Date.now() / 1000);
      return sign({
        iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
        aud: audience,
        tid: tenantId,
        oid: objectId,
        scp: 'access_as_user',
        ver: '2.0',
        iat: now,
        nbf: now,
        exp: now + 3600,
        ...(roles ? { roles: [...roles] } : {}),
      });
    },
    setDown: (value) => void (down = value),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
