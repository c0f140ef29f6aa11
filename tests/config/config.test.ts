import { randomBytes } from 'node:crypto';
import { parseConfig } from '../../src/config/config';

const APP_ID = '5d2f8a61-3c7e-4b9a-8e1f-0a6b4c2d9e73';
const TENANT = '7a1e3b52-0c4d-4e8f-9a6b-2d5c8f1e0a93';
const KEY = `k1:${randomBytes(32).toString('base64')}`;

const production = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'made-up-secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
  REDIS_URL: 'redis://127.0.0.1:6380',
  STATE_ENCRYPTION_KEYS: KEY,
  ALLOWED_TENANT_IDS: TENANT,
  ROUTING_FILE: 'config/routing.example.json',
};

function problems(env: Record<string, string | undefined>): string[] {
  const result = parseConfig(env);
  return result.ok ? [] : result.problems;
}

describe('parseConfig', () => {
  it('local mode with nothing else: loopback, port 3978, memory, any tenant, 14 days', () => {
    const result = parseConfig({ BOT_LOCAL_MODE: 'true' });
    expect(result.ok && result.config).toMatchObject({
      mode: 'local',
      host: '127.0.0.1',
      port: 3978,
      redis: undefined,
      allowedTenants: 'any',
      stateTtlMs: 14 * 24 * 60 * 60 * 1000,
    });
  });

  it('a complete production setup binds all interfaces and keeps the tenant list', () => {
    const result = parseConfig(production);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.mode).toBe('production');
    expect(result.config.host).toBe('0.0.0.0');
    expect(result.config.allowedTenants).toEqual(new Set([TENANT]));
    expect(result.config.redis).toEqual({ url: production.REDIS_URL, keyPrefix: 'ws:' });
    expect('keys' in result.config.encryption && result.config.encryption.keys.map((k) => k.id)).toEqual(['k1']);
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ['nothing at all: never a quietly open bot', {}, 'MicrosoftAppId: required in production'],
    ['local mode together with an app id', { BOT_LOCAL_MODE: 'true', MicrosoftAppId: APP_ID }, 'BOT_LOCAL_MODE:'],
    ['no password for SingleTenant', { ...production, MicrosoftAppPassword: '' }, 'MicrosoftAppPassword: required'],
    ['no tenant for SingleTenant', { ...production, MicrosoftAppTenantId: undefined }, 'MicrosoftAppTenantId: required'],
    ['a password with a managed identity', { ...production, MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppPassword: must be empty'],
    ['an unknown app type', { ...production, MicrosoftAppType: 'Whatever' }, 'MicrosoftAppType: use SingleTenant'],
    ['an app id that is no GUID', { ...production, MicrosoftAppId: 'my-bot' }, 'MicrosoftAppId: must be'],
    ['production without Redis', { ...production, REDIS_URL: undefined }, 'REDIS_URL: required in production'],
    ['production without a routing file', { ...production, ROUTING_FILE: '' }, 'ROUTING_FILE: required in production'],
    ['admins that are no GUIDs', { ...production, ADMIN_AAD_OBJECT_IDS: 'beheerder' }, 'ADMIN_AAD_OBJECT_IDS: every entry must be an Entra object id'],
    ['production without allowed tenants', { ...production, ALLOWED_TENANT_IDS: '' }, 'ALLOWED_TENANT_IDS: required'],
    ['a tenant list with a non-GUID', { ...production, ALLOWED_TENANT_IDS: `${TENANT},contoso` }, 'ALLOWED_TENANT_IDS: every entry'],
    ['Redis without an encryption key', { ...production, STATE_ENCRYPTION_KEYS: undefined }, 'STATE_ENCRYPTION_KEYS: required with REDIS_URL'],
    ['a key of the wrong length', { ...production, STATE_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' }, 'STATE_ENCRYPTION_KEYS: each entry'],
    ['a key without an id', { ...production, STATE_ENCRYPTION_KEYS: randomBytes(32).toString('base64') }, 'STATE_ENCRYPTION_KEYS: each entry'],
    ['two keys with one id', { ...production, STATE_ENCRYPTION_KEYS: `${KEY},${KEY}` }, 'STATE_ENCRYPTION_KEYS: key ids must be unique'],
    ['plaintext in production', { ...production, STATE_ENCRYPTION_KEYS: undefined, ALLOW_PLAINTEXT_STATE: 'true' }, 'ALLOW_PLAINTEXT_STATE: only allowed'],
    ['a port out of range', { BOT_LOCAL_MODE: 'true', PORT: '70000' }, 'PORT:'],
    ['a port that is no number', { BOT_LOCAL_MODE: 'true', PORT: 'abc' }, 'PORT: must be a number'],
    ['a flag that is no boolean', { BOT_LOCAL_MODE: 'maybe' }, 'BOT_LOCAL_MODE: use true or false'],
    ['a TTL of zero days', { BOT_LOCAL_MODE: 'true', STATE_TTL_DAYS: '0' }, 'STATE_TTL_DAYS:'],
    ['a tab SSO app id that is no GUID', { ...production, TAB_SSO_APP_ID: 'tab-app' }, 'TAB_SSO_APP_ID: must be'],
    [
      'sign-in metadata over plain http',
      { ...production, TAB_OPENID_METADATA_URL: 'http://login.example.net/common/v2.0/.well-known/openid-configuration' },
      'TAB_OPENID_METADATA_URL: must be an https URL',
    ],
    [
      'sign-in metadata that is no URL',
      { ...production, TAB_OPENID_METADATA_URL: 'login.microsoftonline.com' },
      'TAB_OPENID_METADATA_URL: must be an https URL',
    ],
    ['a Redis URL of another scheme', { BOT_LOCAL_MODE: 'true', REDIS_URL: 'http://x', ALLOW_PLAINTEXT_STATE: 'true' }, 'REDIS_URL: must start with'],
  ])('refuses %s, naming the setting', (_name, env, expected) => {
    const found = problems(env);
    expect(found.some((p) => p.startsWith(expected))).toBe(true);
  });

  it.each<[string, Record<string, string | undefined>, unknown]>([
    [
      'production: the bot’s own registration and Entra’s common metadata',
      production,
      { audience: APP_ID, metadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration' },
    ],
    [
      'production with an own registration for the tab',
      { ...production, TAB_SSO_APP_ID: TENANT.toUpperCase() },
      { audience: TENANT, metadataUrl: expect.stringMatching(/^https:\/\/login\.microsoftonline\.com\//) },
    ],
    ['local mode without TAB_SSO_APP_ID: no sign-in, so the tab’s API refuses everyone', { BOT_LOCAL_MODE: 'true' }, undefined],
    [
      'local mode with a local stand-in for Entra (loopback http allowed)',
      { BOT_LOCAL_MODE: 'true', TAB_SSO_APP_ID: APP_ID, TAB_OPENID_METADATA_URL: 'http://127.0.0.1:4100/common/v2.0/.well-known/openid-configuration' },
      { audience: APP_ID, metadataUrl: 'http://127.0.0.1:4100/common/v2.0/.well-known/openid-configuration' },
    ],
  ])('tab sign-in: %s', (_name, env, expected) => {
    const result = parseConfig(env);
    expect(result.ok && result.config.tabSso).toEqual(expected);
  });

  it('never echoes a value in its messages', () => {
    const secretish = 'super-secret-value-123';
    const found = problems({ ...production, MicrosoftAppId: secretish, STATE_ENCRYPTION_KEYS: secretish, REDIS_URL: secretish });
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.join('\n')).not.toContain(secretish);
  });

  it('allows plaintext Redis state in local mode only when asked for', () => {
    expect(problems({ BOT_LOCAL_MODE: 'true', REDIS_URL: 'redis://127.0.0.1:6390', ALLOW_PLAINTEXT_STATE: 'true' })).toEqual([]);
    expect(problems({ BOT_LOCAL_MODE: 'true', REDIS_URL: 'redis://127.0.0.1:6390' })).toEqual([
      'STATE_ENCRYPTION_KEYS: required with REDIS_URL (or, for local development only, ALLOW_PLAINTEXT_STATE=true)',
    ]);
  });
});
