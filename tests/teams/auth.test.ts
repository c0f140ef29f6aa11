import { randomBytes } from 'node:crypto';
import type { JWTPayload } from 'jose';
import type { Configuration, INetworkModule } from '@azure/msal-node';
import type { Activity } from 'botbuilder';
import type { AuthEndpoints } from '../../src/teams/adapter';
import { routeOf } from '../../src/teams/router';
import { TURN_CHANGED_NOTHING } from '../../src/teams/turn-runner';
import { membersAddedActivity, messageActivity, TEST_TENANT } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { startEntraStandIn, startOpenIdServer, type EntraStandIn, type MsalNetworkModule, type OpenIdServer, type SignOptions } from '../helpers/openid-server';
import { freePort } from '../helpers/redis-server';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Bot Framework authentication, offline, against the real server in production mode.
 *
 * Inbound: each request's token is checked against a local OpenID endpoint (AuthEndpoints) exactly as it would be
 * against login.botframework.com. Those activities are ones the bot answers with nothing, so no outbound token is
 * needed there.
 *
 * Outbound: tokens come from MSAL, which botbuilder configures itself (msalAppCredentials.js: `{ auth: { authority,
 * clientId, clientSecret } }`, nothing else). MSAL refuses an http authority and cannot discover an unknown https
 * one offline, so the authority stays the real login.microsoftonline.com and only MSAL's transport is swapped, through
 * MSAL's own extension point `system.networkClient`. Everything above the socket (botbuilder's credentials,
 * authority, scope, secret, MSAL's discovery and token request, signing the reply) is the real code.
 */
let mockMsalNetwork: MsalNetworkModule | undefined;
jest.mock('@azure/msal-node', () => {
  const actual = jest.requireActual<typeof import('@azure/msal-node')>('@azure/msal-node');
  const offline = (url: string) => Promise.reject(new Error(`MSAL tried to reach ${url}; tests stay offline`));
  const networkClient = {
    sendGetRequestAsync: (url: string, options?: { headers?: Record<string, string>; body?: string }) =>
      mockMsalNetwork ? mockMsalNetwork.sendGetRequestAsync(url, options) : offline(url),
    sendPostRequestAsync: (url: string, options?: { headers?: Record<string, string>; body?: string }) =>
      mockMsalNetwork ? mockMsalNetwork.sendPostRequestAsync(url, options) : offline(url),
  } as unknown as INetworkModule;
  class OfflineConfidentialClientApplication extends actual.ConfidentialClientApplication {
    constructor(configuration: Configuration) {
      super({ ...configuration, system: { ...configuration.system, networkClient } });
    }
  }
  return { ...actual, ConfidentialClientApplication: OfflineConfidentialClientApplication };
});

const APP_ID = '5d0c2f1a-7b3e-4c8d-9e6f-1a2b3c4d5e6f'; // made up
const APP_TENANT = 'c3e1a9f0-2b4d-4e6a-8c7b-9d0e1f2a3b4c'; // made up
const CHANNEL_ISSUER = 'https://api.botframework.com';
const HOUR_S = 60 * 60;

function productionEnv(): Record<string, string> {
  return {
    BOT_LOCAL_MODE: 'false',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'made-up-secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: APP_TENANT,
    // Required by production config; never connected: startTestApp hands the app a memory store.
    REDIS_URL: 'redis://127.0.0.1:1',
    STATE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ALLOWED_TENANT_IDS: TEST_TENANT,
    ROUTING_FILE: 'config/routing.example.json',
  };
}

let openId: OpenIdServer;
let capture: CaptureServer;
let app: TestApp;
let consoleError: jest.SpyInstance;

