import type { JWTPayload } from 'jose';
import { startLocalEntra, type LocalEntra } from '../../../scripts/tab-host/local-entra';
import { sampleFigures } from '../../../scripts/tab-host/sample-figures';
import { createMemoryQueueFigures } from '../../../src/store/memory-figures';
import { QueuesViewSchema } from '../../../src/coordination/tab-api/queues-api-types';
import { TEST_TENANT } from '../../helpers/activities';
import { fakeClock } from '../../helpers/fake-clock';
import { INTAKE_ROUTING } from '../../helpers/intake';
import { startTestApp, type TestApp } from '../../helpers/test-app';

const APP_ID = '3f2b8c1e-5d4a-4b6c-9e7f-1a2b3c4d5e6f';
const RESOURCE = `api://wijksignaal.example/${APP_ID}`;
const COORDINATOR = '6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const TEACHER = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';
/** A school's tenant: allowed to use the bot, but not the gemeente's own (MicrosoftAppTenantId). */
const SCHOOL_TENANT = '22222222-3333-4444-8555-666666666666';

const routing = INTAKE_ROUTING;

describe('GET /api/queues: the Teams SSO token decides', () => {
  const clock = fakeClock();
  let entra: LocalEntra;
  let app: TestApp;

  beforeAll(async () => {
    entra = await startLocalEntra();
    app = await startTestApp({
      clock,
      routing,
      env: {
        ALLOWED_TENANT_IDS: `${TEST_TENANT},${SCHOOL_TENANT}`,
        MicrosoftAppTenantId: TEST_TENANT,
        COORDINATOR_AAD_OBJECT_IDS: COORDINATOR,
        TAB_SSO_APP_ID: APP_ID,
        TAB_OPENID_METADATA_URL: entra.metadataUrl,
      },
    });
    for (const [teamId, figures] of sampleFigures(routing, clock.now())) await app.figures.replace(teamId, figures);
  });
  afterAll(async () => {
    await app.stop();
    await entra.close();
  });

  /** Claims as Teams' SSO token carries them, at the app's clock; `change` overrides or (undefined) removes. */
  const claims = (change: Record<string, unknown> = {}): JWTPayload => {
    const now = Math.floor(clock.now() / 1000);
    const base: Record<string, unknown> = {
      iss: `https://login.microsoftonline.com/${TEST_TENANT}/v2.0`,
      aud: APP_ID,
      tid: TEST_TENANT,
      oid: COORDINATOR,
      scp: 'access_as_user',
      azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
      ver: '2.0',
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      ...change,
    };
    return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as JWTPayload;
  };
  const get = async (authorization?: string) => {
    const res = await fetch(`${app.url}/api/queues`, { headers: authorization === undefined ? {} : { authorization } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown>, cacheControl: res.headers.get('cache-control') };
  };
  const bearer = async (payload: JWTPayload, key?: 'published' | 'unrelated') => `Bearer ${await entra.sign(payload, { key })}`;

  it('a coordinator with a valid token gets every queue’s figures, counts only', async () => {
    const res = await get(await bearer(claims()));
    expect(res.status).toBe(200);
    expect(res.cacheControl).toBe('no-store');
    const view = QueuesViewSchema.parse(res.body);
    expect(view.queues.map((q) => q.name)).toEqual(['Wijkteam Noord', 'Wijkteam Zuid', 'Centrale intake']);
    // The sample's first queue: 6 unclaimed, 2 of them past their deadline (the figures store's own status read).
    const [noord] = view.queues;
    expect(noord).toMatchObject({ statuses: { new: 6 }, pastDeadline: 2, linked: false });
    expect(JSON.stringify(res.body)).not.toMatch(/WS-SAMPLE|sample-noord/); // no reference, no signal id
  });

  it.each<[string, Record<string, unknown>]>([
    ['the Coordinator app role given in the gemeente’s own tenant, whoever the object id', { oid: TEACHER, roles: ['Coordinator'] }],
    ['more scopes than the tab’s', { scp: 'User.Read access_as_user' }],
    [
      'a tenant id in capitals, its issuer alike',
      { tid: TEST_TENANT.toUpperCase(), iss: `https://login.microsoftonline.com/${TEST_TENANT.toUpperCase()}/v2.0` },
    ],
    ['a token 30 s past expiry (clock skew allowed)', { exp: Math.floor(clock.now() / 1000) - 30 }],
  ])('accepted: %s', async (_name, change) => {
    expect((await get(await bearer(claims(change)))).status).toBe(200);
  });

  const HOUR = 3600;
  const t0 = Math.floor(clock.now() / 1000);
  it.each<[string, Record<string, unknown> | 'no header' | 'not bearer' | 'unrelated key' | 'garbage', string]>([
    ['missing', 'no header', 'token-missing'],
    ['not a bearer token', 'not bearer', 'token-missing'],
    ['not a JWT', 'garbage', 'token-invalid'],
    ['expired', { iat: t0 - 3 * HOUR, nbf: t0 - 3 * HOUR, exp: t0 - HOUR }, 'token-expired'],
    ['not yet valid', { nbf: t0 + HOUR }, 'token-invalid'],
    ['wrong audience', { aud: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' }, 'token-audience'],
    ['the bot framework’s audience', { aud: 'https://api.botframework.com' }, 'token-audience'],
    ['the Application ID URI as audience (v2 tokens carry the client id)', { aud: RESOURCE }, 'token-audience'],
    ['an app’s own token (no person behind it)', { idtyp: 'app', scp: undefined, roles: ['Coordinator'] }, 'token-not-delegated'],
    ['an ID token (no scope)', { scp: undefined }, 'token-not-delegated'],
    ['a token for another scope', { scp: 'User.Read' }, 'token-not-delegated'],
    ['wrong tenant (its own issuer)', { tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }, 'token-tenant'],
    ['issuer of another tenant than tid', { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }, 'token-invalid'],
    ['v1 issuer', { iss: `https://sts.windows.net/${TEST_TENANT}/` }, 'token-invalid'],
    ['bad signature (a key published nowhere)', 'unrelated key', 'token-signature'],
    ['no object id', { oid: undefined }, 'token-invalid'],
    ['no expiry', { exp: undefined }, 'token-invalid'],
  ])('401 when the token is %s', async (_name, change, error) => {
    const authorization =
      change === 'no header'
        ? undefined
        : change === 'not bearer'
          ? `Basic ${Buffer.from('anna:secret').toString('base64')}`
          : change === 'garbage'
            ? 'Bearer abc.def.ghi'
            : change === 'unrelated key'
              ? await bearer(claims(), 'unrelated')
              : await bearer(claims(change));
    const res = await get(authorization);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error, message: expect.any(String) });
  });

  it('401 for a token whose signature was tampered with after signing (payload changed)', async () => {
    const [header, , signature] = (await entra.sign(claims())).split('.');
    const forged = Buffer.from(JSON.stringify(claims({ oid: COORDINATOR, roles: ['Coordinator'] }))).toString('base64url');
    const res = await get(`Bearer ${header}.${forged}.${signature}`);
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('token-signature');
  });

  it('401 for an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims())).toString('base64url');
    const res = await get(`Bearer ${header}.${payload}.`);
    expect(res.status).toBe(401);
  });

  it.each<[string, Record<string, unknown>]>([
    ['someone who is not a coordinator', { oid: TEACHER }],
    [
      'the Coordinator role given in a school’s tenant (allowed to use the bot, not the gemeente’s)',
      { oid: TEACHER, tid: SCHOOL_TENANT, iss: `https://login.microsoftonline.com/${SCHOOL_TENANT}/v2.0`, roles: ['Coordinator'] },
    ],
  ])('403 for a valid token of %s, and the refusal audited', async (_name, change) => {
    const refusals = async () => (await app.audit.list('-')).filter((e) => e.action === 'action-refused' && e.reason === 'not-coordinator-tab');
    const before = (await refusals()).length;
    const res = await get(await bearer(claims(change)));
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'not-coordinator', message: expect.any(String) });
    expect((await refusals()).slice(before)).toEqual([expect.objectContaining({ actor: TEACHER, teamId: '-' })]);
  });

  it('never logs the token', async () => {
    const token = await entra.sign(claims({ oid: TEACHER }));
    const before = app.logLines().length;
    await get(`Bearer ${token}`);
    const lines = app.logLines().slice(before).join('\n');
    expect(lines).toContain('not a coordinator'); // the request was logged
    expect(lines).not.toContain(token.split('.')[1]);
    expect(lines).not.toContain(token.split('.')[2]);
  });
});

