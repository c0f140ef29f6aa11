import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Clock } from '../../domain';

/** Who a valid Teams SSO token says is asking. */
export interface TabUser {
  readonly objectId: string;
  readonly tenantId: string;
  readonly roles: readonly string[];
}

export type TokenRefusal =
  | 'token-missing'
  | 'token-invalid'
  | 'token-expired'
  | 'token-audience'
  | 'token-tenant'
  | 'token-signature'
  | 'token-not-delegated'
  | 'sign-in-not-configured';
export type TokenCheck = { ok: true; user: TabUser } | { ok: false; refusal: TokenRefusal } | { ok: false; unavailable: true };

export interface TabTokenSettings {
  /** Absent: the tab's sign-in is not configured, and every token is refused. */
  readonly sso?: { readonly audience: string; readonly metadataUrl: string };
  readonly allowedTenants: ReadonlySet<string> | 'any';
  readonly clock: Clock;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
// Teams and Entra clocks drift a little from ours; a minute is what Microsoft's own middleware allows.
const CLOCK_TOLERANCE_S = 60;
const FETCH_TIMEOUT_MS = 5000;
// After a failed fetch of the metadata, requests are answered 503 from memory for this long: an outage of Entra must
// not turn every request (signed or not) into an outbound call.
const FAILURE_MEMORY_MS = 30_000;
/** The scope the tab's Teams SSO token carries (Expose an API in the app registration). */
export const TAB_SCOPE = 'access_as_user';

const MetadataSchema = z.looseObject({ jwks_uri: z.url({ protocol: /^https?$/ }) });
const ClaimsSchema = z.looseObject({
  tid: z.string().regex(GUID),
  oid: z.string().regex(GUID),
  iss: z.string(),
  roles: z.array(z.string()).optional(),
  /** Delegated scopes, space-separated; an app-only token has none. */
  scp: z.string().optional(),
  idtyp: z.string().optional(),
});

/** The keys could not be fetched: the token may well be fine, so the caller is told to try again, not refused. */
class KeysUnreachable extends Error {}

/**
 * Checks a Teams SSO token (`authentication.getAuthToken()` in the tab): RS256 signature against the keys the OpenID
 * metadata names, audience (the app registration's client id: v2 tokens carry no other), expiry (and not-before), the
 * issuer of the token's own tenant on Entra's v2 endpoint, that tenant against the allowed ones, and that it is a
 * person's delegated token with the tab's scope. jose does the JOSE part; what Entra means by a token is checked here.
 */
export function createTabTokenVerifier(settings: TabTokenSettings): (authorization: string | undefined) => Promise<TokenCheck> {
  const { sso } = settings;
  let keys: Promise<JWTVerifyGetKey> | undefined;
  let failedAt: number | undefined;

  const keySet = () => {
    if (failedAt !== undefined && settings.clock.now() - failedAt < FAILURE_MEMORY_MS) {
      return Promise.reject(new KeysUnreachable('the metadata failed a moment ago'));
    }
    keys ??= loadKeySet(sso!.metadataUrl).then(
      (loaded) => ((failedAt = undefined), loaded),
      (err: unknown) => {
        keys = undefined; // try the metadata again once the failure is forgotten
        failedAt = settings.clock.now();
        throw err;
      },
    );
    return keys;
  };
  const keyFor: JWTVerifyGetKey = async (header, token) => {
    const remote = await keySet();
    try {
      return await remote(header, token);
    } catch (err) {
      // An unknown key id is the token's fault; anything else (timeout, refused connection, a broken JWKS) is ours.
      if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) throw err;
      throw new KeysUnreachable('keys unreachable', { cause: err });
    }
  };

  return async (authorization) => {
    const token = BEARER.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return { ok: false, refusal: 'token-missing' };
    if (!sso) return { ok: false, refusal: 'sign-in-not-configured' };
    try {
      const { payload } = await jwtVerify(token, keyFor, {
        algorithms: ['RS256'],
        audience: sso.audience,
        requiredClaims: ['exp', 'iat'],
        clockTolerance: CLOCK_TOLERANCE_S,
        currentDate: new Date(settings.clock.now()),
      });
      const claims = ClaimsSchema.safeParse(payload);
      if (!claims.success) return { ok: false, refusal: 'token-invalid' };
      const { tid, oid, iss, roles, scp, idtyp } = claims.data;
      const tenantId = tid.toLowerCase();
      // The common metadata serves every tenant's keys, so the issuer must name the tenant the token claims.
      if (iss !== `https://login.microsoftonline.com/${tid}/v2.0`) return { ok: false, refusal: 'token-invalid' };
      // Only the token Teams gets for a signed-in person (delegated, our scope): not an app's own token, not an ID token.
      if (idtyp === 'app' || !(scp ?? '').split(' ').includes(TAB_SCOPE)) return { ok: false, refusal: 'token-not-delegated' };
      if (settings.allowedTenants !== 'any' && !settings.allowedTenants.has(tenantId)) return { ok: false, refusal: 'token-tenant' };
      return { ok: true, user: { objectId: oid.toLowerCase(), tenantId, roles: roles ?? [] } };
    } catch (err) {
      if (err instanceof KeysUnreachable) return { ok: false, unavailable: true };
      return { ok: false, refusal: refusalOf(err) };
    }
  };
}

function refusalOf(err: unknown): TokenRefusal {
  if (err instanceof errors.JWTExpired) return 'token-expired';
  if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'aud') return 'token-audience';
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey) return 'token-signature';
  return 'token-invalid';
}

async function loadKeySet(metadataUrl: string): Promise<JWTVerifyGetKey> {
  let metadata: unknown;
  try {
    // No redirects: the keys come from the address configured, nowhere else.
    const res = await fetch(metadataUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
    if (!res.ok) throw new Error(`OpenID metadata answered ${res.status}`);
    metadata = await res.json();
  } catch (err) {
    throw new KeysUnreachable('OpenID metadata unreachable', { cause: err });
  }
  const parsed = MetadataSchema.safeParse(metadata);
  if (!parsed.success) throw new KeysUnreachable('OpenID metadata has no usable jwks_uri');
  const jwksUrl = new URL(parsed.data.jwks_uri);
  if (new URL(metadataUrl).protocol === 'https:' && jwksUrl.protocol !== 'https:') throw new KeysUnreachable('jwks_uri must be https');
  // jose caches the keys and fetches again (at most every 30 s) when a token names a key id it has not seen: rotation.
  return createRemoteJWKSet(jwksUrl, { timeoutDuration: FETCH_TIMEOUT_MS, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
}