beforeAll(async () => {
  openId = await startOpenIdServer();
  capture = await startCaptureServer();
  app = await startTestApp({
    env: productionEnv(),
    authEndpoints: { ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl, ToBotFromChannelTokenIssuer: CHANNEL_ISSUER },
  });
});
afterAll(async () => {
  await app?.stop();
  await capture?.close();
  await openId?.close();
});
beforeEach(() => {
  // botframework-connector console.error()s expired and badly signed tokens; keep the test output readable.
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

/** A conversationUpdate in which someone other than the bot joined: routes to nothing, so the bot sends nothing. */
function quietActivity() {
  const activity = membersAddedActivity({ serviceUrl: capture.serviceUrl });
  return { ...activity, membersAdded: [{ id: '29:someone-else' }] };
}

/** Claims as the Bot Connector puts them on a channel token for this bot. */
function channelClaims(serviceUrl: string, overrides: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + HOUR_S, ...overrides };
}

type Case = {
  readonly name: string;
  /** undefined: no Authorization header at all. */
  readonly token?: (serviceUrl: string) => Promise<string>;
  /** The activity's channelId; 'msteams' (what the published key is endorsed for) unless given. */
  readonly channelId?: string;
  readonly status: 200 | 401;
};

const sign = (claims: (serviceUrl: string) => JWTPayload, options?: SignOptions) => (serviceUrl: string) => openId.sign(claims(serviceUrl), options);

const cases: Case[] = [
  { name: 'a correctly signed channel token', token: sign((url) => channelClaims(url)), status: 200 },
  { name: 'no Authorization header', status: 401 },
  {
    name: 'a token signed by an unrelated key under the published kid',
    token: sign((url) => channelClaims(url), { key: 'unrelated' }),
    status: 401,
  },
  { name: 'a token for another audience', token: sign((url) => channelClaims(url, { aud: '0f1e2d3c-4b5a-4968-8776-655443322110' })), status: 401 },
  { name: 'a token from another issuer', token: sign((url) => channelClaims(url, { iss: 'https://issuer.example.invalid' })), status: 401 },
  {
    name: 'a token that expired an hour ago (beyond the 5 minute clock tolerance)',
    token: sign((url) => {
      const now = Math.floor(Date.now() / 1000);
      return channelClaims(url, { nbf: now - 3 * HOUR_S, iat: now - 3 * HOUR_S, exp: now - HOUR_S });
    }),
    status: 401,
  },
  {
    name: 'a token whose serviceurl claim is another service URL',
    token: sign(() => channelClaims('https://smba.trafficmanager.net/emea/')),
    status: 401,
  },
  {
    name: 'a token that is not valid until an hour from now',
    token: sign((url) => {
      const now = Math.floor(Date.now() / 1000);
      return channelClaims(url, { nbf: now + HOUR_S, exp: now + 2 * HOUR_S });
    }),
    status: 401,
  },
  { name: 'a token under a kid the endpoint does not publish', token: sign((url) => channelClaims(url), { kid: 'unknown-kid' }), status: 401 },
  { name: 'a token signed with PS256 (not RS256/384/512)', token: sign((url) => channelClaims(url), { alg: 'PS256' }), status: 401 },
  {
    name: 'an activity from a channel the signing key is not endorsed for',
    token: sign((url) => channelClaims(url)),
    channelId: 'webchat',
    status: 401,
  },
];

describe('inbound Bot Framework token', () => {
  it.each(cases)('$name → $status', async ({ token, channelId, status }) => {
    const activity = { ...quietActivity(), ...(channelId ? { channelId } : {}) };
    const headers: Record<string, string> = token ? { authorization: `Bearer ${await token(activity.serviceUrl)}` } : {};

    const res = await app.post(activity, headers);

    expect(res.status).toBe(status);
    const read = await app.store.read(activity.conversation.id, activity.id);
    const turnRan = app.logLines().some((line) => line.includes(activity.id) && line.includes(TURN_CHANGED_NOTHING));
    if (status === 200) {
      // The turn ran (and, routing to nothing, changed nothing).
      expect(turnRan).toBe(true);
    } else {
      expect(turnRan).toBe(false);
      expect(res.body).toBe('{"error":"unauthorized"}');
      expect(JSON.parse(res.body)).toEqual({ error: 'unauthorized' });
      expect(res.body).not.toMatch(/\bat .+\.(js|ts):\d+/);
      // Refused before the turn: nothing was stored for it.
      expect(read).toEqual({ kind: 'run', snapshot: { version: 0, items: {} } });
    }
    // Nothing in these turns needs the Bot Connector, so no outbound token is ever requested.
    expect(capture.requests).toHaveLength(0);
  });

  it('really fetched the keys from the local OpenID endpoint', () => {
    expect(openId.requests).toEqual(expect.arrayContaining(['/v1/.well-known/openidconfiguration', '/v1/keys']));
  });

  it('logs refusals without the token', () => {
    const refusals = app.logLines().filter((line) => line.includes('bot framework token missing or invalid'));
    expect(refusals.length).toBeGreaterThan(0);
    for (const line of app.logLines()) expect(line).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});

describe('when the keys cannot be fetched', () => {
  it.each([
    ['nothing listens at the OpenID address', async () => `http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`],
    ['the OpenID address answers 404', async () => `${capture.serviceUrl}no-openid-document-here`],
  ])('%s: a 5xx, so Teams delivers again, not a 401 that drops a genuine message', async (_name, metadataUrl) => {
    const down = await startTestApp({
      env: productionEnv(),
      authEndpoints: { ToBotFromChannelOpenIdMetadataUrl: await metadataUrl(), ToBotFromChannelTokenIssuer: CHANNEL_ISSUER },
    });
    try {
      const activity = quietActivity();
      const res = await down.post(activity, { authorization: `Bearer ${await openId.sign(channelClaims(activity.serviceUrl))}` });
      expect(res.status).toBe(503);
      expect(res.body).toBe('{"error":"try again later"}');
      expect(res.body).not.toMatch(/\bat .+\.(js|ts):\d+/);
      expect((await down.store.read(activity.conversation.id, activity.id)).kind).toBe('run');
    } finally {
      await down.stop();
    }
  });
});

describe('the quiet activity', () => {
  it('routes to nothing, so these tests need no outbound token', () => {
    expect(routeOf(quietActivity() as unknown as Activity)).toBeUndefined();
  });
});

describe('outbound Bot Connector token', () => {
  let entra: EntraStandIn;
  let replyApp: TestApp;

  beforeAll(async () => {
    entra = await startEntraStandIn();
    mockMsalNetwork = entra.networkClient;
    const endpoints: AuthEndpoints = { ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl, ToBotFromChannelTokenIssuer: CHANNEL_ISSUER };
    replyApp = await startTestApp({ env: productionEnv(), authEndpoints: endpoints });
  });
  afterAll(async () => {
    await replyApp?.stop();
    await entra?.close();
    mockMsalNetwork = undefined;
  });

  it('replies carry a token MSAL got for the bot’s own tenant, app id, secret and the Bot Framework scope', async () => {
    const before = capture.requests.length;
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, text: 'hulp' });
    const token = await openId.sign(channelClaims(activity.serviceUrl));

    const res = await replyApp.post(activity, { authorization: `Bearer ${token}` });

    expect(res.status).toBe(200);
    const [reply] = (await capture.waitFor(before + 1)).slice(before);
    expect(reply?.activity.text).toMatch(/Hallo, ik ben wijksignaal/);
    expect(entra.issued).toHaveLength(1);
    expect(reply?.authorization).toBe(`Bearer ${entra.issued[0]}`);
    expect(entra.tokenRequests).toEqual([
      {
        tenant: APP_TENANT,
        grantType: 'client_credentials',
        clientId: APP_ID,
        clientSecret: 'made-up-secret',
        scope: 'https://api.botframework.com/.default',
      },
    ]);
    // One request, to the bot's own tenant (MSAL knows login.microsoftonline.com's endpoints without asking).
    expect(entra.requests).toEqual([`POST https://login.microsoftonline.com/${APP_TENANT}/oauth2/v2.0/token`]);
  });
});