describe('GET /api/queues: no bypass when sign-in cannot be checked', () => {
  it('local mode without TAB_SSO_APP_ID refuses every token (401, says what is missing)', async () => {
    const entra = await startLocalEntra();
    const app = await startTestApp({ env: { COORDINATOR_AAD_OBJECT_IDS: COORDINATOR, TAB_OPENID_METADATA_URL: entra.metadataUrl } });
    try {
      const token = await entra.teamsToken({ tenantId: TEST_TENANT, objectId: COORDINATOR, audience: APP_ID });
      const res = await fetch(`${app.url}/api/queues`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'sign-in-not-configured', message: expect.stringContaining('TAB_SSO_APP_ID') });
    } finally {
      await app.stop();
      await entra.close();
    }
  });

  it('figures unreadable (the store is down): 503 with Retry-After, nothing else said', async () => {
    const entra = await startLocalEntra();
    const downStore = { ...createMemoryQueueFigures({}), status: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) };
    const app = await startTestApp({
      clock: { now: () => Date.now() },
      figures: downStore,
      env: { COORDINATOR_AAD_OBJECT_IDS: COORDINATOR, TAB_SSO_APP_ID: APP_ID, TAB_OPENID_METADATA_URL: entra.metadataUrl },
    });
    try {
      const token = await entra.teamsToken({ tenantId: TEST_TENANT, objectId: COORDINATOR, audience: APP_ID });
      const res = await fetch(`${app.url}/api/queues`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(await res.json()).toEqual({ error: 'store-unavailable', message: expect.any(String) });
    } finally {
      await app.stop();
      await entra.close();
    }
  });

  it('keys unreachable: 503 with Retry-After (never let through), remembered for 30 s, served once they are back', async () => {
    const entra = await startLocalEntra();
    const clock = fakeClock(Date.now());
    const app = await startTestApp({
      clock,
      env: { COORDINATOR_AAD_OBJECT_IDS: COORDINATOR, TAB_SSO_APP_ID: APP_ID, TAB_OPENID_METADATA_URL: entra.metadataUrl },
    });
    const ask = async () => {
      const token = await entra.teamsToken({ tenantId: TEST_TENANT, objectId: COORDINATOR, audience: APP_ID });
      return fetch(`${app.url}/api/queues`, { headers: { authorization: `Bearer ${token}` } });
    };
    try {
      entra.setDown(true);
      expect((await fetch(entra.metadataUrl)).status).toBe(503); // precondition: the metadata is really down
      const refused = await ask();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(await refused.json()).toEqual({ error: 'sign-in-unavailable', message: expect.any(String) });

      // Back up, but within 30 s of the failure: answered from memory, without asking Entra again.
      entra.setDown(false);
      const asked = entra.requests.length;
      clock.advance(29_000);
      expect((await ask()).status).toBe(503);
      expect(entra.requests.length).toBe(asked);

      clock.advance(2_000);
      expect((await ask()).status).toBe(200);
    } finally {
      await app.stop();
      await entra.close();
    }
  });
});
