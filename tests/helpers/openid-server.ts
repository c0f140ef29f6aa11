import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

export type SigningAlgorithm = 'RS256' | 'RS384' | 'RS512';
/** PS256 works with the same RSA key but is outside what botbuilder allows: for the refused-algorithm case. */
type AnyRsaAlgorithm = SigningAlgorithm | 'PS256';

export interface SignOptions {
  /** 'published' (default): the key in the served JWKS. 'unrelated': a second key pair that is published nowhere. */
  readonly key?: 'published' | 'unrelated';
  /** The `kid` header; the published key's id unless given. */
  readonly kid?: string;
  readonly alg?: AnyRsaAlgorithm;
}

export interface OpenIdServer {
  /** Give as ToBotFromChannelOpenIdMetadataUrl. A new port per server, so botbuilder's per-URL key cache never mixes runs. */
  readonly metadataUrl: string;
  /** The `kid` of the published key. */
  readonly kid: string;
  /** Paths requested so far, in order. */
  readonly requests: readonly string[];
  /** A compact JWS over exactly `claims` (no defaults added: iss, aud, exp... are the caller's). */
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

const METADATA_PATH = '/v1/.well-known/openidconfiguration';
const KEYS_PATH = '/v1/keys';

/**
 * A stand-in for login.botframework.com on loopback: the OpenID configuration document and a JWKS with one RSA
 * key, shaped like the real one (kid, use, alg, and the channel endorsements botbuilder checks against channelId).
 */
export async function startOpenIdServer(options: { alg?: SigningAlgorithm; endorsements?: readonly string[] } = {}): Promise<OpenIdServer> {
  const alg = options.alg ?? 'RS256';
  const endorsements = options.endorsements ?? ['msteams'];
  const published = await generateKeyPair(alg);
  const unrelated = await generateKeyPair(alg);
  const kid = `test-${randomUUID()}`;
  const jwks = { keys: [{ ...(await exportJWK(published.publicKey)), kid, use: 'sig', alg, endorsements }] };
  const requests: string[] = [];

  let base = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    requests.push(path);
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && path === METADATA_PATH) {
      send({
        issuer: 'https://api.botframework.com',
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${base}${KEYS_PATH}`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    } else if (req.method === 'GET' && path === KEYS_PATH) {
      send(jwks);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${base}${METADATA_PATH}`,
    kid,
    requests,
    sign(claims, signOptions = {}) {
      const key: KeyLike = (signOptions.key ?? 'published') === 'published' ? published.privateKey : unrelated.privateKey;
      return new SignJWT(claims).setProtectedHeader({ alg: signOptions.alg ?? alg, kid: signOptions.kid ?? kid, typ: 'JWT' }).sign(key);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What MSAL posted to the token endpoint (client credentials flow). */
export interface TokenRequest {
  readonly tenant: string;
  readonly grantType: string | null;
  readonly clientId: string | null;
  readonly clientSecret: string | null;
  readonly scope: string | null;
}

/** MSAL's network module (INetworkModule in @azure/msal-common), structurally, so this helper needs no MSAL import. */
export interface MsalNetworkModule {
  sendGetRequestAsync(url: string, options?: { headers?: Record<string, string>; body?: string }): Promise<MsalNetworkResponse>;
  sendPostRequestAsync(url: string, options?: { headers?: Record<string, string>; body?: string }): Promise<MsalNetworkResponse>;
}
interface MsalNetworkResponse {
  headers: Record<string, string>;
  body: unknown;
  status: number;
}

export interface EntraStandIn {
  /** The real authority host the bot's MSAL client asks; every request for it is served here instead. */
  readonly loginOrigin: string;
  /** Give to MSAL as `system.networkClient`: answers for loginOrigin, refuses every other host (tests stay offline). */
  readonly networkClient: MsalNetworkModule;
  /** Every request MSAL made: method and URL as MSAL spelled it, without the query (MSAL adds a random request id). */
  readonly requests: readonly string[];
  readonly tokenRequests: readonly TokenRequest[];
  /** The access tokens handed out, in order. */
  readonly issued: readonly string[];
  close(): Promise<void>;
}

const TENANT_OPENID = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/;
const TENANT_TOKEN = /^\/([^/]+)\/oauth2\/v2\.0\/token$/;

/**
 * A stand-in for login.microsoftonline.com on loopback: the tenant's OpenID configuration and a client-credentials
 * token endpoint. MSAL insists on an https authority it can discover (UrlString.validateAsUri, Authority.updateCloudDiscoveryMetadata),
 * so the authority stays the real one and only MSAL's transport is routed here through `networkClient`.
 */
export async function startEntraStandIn(loginOrigin = 'https://login.microsoftonline.com'): Promise<EntraStandIn> {
  const requests: string[] = [];
  const tokenRequests: TokenRequest[] = [];
  const issued: string[] = [];

  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const openid = req.method === 'GET' ? TENANT_OPENID.exec(path) : null;
      const token = req.method === 'POST' ? TENANT_TOKEN.exec(path) : null;
      if (openid?.[1]) {
        const t = `${loginOrigin}/${openid[1]}`;
        send(200, {
          issuer: `${t}/v2.0`,
          authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
          token_endpoint: `${t}/oauth2/v2.0/token`,
          end_session_endpoint: `${t}/oauth2/v2.0/logout`,
          jwks_uri: `${loginOrigin}/${openid[1]}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'token'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        });
      } else if (token?.[1]) {
        const form = new URLSearchParams(body);
        tokenRequests.push({
          tenant: token[1],
          grantType: form.get('grant_type'),
          clientId: form.get('client_id'),
          clientSecret: form.get('client_secret'),
          scope: form.get('scope'),
        });
        const accessToken = `local-access-token-${randomUUID()}`;
        issued.push(accessToken);
        send(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
      } else {
        send(404, { error: 'not_found' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const route = async (method: 'GET' | 'POST', url: string, options?: { headers?: Record<string, string>; body?: string }) => {
    const target = new URL(url);
    requests.push(`${method} ${target.origin}${target.pathname}`);
    if (target.origin !== loginOrigin) throw new Error(`MSAL tried to reach ${target.origin}; tests stay offline`);
    const headers = Object.fromEntries(Object.entries(options?.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-length'));
    const res = await fetch(`${base}${target.pathname}${target.search}`, { method, headers, body: method === 'POST' ? options?.body : undefined });
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((value, name) => (responseHeaders[name] = value));
    return { status: res.status, headers: responseHeaders, body: (await res.json()) as unknown };
  };

  return {
    loginOrigin,
    networkClient: {
      sendGetRequestAsync: (url, options) => route('GET', url, options),
      sendPostRequestAsync: (url, options) => route('POST', url, options),
    },
    requests,
    tokenRequests,
    issued,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
